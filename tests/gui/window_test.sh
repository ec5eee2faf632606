#!/bin/sh
# window_test.sh FRONTLINE PNG_CHECK WORKDIR
# End to end in a real window, driven by xdotool: the window appears, a click
# on the second scenario of the list changes what is shown, and Ctrl+Q closes
# the app with status 0. The frame at exit is compared with an untouched one.
set -u
. "$(dirname "$0")/xdo_keys.sh"
frontline=$1 check=$2 work=$3
size=640x480 # fits xvfb-run's default screen
rm -rf "$work" && mkdir -p "$work" || exit 1
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
run() { "$frontline" --db "$work/frontline.db" --lang en --size "$size" --view library "$@"; }
fail() { echo "FAIL: $*"; [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null; exit 1; }

run --screenshot "$work/untouched.png" || fail "screenshot run exited $?"

run --screenshot-on-exit "$work/clicked.png" &
pid=$!
wid=$(timeout 20 xdotool search --sync --onlyvisible --name '^Frontline' | head -n 1)
[ -n "$wid" ] || fail "no window named Frontline appeared"
echo "window $wid"
sleep 1 # let the first frames (font atlas) finish

# The list's rows are about 3.3 em tall below a 2.8 em top bar; at the theme's
# 18 px font, (180, 300) is inside the second scenario row.
xdotool mousemove --window "$wid" 180 300 click 1 || fail "click failed"
sleep 0.5
xdotool mousemove --window "$wid" 600 20 # off the list, so no hover highlight remains
sleep 0.5
xdotool windowfocus "$wid" 2>/dev/null
quit_app
exec "$check" "$work/clicked.png" --size "$size" --differs "$work/untouched.png"
