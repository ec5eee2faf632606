#!/bin/sh
# editor_screenshot_test.sh FRONTLINE FRONTLINE_CLI PNG_CHECK WORKDIR LANG
# The trainer's scenario editor in form mode (a customer node, the try-a-reply
# panel beside it) and in graph mode, on the bundled pack of the language,
# signed in as trainer T1 with its PIN file: each PNG is good and no character
# fell back to the missing-glyph box ("glyph misses: 0").
set -u
frontline=$1 cli=$2 check=$3 work=$4 lang=$5
size=1280x800
rm -rf "$work" && mkdir -p "$work" || exit 1
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
sh "$(dirname "$0")/seed_db.sh" "$cli" "$work/frontline.db" || { echo "FAIL: seeding the database"; exit 1; }
pack=core-zh
[ "$lang" = en ] && pack=core-en
for view in editor graph; do
    png="$work/$view-$lang.png"
    "$frontline" --db "$work/frontline.db" --trainee T1 --pin-file "$work/T1.pin" --lang "$lang" --size "$size" \
        --view "$view" --edit "$pack/order-status/hold-check" --screenshot "$png" 2>"$work/$view.err"
    status=$?
    cat "$work/$view.err"
    [ "$status" -eq 0 ] || { echo "FAIL: $view exited $status"; exit 1; }
    grep -q "^glyph misses: 0$" "$work/$view.err" || { echo "FAIL: $view: no 'glyph misses: 0' line"; exit 1; }
    "$check" "$png" --size "$size" || { echo "FAIL: $view: bad PNG"; exit 1; }
done
"$check" "$work/graph-$lang.png" --differs "$work/editor-$lang.png" || { echo "FAIL: the graph looks like the form"; exit 1; }
echo "ok: editor and graph in $lang"
