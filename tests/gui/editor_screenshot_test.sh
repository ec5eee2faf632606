#!/bin/sh
# editor_screenshot_test.sh FRONTLINE FRONTLINE_CLI PNG_CHECK WORKDIR LANG
# The trainer's scenario editor in form mode (a customer node, the try-a-reply
# panel beside it) and in graph mode, on the bundled pack of the language,
# signed in as trainer T1 with its PIN file: each PNG is good and no character
# fell back to the missing-glyph box ("glyph misses: 0").
set -u
. "$(dirname "$0")/test_work.sh"
frontline=$1 cli=$2 check=$3 work=$4 lang=$5
size=1280x800
new_work
seed
pack=core-zh
[ "$lang" = en ] && pack=core-en
for view in editor graph; do
    shot "$view" --trainee T1 --pin-file "$work/T1.pin" --view "$view" --edit "$pack/order-status/hold-check"
done
"$check" "$work/graph-$lang.png" --differs "$work/editor-$lang.png" || fail "the graph looks like the form"
echo "ok: editor and graph in $lang"
