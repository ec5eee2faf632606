# Sourced by the xdotool tests, after test_work.sh (for fail()). Keys are held
# for a moment: ImGui 1.86 polls key state once a frame, so a press and release
# within one frame can go unseen.
press() { xdotool keydown --clearmodifiers "$1" && sleep 0.15 && xdotool keyup "$1"; }
# click X Y: a left click at (X, Y) in the app's window ($wid).
click() { xdotool mousemove --window "$wid" "$1" "$2" click 1 || fail "click failed"; }
# sign_in EMPNO: on the sign-in screen the search box has the keys; EMPNO and Enter sign in.
sign_in() {
    xdotool type --delay 80 "$1" || fail "typing failed"
    sleep 0.5
    press Return || fail "key failed"
    sleep 1
}
# Ctrl+Q, then waits up to 10 s for the app ($pid) to exit with status 0.
quit_app() {
    press ctrl+q || fail "key failed"
    i=0
    while kill -0 "$pid" 2>/dev/null; do
        i=$((i + 1))
        [ $i -le 100 ] || fail "the app did not quit on Ctrl+Q"
        sleep 0.1
    done
    wait "$pid"
    status=$?
    pid=
    [ "$status" -eq 0 ] || fail "the app exited with status $status"
}
# Runs the app (a command, or a function of the script) in the background as
# $pid, waits for its window ($wid) and focuses it once the first frames have
# built the font atlas.
start_app() {
    "$@" &
    pid=$!
    wid=$(timeout 20 xdotool search --sync --onlyvisible --name '^Frontline' | head -n 1)
    [ -n "$wid" ] || fail "no window named Frontline appeared"
    sleep 1
    xdotool windowfocus --sync "$wid" 2>/dev/null
}
