#!/usr/bin/env bash
# Agent Takeout developer entry point.
#   packaging/dev.sh deps    install the Debian 12 packages the build and the tests need (idempotent)
#   packaging/dev.sh build   configure and build into build/ (TAKEOUT_SANITIZE=1: ASan+UBSan into build-sanitize/)
#   packaging/dev.sh test    deps + build, then the whole suite inside a throwaway D-Bus session and keyring,
#                            then clang-tidy, then the suite again built with ASan+UBSan into
#                            build-sanitize/ (only the programs it runs; any sanitizer report fails it),
#                            then the fuzz targets (JSON engine 30 s, the others 10 s; TAKEOUT_FUZZ_SECONDS)
#   packaging/dev.sh check [CTEST ARGS]   deps + build, then ctest alone in the same sandbox (e.g. -R tst_cli)
#   packaging/dev.sh fuzz [NAME…]   deps, then only the fuzz stage (e.g. agentlist); any sanitizer report fails it
#   packaging/dev.sh tidy    deps + build, then clang-tidy (.clang-tidy) over app/, ui/ and tests/
#   packaging/dev.sh demo    deps + build, then open the app on the built-in demo service
#   packaging/dev.sh screenshots   deps + build, then render every screen under Xvfb to packaging/screenshots/
#                            (English), de/ (German), dark/ (dark palette) and 200/ (200 % scale)
#   packaging/dev.sh package deps + build, then the Debian package build/agent-takeout_<version>_<arch>.deb
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
    libqt6sql6-sqlite libssl-dev libsecret-1-dev
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n zlib1g-dev
    libqt6svg6 qt6-qpa-plugins
    dbus dbus-daemon gnome-keyring
    clang libclang-rt-14-dev clang-tidy
    desktop-file-utils appstream dpkg-dev man-db groff-base
    systemd
    restic rclone
    poppler-utils
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

# The sanitizer build: Debug, so that Q_ASSERT checks too, and unoptimised: the suite mostly waits on
# sockets, processes and the keyring, so -O1 costs more build time than it saves in the run.
sanitize_options=(-DTAKEOUT_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug)

build() {
    local extra=()
    [ "${TAKEOUT_SANITIZE:-0}" = 1 ] && extra=("${sanitize_options[@]}")
    cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${extra[@]}"
    cmake --build "$build_dir" --parallel "$(nproc)"
}

# The suite's programs (tests/CMakeLists.txt, suite_programs) with ASan and UBSan into build-sanitize/:
# not the benchmark, the screenshots or the test server, which the suite does not run.
build_sanitized() {
    say "The suite's programs with ASan and UBSan, into build-sanitize/"
    cmake -S "$root" -B "$root/build-sanitize" -G Ninja "${sanitize_options[@]}"
    cmake --build "$root/build-sanitize" --parallel "$(nproc)" --target suite_programs
}

# Runs the suite of the build in DIR (the rest: ctest's arguments) with its own HOME, temp dir, session
# bus and unlocked gnome-keyring, so that no test touches the developer's own keychain or files. The
# keychain entries go under a test-only service name. ASan would set the core-file limit to 0 itself
# (disable_coredump); the programs do that on their own, and tst_cli checks that they do, so the
# sanitizer must leave the limit alone.
run_tests() {
    local dir=$1 sandbox status=0
    shift
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
        AGENT_TAKEOUT_TEST_CAPTURE="$sandbox/tmp/cli-output.log" \
        ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:halt_on_error=1:disable_coredump=0}" \
        UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1" \
        dbus-run-session -- bash "$root/packaging/keyring-session.sh" \
        ctest --test-dir "$dir" --output-on-failure --timeout 300 "$@" || status=$?
    rm -rf "$sandbox"
    trap - EXIT
    return $status
}

# The checks in .clang-tidy over every source file of the build (about 3 minutes on 2 cores). Any finding fails.
run_tidy() {
    say "clang-tidy over app/, ui/ and tests/"
    if run-clang-tidy -p "$build_dir" -quiet -j "$(nproc)" "$root/(app|ui|tests)/.*\.cpp\$" >"$build_dir/clang-tidy.log" 2>&1; then
        say "clang-tidy: no findings."
        return 0
    fi
    sed 's/\x1b\[[0-9;]*m//g' "$build_dir/clang-tidy.log" | grep -E '(warning|error):' | sort -u >&2 || true
    say "clang-tidy found problems (the whole log: $build_dir/clang-tidy.log)"
    return 1
}

