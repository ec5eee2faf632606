#!/bin/sh
# window_test.sh FRONTLINE PNG_CHECK WORKDIR
# End to end in a real window, driven by xdotool: the window appears, a click
# on the second scenario of the list changes what is shown, and Ctrl+Q closes
# the app with status 0. The frame at exit is compared with an untouched one.
set -u
. "$(dirname "$0")/test_work.sh"
. "$(dirname "$0")/xdo_keys.sh"
frontline=$1 check=$2 work=$3
size=640x480 # fits xvfb-run's default screen
new_work
run() { "$frontline" --db "$work/frontline.db" --lang en --size "$size" --view library "$@"; }

run --screenshot "$work/untouched.png" || fail "screenshot run exited $?"

start_app run --screenshot-on-exit "$work/clicked.png"

# The list's rows are about 3.3 em tall below a 2.8 em top bar; at the theme's
# 18 px font, (180, 300) is inside the second scenario row.
click 180 300
sleep 0.5
xdotool mousemove --window "$wid" 600 20 # off the list, so no hover highlight remains
sleep 0.5
xdotool windowfocus "$wid" 2>/dev/null
quit_app
exec "$check" "$work/clicked.png" --size "$size" --differs "$work/untouched.png"
