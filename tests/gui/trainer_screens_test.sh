#!/bin/sh
# trainer_screens_test.sh FRONTLINE FRONTLINE_CLI PNG_CHECK WORKDIR LANG
# Renders the trainer's review screen (a failed certification call open, the
# override form focused) and the cohort screen on a seeded record, signed in
# as the trainer T1 with their PIN, and checks every PNG (size, not blank) and
# that no character fell back to the missing-glyph box.
set -u
. "$(dirname "$0")/test_work.sh"
frontline=$1 cli=$2 check=$3 work=$4 lang=$5
size=1280x800
new_work
seed seed_review_db.sh
attempt=$(cat "$work/review-attempt")
for view in review cohort; do
    extra=
    [ "$view" = review ] && extra="--attempt $attempt"
    # shellcheck disable=SC2086
    shot "$view" --trainee T1 --pin-file "$work/T1.pin" --view "$view" $extra
done
echo "ok: review and cohort in $lang"
