#!/bin/sh
# views_screenshot_test.sh FRONTLINE FRONTLINE_CLI PNG_CHECK WORKDIR LANG
# Renders each trainee-side view on a seeded record, signed in as E1001 (the
# trainees, lexicon and packs screens as the trainer T1, with the PIN the seed wrote), and
# checks every PNG (size, not blank) and that no character fell back to the
# missing-glyph box ("glyph misses: 0", exit 0; exit 4 would mean misses).
set -u
frontline=$1 cli=$2 check=$3 work=$4 lang=$5
size=1280x800
rm -rf "$work" && mkdir -p "$work" || exit 1
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
sh "$(dirname "$0")/seed_db.sh" "$cli" "$work/frontline.db" || { echo "FAIL: seeding the database"; exit 1; }
# A user pack beside the bundled ones, as a trainer makes it: the library and packs screens show both.
"$cli" pack duplicate core-zh --id team-zh --title "客服進階：退貨與投訴（試用版）" >/dev/null || { echo "FAIL: duplicating a pack"; exit 1; }
for view in signin home progress settings library trainees lexicon packs; do
    png="$work/$view-$lang.png"
    who="--trainee E1001"
    case $view in trainees | lexicon | packs) who="--trainee T1 --pin-file $work/T1.pin" ;; esac # a trainer's screen
    "$frontline" --db "$work/frontline.db" $who --lang "$lang" --size "$size" --view "$view" --screenshot "$png" 2>"$work/$view.err"
    status=$?
    cat "$work/$view.err"
    [ "$status" -eq 0 ] || { echo "FAIL: $view exited $status"; exit 1; }
    grep -q "^glyph misses: 0$" "$work/$view.err" || { echo "FAIL: $view: no 'glyph misses: 0' line"; exit 1; }
    "$check" "$png" --size "$size" || { echo "FAIL: $view: bad PNG"; exit 1; }
done
[ -f "$work/config/frontline/settings.json" ] && { echo "FAIL: screenshot mode wrote settings"; exit 1; }
echo "ok: 8 views in $lang"
