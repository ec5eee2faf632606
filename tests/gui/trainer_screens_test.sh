#!/bin/sh
# trainer_screens_test.sh FRONTLINE FRONTLINE_CLI PNG_CHECK WORKDIR LANG
# Renders the trainer's review screen (a failed certification call open, the
# override form focused) and the cohort screen on a seeded record, signed in
# as the trainer T1 with their PIN, and checks every PNG (size, not blank) and
# that no character fell back to the missing-glyph box.
set -u
frontline=$1 cli=$2 check=$3 work=$4 lang=$5
size=1280x800
rm -rf "$work" && mkdir -p "$work" || exit 1
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
sh "$(dirname "$0")/seed_review_db.sh" "$cli" "$work/frontline.db" || { echo "FAIL: seeding the database"; exit 1; }
attempt=$(cat "$work/review-attempt")
for view in review cohort; do
    png="$work/$view-$lang.png"
    extra=
    [ "$view" = review ] && extra="--attempt $attempt"
    # shellcheck disable=SC2086
    "$frontline" --db "$work/frontline.db" --trainee T1 --pin-file "$work/T1.pin" --lang "$lang" --size "$size" --view "$view" $extra \
        --screenshot "$png" 2>"$work/$view.err"
    status=$?
    cat "$work/$view.err"
    [ "$status" -eq 0 ] || { echo "FAIL: $view exited $status"; exit 1; }
    grep -q "^glyph misses: 0$" "$work/$view.err" || { echo "FAIL: $view: no 'glyph misses: 0' line"; exit 1; }
    "$check" "$png" --size "$size" || { echo "FAIL: $view: bad PNG"; exit 1; }
done
echo "ok: review and cohort in $lang"
