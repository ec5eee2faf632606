#!/bin/sh
# override_window_test.sh FRONTLINE FRONTLINE_CLI WORKDIR
# A trainer re-scores one turn through the real window: 陳美玲 (E1002) has done
# all of onboarding, but her late-return certification call is failed by a
# critical reply in its last turn, so she is in training (checked first with
# frontline-cli status). The app opens signed in as the trainer T1 (PIN file)
# on the review screen with that call selected and the new-score field
# focused; xdotool selects the score, types 95, Tab, types the reason, and
# Ctrl+Enter applies; Ctrl+Q quits. Then `frontline-cli audit` must show the
# override by T1 with the typed reason, and `frontline-cli status` the
# recomputed certification: certified for duty, with the change on record.
set -u
. "$(dirname "$0")/test_work.sh"
. "$(dirname "$0")/xdo_keys.sh"
frontline=$1 cli=$2 work=$3
size=1100x760
reason="Reviewed: the refund line repeats the customer's words"
new_work
seed seed_review_db.sh
attempt=$(cat "$work/review-attempt")
[ -n "$attempt" ] || fail "the seed wrote no attempt number"
db() { "$cli" "$@" --db "$work/frontline.db"; }

db status --trainee E1002 --json >"$work/before.json" || fail "status before failed"
grep -q '"state": "in-training"' "$work/before.json" || fail "E1002 should be in training first: $(cat "$work/before.json")"
grep -q '"certified_on": null' "$work/before.json" || fail "E1002 should not be certified first"

start_app "$frontline" --db "$work/frontline.db" --trainee T1 --pin-file "$work/T1.pin" --lang en --size "$size" --view review \
    --attempt "$attempt" --screenshot-on-exit "$work/review.png"
# The new-score field has the keyboard focus: replace its text, Tab to the reason, Ctrl+Enter applies.
press ctrl+a || fail "key failed"
xdotool type --delay 60 "95" || fail "typing the score failed"
sleep 0.3
press Tab || fail "key failed"
sleep 0.3
xdotool type --delay 30 "$reason" || fail "typing the reason failed"
sleep 0.5
press ctrl+Return || fail "key failed"
sleep 1.5
quit_app

db audit --empno E1002 --json >"$work/audit.json" || fail "audit failed"
grep -q '"action": "override"' "$work/audit.json" || fail "no override in the audit log: $(cat "$work/audit.json")"
grep -q '"actor": "T1"' "$work/audit.json" || fail "the override is not by T1: $(cat "$work/audit.json")"
grep -q "\"reason\": \"$reason\"" "$work/audit.json" || fail "the typed reason is not in the audit log: $(cat "$work/audit.json")"
grep -q '"new": 95' "$work/audit.json" || fail "the new score is not 95: $(cat "$work/audit.json")"
db status --trainee E1002 --json >"$work/after.json" || fail "status after failed"
grep -q '"state": "certified-for-duty"' "$work/after.json" || fail "E1002 is not certified after the override: $(cat "$work/after.json")"
grep -q '"certified_on": "[0-9-]*"' "$work/after.json" || fail "E1002 has no certification date after the override"
# The app recorded the change of state itself (status found nothing new to record).
grep -q '"recorded_event": null' "$work/after.json" || fail "the app did not record the new certification state"
echo "ok: attempt $attempt turn 5 overridden to 95 by T1; E1002 certified for duty"
