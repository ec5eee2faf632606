# Sourced by the GUI shell tests: their work folder, failing, seeding and
# screenshot checks. The script sets $work first (and $frontline, $cli, $check,
# $lang and $size before calling what uses them).
gui_tests=$(dirname "$0")
# shellcheck disable=SC2034 # the source tree, for the scripts
src=$(cd "$gui_tests/../.." && pwd)
# Stops the app of start_app (xdo_keys.sh) if it runs, then fails the test.
fail() {
    echo "FAIL: $*"
    [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null
    exit 1
}
# new_work [FOLDER...]: an empty $work (with FOLDERs in it) holding the app's data and config folders.
new_work() {
    rm -rf "$work" && mkdir -p "$work" || exit 1
    for folder; do mkdir -p "$work/$folder" || exit 1; done
    export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
}
# seed [SEED_SCRIPT]: seed_db.sh's training room (or SEED_SCRIPT's) in $work/frontline.db, through $cli.
seed() { sh "$gui_tests/${1:-seed_db.sh}" "$cli" "$work/frontline.db" || fail "seeding the database"; }
# shot NAME ARGS...: $frontline in screenshot mode on $work/frontline.db in $lang at $size with ARGS, into
# $work/NAME-$lang.png; it must exit 0, report "glyph misses: 0" and write a good PNG of that size ($check).
shot() {
    name=$1
    shift
    png="$work/$name-$lang.png"
    "$frontline" --db "$work/frontline.db" --lang "$lang" --size "$size" "$@" --screenshot "$png" 2>"$work/$name.err"
    status=$?
    cat "$work/$name.err"
    [ "$status" -eq 0 ] || fail "$name exited $status"
    grep -q "^glyph misses: 0$" "$work/$name.err" || fail "$name: no 'glyph misses: 0' line"
    "$check" "$png" --size "$size" || fail "$name: bad PNG"
}
