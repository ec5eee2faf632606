#!/bin/sh
# views_screenshot_test.sh FRONTLINE FRONTLINE_CLI PNG_CHECK WORKDIR LANG
# Renders each trainee-side view on a seeded record, signed in as E1001 (the
# trainees, lexicon and packs screens as the trainer T1, with the PIN the seed wrote), and
# checks every PNG (size, not blank) and that no character fell back to the
# missing-glyph box ("glyph misses: 0", exit 0; exit 4 would mean misses).
set -u
. "$(dirname "$0")/test_work.sh"
frontline=$1 cli=$2 check=$3 work=$4 lang=$5
size=1280x800
new_work
seed
# A user pack beside the bundled ones, as a trainer makes it: the library and packs screens show both.
"$cli" pack duplicate core-zh --id team-zh --title "客服進階：退貨與投訴（試用版）" >/dev/null || fail "duplicating a pack"
for view in signin home progress settings library trainees lexicon packs; do
    who="--trainee E1001"
    case $view in trainees | lexicon | packs) who="--trainee T1 --pin-file $work/T1.pin" ;; esac # a trainer's screen
    # shellcheck disable=SC2086
    shot "$view" $who --view "$view"
done
[ -f "$work/config/frontline/settings.json" ] && fail "screenshot mode wrote settings"
echo "ok: 8 views in $lang"
