# Sourced by the xdotool tests. Keys are held for a moment: ImGui 1.86 polls
# key state once a frame, so a press and release within one frame can go unseen.
press() { xdotool keydown --clearmodifiers "$1" && sleep 0.15 && xdotool keyup "$1"; }
# Ctrl+Q, then waits up to 10 s for the app ($pid) to exit with status 0; uses the script's fail().
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
# built the font atlas; uses the script's fail().
start_app() {
    "$@" &
    pid=$!
    wid=$(timeout 20 xdotool search --sync --onlyvisible --name '^Frontline' | head -n 1)
    [ -n "$wid" ] || fail "no window named Frontline appeared"
    sleep 1
    xdotool windowfocus --sync "$wid" 2>/dev/null
}
