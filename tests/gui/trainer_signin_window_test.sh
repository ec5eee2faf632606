#!/bin/sh
# trainer_signin_window_test.sh FRONTLINE FRONTLINE_CLI PNG_CHECK WORKDIR
# A real window driven by xdotool, as a trainer signs in: search for T1,
# Enter opens the PIN step, a wrong PIN is refused (the sign-in screen stays,
# the audit log has no sign-in), the right one lands on a trainer screen, and
# 'frontline-cli audit --json' shows the sign-in. The command line refuses a
# trainer without --pin-file (exit 2) before any window opens.
set -u
. "$(dirname "$0")/test_work.sh"
. "$(dirname "$0")/xdo_keys.sh"
frontline=$1 cli=$2 check=$3 work=$4
size=1000x700
new_work
seed
db="$work/frontline.db"
run() { "$frontline" --db "$db" --lang zh-CN --size "$size" "$@"; }
signins() { "$cli" audit --empno T1 --json --db "$db" | grep -c '"action": "signin"'; }

run --trainee T1 --screenshot "$work/never.png" 2>"$work/no-pin.err"
status=$?
[ "$status" -eq 2 ] || fail "--trainee T1 without --pin-file exited $status, expected 2"
grep -q "'T1' signs in with a PIN: give it with --pin-file FILE" "$work/no-pin.err" || fail "no clear error: $(cat "$work/no-pin.err")"
[ "$(wc -l <"$work/no-pin.err")" -eq 1 ] || fail "the error is not one line"

run --screenshot "$work/signin.png" || fail "screenshot run exited $?"
start_app run --screenshot-on-exit "$work/after.png"
xdotool type --delay 80 "t1" || fail "typing failed" # the search box has the focus
sleep 0.5
press Return || fail "key failed" # one match: the PIN step opens with the PIN field focused
sleep 0.8
xdotool type --delay 80 "8642" || fail "typing failed"
press Return || fail "key failed"
sleep 1
[ "$(signins)" -eq 0 ] || fail "a wrong PIN signed in"
"$cli" trainee show --empno T1 --db "$db" | grep -q "PIN: set, 1 wrong in a row" || fail "the wrong PIN was not counted"
xdotool type --delay 80 "2468" || fail "typing failed"
press Return || fail "key failed"
sleep 1.5
quit_app
[ "$(signins)" -eq 1 ] || fail "no sign-in in the audit log: $("$cli" audit --db "$db")"
"$cli" audit --json --db "$db" | grep -q '"actor": "T1"' || fail "the sign-in is not T1's"
"$cli" trainee show --empno T1 --db "$db" | grep -q "^PIN: set$" || fail "the right PIN did not clear the wrong try"
grep -q '"last_trainee": "T1"' "$work/config/frontline/settings.json" || fail "T1 was not signed in (settings: $(cat "$work/config/frontline/settings.json" 2>/dev/null))"
"$check" "$work/after.png" --size "$size" --differs "$work/signin.png" || fail "the screen did not change after sign-in"
echo "ok"
