#!/bin/sh
# views_screenshot_test.sh FRONTLINE FRONTLINE_CLI PNG_CHECK WORKDIR LANG
# Renders each trainee-side view on a seeded record, signed in as E1001, and
# checks every PNG (size, not blank) and that no character fell back to the
# missing-glyph box ("glyph misses: 0", exit 0; exit 4 would mean misses).
set -u
frontline=$1 cli=$2 check=$3 work=$4 lang=$5
size=1280x800
rm -rf "$work" && mkdir -p "$work" || exit 1
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
sh "$(dirname "$0")/seed_db.sh" "$cli" "$work/frontline.db" || { echo "FAIL: seeding the database"; exit 1; }
for view in signin home progress settings library; do
    png="$work/$view-$lang.png"
    "$frontline" --db "$work/frontline.db" --trainee E1001 --lang "$lang" --size "$size" --view "$view" --screenshot "$png" 2>"$work/$view.err"
    status=$?
    cat "$work/$view.err"
    [ "$status" -eq 0 ] || { echo "FAIL: $view exited $status"; exit 1; }
    grep -q "^glyph misses: 0$" "$work/$view.err" || { echo "FAIL: $view: no 'glyph misses: 0' line"; exit 1; }
    "$check" "$png" --size "$size" || { echo "FAIL: $view: bad PNG"; exit 1; }
done
[ -f "$work/config/frontline/settings.json" ] && { echo "FAIL: screenshot mode wrote settings"; exit 1; }
echo "ok: 5 views in $lang"
