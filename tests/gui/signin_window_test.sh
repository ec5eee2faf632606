#!/bin/sh
# signin_window_test.sh FRONTLINE FRONTLINE_CLI PNG_CHECK WORKDIR
# A real window driven by xdotool, as a trainee uses it: type an employee
# number into the search box, press Enter to sign in, land on home, Ctrl+Q.
# Sign-in is proved by the saved settings (last trainee) and by the frame at
# exit differing from the sign-in screen.
set -u
. "$(dirname "$0")/test_work.sh"
. "$(dirname "$0")/xdo_keys.sh"
frontline=$1 cli=$2 check=$3 work=$4
size=1000x700
new_work
seed
run() { "$frontline" --db "$work/frontline.db" --lang zh-CN --size "$size" "$@"; }

run --screenshot "$work/signin.png" || fail "screenshot run exited $?"

start_app run --screenshot-on-exit "$work/after.png"
sign_in e1002
quit_app
grep -q '"last_trainee": "E1002"' "$work/config/frontline/settings.json" || fail "E1002 was not signed in (settings: $(cat "$work/config/frontline/settings.json" 2>/dev/null))"
"$check" "$work/after.png" --size "$size" --differs "$work/signin.png" || fail "the screen did not change after sign-in"
echo "ok"
