#!/usr/bin/env bash
# Agent Takeout developer entry point.
#   packaging/dev.sh deps    install the Debian 12 packages the build and the tests need (idempotent)
#   packaging/dev.sh build   configure and build into build/ (TAKEOUT_SANITIZE=1: ASan+UBSan into build-sanitize/)
#   packaging/dev.sh test    deps + build, then the whole suite inside a throwaway D-Bus session and keyring
#   packaging/dev.sh demo    deps + build, then open the app on the built-in demo service
#   packaging/dev.sh screenshots   deps + build, then render every screen under Xvfb to packaging/screenshots/
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
if [ "${TAKEOUT_SANITIZE:-0}" = 1 ]; then
    build_dir="$root/build-sanitize"
else
    build_dir="$root/build"
fi

packages=(
    build-essential cmake ninja-build pkg-config git ca-certificates
    qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev libsimdjson-dev
    libqt6svg6 qt6-qpa-plugins
    dbus dbus-daemon gnome-keyring
)
screenshot_packages=(xvfb xauth fonts-dejavu-core fonts-noto-color-emoji)

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

deps() {
    local missing=()
    for p in "${packages[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        say "All build and test packages are installed."
        return
    fi
    say "Installing: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    local extra=()
    [ "${TAKEOUT_SANITIZE:-0}" = 1 ] && extra=(-DTAKEOUT_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug)
    cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${extra[@]}"
    cmake --build "$build_dir" --parallel "$(nproc)"
}

# Runs the suite with its own HOME, temp dir, session bus and unlocked gnome-keyring, so that no test
# touches the developer's own keychain or files. The keychain entries go under a test-only service name.
run_tests() {
    local sandbox
    sandbox=$(mktemp -d "${TMPDIR:-/tmp}/agent-takeout-test.XXXXXX")
    # shellcheck disable=SC2064 # expand now: the path is fixed
    trap "rm -rf '$sandbox'" EXIT
    mkdir -p "$sandbox/home" "$sandbox/tmp" "$sandbox/runtime"
    chmod 700 "$sandbox/runtime"
    env -i PATH="$PATH" LANG=C.UTF-8 \
        HOME="$sandbox/home" TMPDIR="$sandbox/tmp" XDG_RUNTIME_DIR="$sandbox/runtime" \
        XDG_CONFIG_HOME="$sandbox/home/.config" XDG_DATA_HOME="$sandbox/home/.local/share" \
        XDG_CACHE_HOME="$sandbox/home/.cache" \
        QT_QPA_PLATFORM=offscreen AGENT_TAKEOUT_KEYCHAIN_SERVICE=AgentTakeoutTests \
        ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}" UBSAN_OPTIONS="print_stacktrace=1" \
        dbus-run-session -- bash "$root/packaging/keyring-session.sh" \
        ctest --test-dir "$build_dir" --output-on-failure --timeout 300 "$@"
}

command=${1:-}
shift || true
case "$command" in
    deps) deps ;;
    build) deps; build ;;
    test) deps; build; run_tests "$@" ;;
    demo) deps; build; exec "$build_dir/bin/agent-takeout" --demo "$@" ;;
    screenshots)
        deps "${screenshot_packages[@]}"
        build
        home=$(mktemp -d)
        # shellcheck disable=SC2064
        trap "rm -rf '$home'" EXIT
        HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" QT_QPA_PLATFORM=xcb \
            AGENT_TAKEOUT_KEYCHAIN_SERVICE=AgentTakeoutScreenshots \
            dbus-run-session -- bash "$root/packaging/keyring-session.sh" \
            xvfb-run -a -s "-screen 0 1280x800x24" "$build_dir/bin/agent-takeout-screenshots" "$root/packaging/screenshots"
        ;;
    *)
        sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'
        exit 1
        ;;
esac
