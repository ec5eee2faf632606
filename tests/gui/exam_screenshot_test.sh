#!/bin/sh
# exam_screenshot_test.sh FRONTLINE FRONTLINE_CLI PNG_CHECK WORKDIR LANG
# The exam screen in screenshot mode on a seeded record, signed in as E1001:
# the first page of the next exam due, and the results of the certification
# written test after --answers fills in a paper (the answer key with some
# answers changed, so there are right and wrong ones) and submits it. Each PNG
# is checked (size, not blank) with no glyph misses, and the submitted sitting
# must be on the record (`frontline-cli status --json`).
set -u
frontline=$1 cli=$2 check=$3 work=$4 lang=$5
size=1280x800
rm -rf "$work" && mkdir -p "$work" || exit 1
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
fail() { echo "FAIL: $*"; exit 1; }
sh "$(dirname "$0")/seed_db.sh" "$cli" "$work/frontline.db" || fail "seeding the database"
shot() { # NAME ARGS...
    name=$1
    shift
    "$frontline" --db "$work/frontline.db" --trainee E1001 --lang "$lang" --size "$size" --view exam "$@" --screenshot "$work/$name.png" 2>"$work/$name.err"
    status=$?
    cat "$work/$name.err"
    [ "$status" -eq 0 ] || fail "$name exited $status"
    grep -q "^glyph misses: 0$" "$work/$name.err" || fail "$name: no 'glyph misses: 0' line"
    "$check" "$work/$name.png" --size "$size" || fail "$name: bad PNG"
}
shot exam-page-$lang
# A right answer "a" becomes "b" and "true" becomes "false": a mixed paper.
"$cli" exam paper --exam onboarding-certification --seed 7 --lang "$lang" --answer-key >"$work/key.json" || fail "exam paper"
sed -e 's/": "a",$/": "b",/' -e 's/": true,$/": false,/' "$work/key.json" >"$work/answers.json"
cmp -s "$work/key.json" "$work/answers.json" && fail "the answers file was not changed"
shot exam-results-$lang --exam onboarding-certification --seed 7 --answers "$work/answers.json"
"$cli" status --trainee E1001 --json --db "$work/frontline.db" >"$work/status.json" || fail "status"
tr -d ' \n' <"$work/status.json" | grep -q '"counted_attempts":{"scenarios":\[\],"written":1}' || fail "the written test was not recorded: $(cat "$work/status.json")"
echo "ok: exam page and results in $lang"