# The libFuzzer targets (JSON engine, Content-Disposition, cron, agent list, terminal text; or those
# named), built with Clang and run for a bounded time each on their seed corpus. Any sanitizer report
# fails the stage: the sanitizers halt on it, and the output is searched for one as well.
run_fuzz() {
    if ! command -v clang++ >/dev/null; then
        say "clang++ is not installed: fuzzing skipped."
        return
    fi
    CXX=clang++ cmake -S "$root" -B "$root/build-fuzz" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DTAKEOUT_FUZZ=ON -DTAKEOUT_BUILD_TESTS=OFF >/dev/null
    local targets=(jsondocument contentdisposition cronschedule agentlist terminaltext redaction jsondiff)
    [ $# -eq 0 ] || targets=("$@")
    cmake --build "$root/build-fuzz" --target "${targets[@]/#/fuzz_}"
    mkdir -p "$root/build-fuzz/logs"
    local status=0 name work seconds log result
    for name in "${targets[@]}"; do
        seconds=${TAKEOUT_FUZZ_SECONDS:-30}
        [ "$name" = jsondocument ] || seconds=$(( (seconds + 2) / 3 ))
        work=$(mktemp -d "${TMPDIR:-/tmp}/agent-takeout-fuzz.XXXXXX")
        cp "$root/tests/fuzz/corpus-$name"/* "$work"/
        log="$root/build-fuzz/logs/$name.log"
        say "Fuzzing $name for $seconds s"
        result=0
        (cd "$work" && env ASAN_OPTIONS="halt_on_error=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}" \
            UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}" \
            "$root/build-fuzz/bin/fuzz_$name" -max_total_time="$seconds" -max_len=4096 -timeout=10 \
            -print_final_stats=1 "$work" >"$log" 2>&1) || result=$?
        grep -E '^(Done|stat::number_of_executed_units)' "$log" >&2 || true
        if [ "$result" -ne 0 ] || grep -qE 'SUMMARY: [A-Za-z]*Sanitizer|runtime error:' "$log" ||
            ls "$work"/crash-* "$work"/timeout-* >/dev/null 2>&1; then
            mkdir -p "$root/build-fuzz/findings/$name"
            cp "$work"/crash-* "$work"/timeout-* "$root/build-fuzz/findings/$name/" 2>/dev/null || true
            tail -n 30 "$log" >&2
            say "The $name fuzzer found a problem (exit status $result): see build-fuzz/findings/$name/ and $log"
            status=1
        fi
        rm -rf "$work"
    done
    return $status
}

command=${1:-}
shift || true
case "$command" in
    deps) deps ;;
    build) deps; build ;;
    test)
        deps
        build
        run_tests "$build_dir" "$@"
        run_tidy
        build_sanitized
        # The checks of files the sanitizers do not see (translations, desktop file) ran above.
        run_tests "$root/build-sanitize" -E '^(translations_complete|desktop_file|appstream_metainfo)$' "$@"
        run_fuzz
        ;;
    check) deps; build; run_tests "$build_dir" "$@" ;;
    fuzz) deps; run_fuzz "$@" ;;
    tidy) deps; build; run_tidy ;;
    demo) deps; build; exec "$build_dir/bin/agent-takeout" --demo "$@" ;;
    package)
        deps
        build
        (cd "$build_dir" && cpack -G DEB)
        ls "$build_dir"/agent-takeout_*.deb
        ;;
    screenshots)
        deps "${screenshot_packages[@]}"
        build
        home=$(mktemp -d)
        # shellcheck disable=SC2064
        trap "rm -rf '$home'" EXIT
        # English, German, English on a dark palette, English at 200 %.
        for variant in en de dark 200; do
            out="$root/packaging/screenshots"
            language=en locale=C.UTF-8 dark=0 scale=1
            case "$variant" in
                de) out="$out/de"; language=de; locale=de_DE.UTF-8 ;;
                dark) out="$out/dark"; dark=1 ;;
                200) out="$out/200"; scale=2 ;;
            esac
            rm -rf "$home"/{.config,.local,.mozilla,runtime}
            # The keyring's control socket lives in XDG_RUNTIME_DIR; without one it asks for a prompt.
            mkdir -m 700 "$home/runtime"
            env LANG="$locale" LANGUAGE="$language" AGENT_TAKEOUT_SCREENSHOT_DARK="$dark" QT_SCALE_FACTOR="$scale" \
                HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" QT_QPA_PLATFORM=xcb \
                XDG_RUNTIME_DIR="$home/runtime" \
                AGENT_TAKEOUT_KEYCHAIN_SERVICE=AgentTakeoutScreenshots \
                dbus-run-session -- bash "$root/packaging/keyring-session.sh" \
                xvfb-run -a -s "-screen 0 $((1280 * scale))x$((800 * scale))x24" "$build_dir/bin/agent-takeout-screenshots" "$out"
        done
        ;;
    *)
        sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'
        exit 1
        ;;
esac
