#!/bin/sh
# call_screenshot_test.sh FRONTLINE FRONTLINE_CLI PNG_CHECK WORKDIR LANG
# The call screens on a seeded record, signed in as E1001: a call with two
# replies sent (call), the feedback after them (call-feedback), and the
# debrief of the latest finished call (debrief). Each PNG has the size asked
# for, is not blank, and shows no missing glyph ("glyph misses: 0").
set -u
. "$(dirname "$0")/test_work.sh"
frontline=$1 cli=$2 check=$3 work=$4 lang=$5
size=1280x800
new_work
seed
pack=core-zh
[ "$lang" = en ] && pack=core-en
# Two replies of the poor script: the call is still going, with misses and forbidden words to show.
head -n 2 "$src/tests/data/scripts/core-zh/late-return.poor.txt" >"$work/replies.txt"
[ "$lang" = en ] && printf '%s\n' "Hi. What is your order number?" "The 7-day window has passed, that's just the rule." >"$work/replies.txt"
shot call --trainee E1001 --view call --scenario "$pack/late-return" --replies "$work/replies.txt"
shot call-feedback --trainee E1001 --view call-feedback --scenario "$pack/order-status" --replies "$work/replies.txt"
shot debrief --trainee E1001 --view debrief
[ -f "$work/config/frontline/settings.json" ] && fail "screenshot mode wrote settings"
echo "ok: call, call-feedback and debrief in $lang"
