#!/bin/sh
# seed_review_db.sh FRONTLINE_CLI DB: seed_db.sh's training room, plus what a
# trainer reviews: 陳美玲 (E1002) walks the whole onboarding through the real
# CLI (every day's scenarios from the good scripts, every quiz and the written
# test from their answer keys) and passes two certification calls, but her
# late-return certification call promised a full refund in its last reply, a
# critical forbidden hit: she stays in training until a trainer re-scores that
# turn (turn 5 of the attempt whose id is written to DB's folder as
# review-attempt). 张伟 (E1001) has a coaching note about a poor call, and a
# written exam on a GIFT-imported bank whose essay waits for a trainer's grade.
set -eu
cli=$1 db=$2
src=$(cd "$(dirname "$0")/../.." && pwd)
dir=$(dirname "$db")
scripts=$src/tests/data/scripts/core-zh
sh "$(dirname "$0")/seed_db.sh" "$cli" "$db"
c() { "$cli" "$@" --db "$db" >/dev/null; }
play() { c play --pack "$src/scenarios/core-zh" --scenario "$1" --responses "$2" --trainee E1002 --mode "$3" --seed 11; }
exam() {
    "$cli" exam paper --exam "$1" --seed 1 --lang zh-CN --answer-key >"$dir/$1.key.json"
    c exam take --exam "$1" --trainee E1002 --seed 1 --lang zh-CN --answers "$dir/$1.key.json"
}
for s in order-status delivery-delay; do play $s "$scripts/$s.good.txt" practice; done
exam onboarding-day1-quiz
for s in elderly-remote-assist payment-outage complaint-escalation; do play $s "$scripts/$s.good.txt" practice; done
exam onboarding-day2-quiz
for s in angry-appliance late-return special-request; do play $s "$scripts/$s.good.txt" practice; done
exam onboarding-day3-quiz
for s in angry-appliance payment-outage; do play $s "$scripts/$s.good.txt" certification; done
# The good late-return script with a full refund promised in the last reply.
head -n 4 "$scripts/late-return.good.txt" >"$dir/late-return.refund.txt"
sed -n 5p "$scripts/late-return.good.txt" | sed 's/您看这样安排可以吗？/如果检测不是质量问题，我也保证给您退全款。您看这样安排可以吗？/' >>"$dir/late-return.refund.txt"
play late-return "$dir/late-return.refund.txt" certification
exam onboarding-certification
"$cli" trainee show --empno E1002 --json --db "$db" |
    sed -n 's/^ *"id": \([0-9]*\),$/\1/p' | head -n 1 >"$dir/review-attempt"
mkdir -p "$dir/gift/banks" "$dir/gift/exams"
"$cli" import-gift "$src/tests/data/gift/all-constructs.gift" --out "$dir/gift/banks/all-constructs.zh-CN.json" >/dev/null
cat >"$dir/gift/exams/gift-essay.json" <<'EOF'
{"format": "frontline-exam/1", "id": "gift-essay", "version": "1.0.0", "title": {"zh-CN": "GIFT 案例笔试", "en": "GIFT essay test"},
 "bank": "all-constructs", "time_limit_minutes": 20, "pass_mark": 80, "max_attempts": 0, "training_kind": "annual",
 "draw": [{"category": "c-6b75c996", "count": 1, "type": "single_choice"}, {"category": "c-8bdcc858", "count": 1, "type": "case_analysis"}]}
EOF
cat >"$dir/gift-answers.json" <<'EOF'
{"time_spent_seconds": 600, "answers": {"greet-first-words": "a",
 "q-318f0f28": "先向客户致歉並共情：「非常理解您的心情」。再说明退货期政策，最后申请主管特批换货或延保维修。"}}
EOF
c exam take --exam gift-essay --trainee E1001 --seed 1 --answers "$dir/gift-answers.json" --assessments "$dir/gift"
c note add --trainee E1001 --text "先處理情緒，再解決問題；道歉要具體，别说「这不归我管」。" --by T1
