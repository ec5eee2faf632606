#!/bin/sh
# exam_screenshot_test.sh FRONTLINE FRONTLINE_CLI PNG_CHECK WORKDIR LANG
# The exam screen in screenshot mode on a seeded record, signed in as E1001:
# the first page of the next exam due, and the results of the certification
# written test after --answers fills in a paper (the answer key with some
# answers changed, so there are right and wrong ones) and submits it. Each PNG
# is checked (size, not blank) with no glyph misses, and the submitted sitting
# must be on the record (`frontline-cli status --json`).
set -u
. "$(dirname "$0")/test_work.sh"
frontline=$1 cli=$2 check=$3 work=$4 lang=$5
size=1280x800
new_work
seed
shot exam-page --trainee E1001 --view exam
# A right answer "a" becomes "b" and "true" becomes "false": a mixed paper.
"$cli" exam paper --exam onboarding-certification --seed 7 --lang "$lang" --answer-key >"$work/key.json" || fail "exam paper"
sed -e 's/": "a",$/": "b",/' -e 's/": true,$/": false,/' "$work/key.json" >"$work/answers.json"
cmp -s "$work/key.json" "$work/answers.json" && fail "the answers file was not changed"
shot exam-results --trainee E1001 --view exam --exam onboarding-certification --seed 7 --answers "$work/answers.json"
"$cli" status --trainee E1001 --json --db "$work/frontline.db" >"$work/status.json" || fail "status"
tr -d ' \n' <"$work/status.json" | grep -q '"counted_attempts":{"scenarios":\[\],"written":1}' || fail "the written test was not recorded: $(cat "$work/status.json")"
echo "ok: exam page and results in $lang"
