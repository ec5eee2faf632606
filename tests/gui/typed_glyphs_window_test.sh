#!/bin/sh
# typed_glyphs_window_test.sh FRONTLINE FRONTLINE_CLI PNG_CHECK WORKDIR
# Characters typed that the font atlas lacked are added to it while the app
# runs. Trainer T1 on the trainees screen types a person with a Traditional
# name (黃確: neither in the bundled text nor in ImGui's Simplified set) into
# the add form, adds them, then types 確 into the search box. At Ctrl+Q the
# app's final frame (--screenshot-on-exit) must draw no missing-glyph boxes,
# and the app must say it added those characters; the record holds the name.
# xdotool types non-ASCII characters by remapping a spare key for each, so
# the strings are short and typed slowly.
set -u
. "$(dirname "$0")/test_work.sh"
. "$(dirname "$0")/xdo_keys.sh"
frontline=$1 cli=$2 check=$3 work=$4
size=1000x700
new_work
seed
db="$work/frontline.db"

"$frontline" --db "$db" --lang zh-CN --size "$size" --trainee T1 --pin-file "$work/T1.pin" --view trainees \
    --screenshot "$work/before.png" 2>/dev/null || fail "screenshot run exited $?"
start_app "$frontline" --db "$db" --lang zh-CN --size "$size" --trainee T1 --pin-file "$work/T1.pin" --view trainees \
    --screenshot-on-exit "$work/after.png" 2>"$work/app.err"
# At 1000x700 the add form's employee number and name fields and its button sit here.
click 797 232
sleep 0.3
xdotool type --delay 120 "E2001" || fail "typing failed"
click 797 296
sleep 0.3
xdotool type --delay 400 "黃確" || fail "typing failed"
sleep 0.8
click 658 537
sleep 0.8
# The search box above the list.
click 224 174
sleep 0.3
xdotool type --delay 400 "確" || fail "typing failed"
sleep 1
quit_app
"$cli" trainee show --empno E2001 --db "$db" | grep -q "黃確" || fail "E2001 was not added as 黃確: $("$cli" trainee show --empno E2001 --db "$db" 2>&1)"
grep -q "^glyph misses: 0$" "$work/app.err" || fail "the last frame has missing glyphs: $(cat "$work/app.err")"
grep -q "^glyphs added for typed text: 黃確$" "$work/app.err" || fail "the typed characters were not added: $(cat "$work/app.err")"
"$check" "$work/after.png" --size "$size" --differs "$work/before.png" || fail "the screen did not change"
echo "ok"
