#!/usr/bin/env bash
# Inside dbus-run-session (see dev.sh): start a throwaway gnome-keyring, unlock it with a throwaway
# password, then run ctest. Arguments: the build directory, then extra ctest arguments.
set -euo pipefail
build_dir=$1
shift

# gnome-keyring-daemon reads the unlock password on stdin and creates the login keyring on first use.
eval "$(printf 'throwaway-keyring-password' | gnome-keyring-daemon --unlock --components=secrets)"
eval "$(gnome-keyring-daemon --start --components=secrets)"
export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK 2>/dev/null || true

cd "$build_dir"
ctest --output-on-failure --timeout 300 "$@"
