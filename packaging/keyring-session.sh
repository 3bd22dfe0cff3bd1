#!/usr/bin/env bash
# Run inside dbus-run-session (see dev.sh): starts a throwaway gnome-keyring on that session bus,
# unlocked with a throwaway password, then runs the given command.
set -euo pipefail

# gnome-keyring-daemon reads the unlock password on stdin and creates the login keyring on first use.
eval "$(printf 'throwaway-keyring-password' | gnome-keyring-daemon --unlock --components=secrets)"
eval "$(gnome-keyring-daemon --start --components=secrets)"
export GNOME_KEYRING_CONTROL 2>/dev/null || true

exec "$@"
