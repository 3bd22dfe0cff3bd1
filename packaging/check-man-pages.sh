#!/usr/bin/env bash
# The man pages against the programs: both render without a warning, and every command and option that
# `agent-takeout-cli [COMMAND…] --help` and `agent-takeout --help` print appears in its page.
#   packaging/check-man-pages.sh CLI_BINARY GUI_BINARY MAN_DIR
set -euo pipefail

cli=$1 gui=$2 man_dir=$3
# English help, and plain ASCII hyphens in the rendered pages.
export LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE= QT_QPA_PLATFORM=offscreen
status=0
problem() {
    printf '%s\n' "$*" >&2
    status=1
}

# Wide enough that no synopsis wraps, with the hyphens groff may print as Unicode made plain.
render() {
    MANWIDTH=1000 man -l "$1" | sed 's/\xe2\x80\x90/-/g; s/\xe2\x88\x92/-/g'
}

for page in "$man_dir/agent-takeout-cli.1" "$man_dir/agent-takeout.1"; do
    warnings=$(MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null) || problem "$page: man failed"
    [ -z "$warnings" ] || problem "$page renders with warnings:"$'\n'"$warnings"
done

# Every option on the option lines of a help text ("  -o, --output <FILE>  Write …").
options_of() {
    grep -E '^ +-' | sed -E 's/^ +//; s/ {2,}.*//' | grep -oE -- '--?[A-Za-z?][A-Za-z0-9-]*' | sort -u
}

# The first word of each line under "Commands:" up to the next blank line.
commands_of() {
    sed -n '/^Commands:/,/^$/p' | sed -n 's/^ \{1,\}\([a-z][a-z-]*\).*/\1/p' | sort -u
}

appears() { # PAGE_TEXT WORD
    grep -qE -- "(^|[^A-Za-z0-9-])$(printf '%s' "$2" | sed 's/[?.]/\\&/g')([^A-Za-z0-9-]|\$)" <<<"$1"
}

cli_page=$(render "$man_dir/agent-takeout-cli.1" 2>/dev/null) || problem "agent-takeout-cli.1 does not render"
gui_page=$(render "$man_dir/agent-takeout.1" 2>/dev/null) || problem "agent-takeout.1 does not render"

checked=0
check_command() { # the command's words, none for the program itself
    local help name option
    help=$("$cli" "$@" --help) || { problem "agent-takeout-cli $* --help failed"; return; }
    checked=$((checked + 1))
    if [ $# -gt 0 ] && ! grep -qF -- "$*" <<<"$cli_page"; then
        problem "agent-takeout-cli.1 does not name the command: $*"
    fi
    while read -r option; do
        [ -z "$option" ] || appears "$cli_page" "$option" ||
            problem "agent-takeout-cli.1 does not name the option $option of: agent-takeout-cli $*"
    done < <(options_of <<<"$help")
    while read -r name; do
        [ -z "$name" ] || check_command "$@" "$name"
    done < <(commands_of <<<"$help")
}
check_command
[ "$checked" -gt 10 ] || problem "agent-takeout-cli --help listed only $((checked - 1)) commands"

while read -r option; do
    [ -z "$option" ] || appears "$gui_page" "$option" || problem "agent-takeout.1 does not name the option $option"
done < <("$gui" --help | options_of)

[ "$status" -eq 0 ] && echo "Both man pages render cleanly and name the $((checked - 1)) commands and every option."
exit "$status"
