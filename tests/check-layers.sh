#!/usr/bin/env bash
# ctest layers: the folders' includes point one way.
#  - app/core has no widgets and never includes ui/;
#  - app/core/base/ (the ground floor) includes nothing of the project above it;
#  - the folders of app/core, and those of ui/, include each other without a circle.
# A circle is reported by tsort (coreutils) with the folders that form it.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
status=0

fail() {
    printf 'layers: %s\n' "$*" >&2
    status=1
}

# Prints "includer included" for every include of one folder of TREE by another. An include counts for
# the tree that holds the file: core and ui share folder names (json/, backup/).
pairs() {
    local tree=$1 dir name include folder
    for dir in "$root/$tree"/*/; do
        name=$(basename "$dir")
        { grep -rhoE '^#include "[A-Za-z0-9_]+/[A-Za-z0-9_]+\.h"' "$dir" --include='*.h' --include='*.cpp' || true; } |
            sed -E 's/^#include "//; s/"$//' | sort -u | while IFS= read -r include; do
            folder=${include%%/*}
            if [ "$folder" != "$name" ] && [ -f "$root/$tree/$include" ]; then
                printf '%s %s\n' "$name" "$folder"
            fi
        done
    done | sort -u
}

check_tree() {
    local tree=$1 loops
    if ! loops=$(pairs "$tree" | tsort 2>&1 >/dev/null); then
        fail "the folders of $tree/ include each other in a circle:"
        printf '%s\n' "$loops" >&2
    fi
}

check_tree app/core
check_tree ui

if grep -rlE '^#include [<"](QtWidgets|QWidget|QDialog|QApplication|QMainWindow)' "$root/app/core" --include='*.h' --include='*.cpp'; then
    fail "app/core includes widgets (above: the files)"
fi
while IFS= read -r include; do
    if [ -f "$root/ui/$include" ] && [ ! -f "$root/app/core/$include" ]; then
        fail "app/core includes ui/$include"
    fi
done < <(grep -rhoE '^#include "[A-Za-z0-9_]+/[A-Za-z0-9_]+\.h"' "$root/app/core" | sed -E 's/^#include "//; s/"$//' | sort -u)
if grep -rnE '^#include "[A-Za-z0-9_]+/' "$root/app/core/base" | grep -v '"base/'; then
    fail "app/core/base includes a folder above it (above: the lines)"
fi
exit $status
