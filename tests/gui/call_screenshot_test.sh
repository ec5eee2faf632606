#!/bin/sh
# call_screenshot_test.sh FRONTLINE FRONTLINE_CLI PNG_CHECK WORKDIR LANG
# The call screens on a seeded record, signed in as E1001: a call with two
# replies sent (call), the feedback after them (call-feedback), and the
# debrief of the latest finished call (debrief). Each PNG has the size asked
# for, is not blank, and shows no missing glyph ("glyph misses: 0").
set -u
frontline=$1 cli=$2 check=$3 work=$4 lang=$5
size=1280x800
src=$(cd "$(dirname "$0")/../.." && pwd)
rm -rf "$work" && mkdir -p "$work" || exit 1
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
sh "$(dirname "$0")/seed_db.sh" "$cli" "$work/frontline.db" || { echo "FAIL: seeding the database"; exit 1; }
pack=core-zh
[ "$lang" = en ] && pack=core-en
# Two replies of the poor script: the call is still going, with misses and forbidden words to show.
head -n 2 "$src/tests/data/scripts/core-zh/late-return.poor.txt" >"$work/replies.txt"
[ "$lang" = en ] && printf '%s\n' "Hi. What is your order number?" "The 7-day window has passed, that's just the rule." >"$work/replies.txt"
shot() {
    view=$1
    shift
    png="$work/$view-$lang.png"
    "$frontline" --db "$work/frontline.db" --trainee E1001 --lang "$lang" --size "$size" --view "$view" --screenshot "$png" "$@" 2>"$work/$view.err"
    status=$?
    cat "$work/$view.err"
    [ "$status" -eq 0 ] || { echo "FAIL: $view exited $status"; exit 1; }
    grep -q "^glyph misses: 0$" "$work/$view.err" || { echo "FAIL: $view: no 'glyph misses: 0' line"; exit 1; }
    "$check" "$png" --size "$size" || { echo "FAIL: $view: bad PNG"; exit 1; }
}
shot call --scenario "$pack/late-return" --replies "$work/replies.txt"
shot call-feedback --scenario "$pack/order-status" --replies "$work/replies.txt"
shot debrief
[ -f "$work/config/frontline/settings.json" ] && { echo "FAIL: screenshot mode wrote settings"; exit 1; }
echo "ok: call, call-feedback and debrief in $lang"
