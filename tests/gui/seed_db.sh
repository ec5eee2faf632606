#!/bin/sh
# seed_db.sh FRONTLINE_CLI DB: fills a database the way a training room does,
# through the real CLI: a trainer with a PIN (written to T1.pin beside DB),
# trainees with Simplified and Traditional names, logged hours and recorded
# practice calls (good and poor replies).
set -eu
cli=$1 db=$2
src=$(cd "$(dirname "$0")/../.." && pwd)
scripts=$src/tests/data/scripts/core-zh
rm -f "$db"
c() { "$cli" "$@" --db "$db" >/dev/null; }
c trainee add --empno T1 --name 王老师 --role trainer
# The trainer signs in with a PIN; it is written next to the database for --pin-file.
printf '%s\n' 2468 | c trainee set-pin --empno T1
printf '%s\n' 2468 >"$(dirname "$db")/T1.pin"
c trainee add --empno E1001 --name 张伟 --team 客服一组 --hire-date 2026-01-05 --by T1
c trainee add --empno E1002 --name 陳美玲 --team 客服二組 --hire-date 2026-01-05 --by T1
c trainee add --empno E1003 --name "Li Na" --team Support --hire-date 2026-01-05 --by T1
c hours add --trainee E1001 --minutes 90 --kind onboarding --topic 服务礼仪入门 --date 2026-01-05 --by T1
c hours add --trainee E1001 --minutes 45 --kind advanced --topic 情绪管理进阶 --date 2026-01-06 --by T1
for run in "order-status good 1" "order-status poor 2" "delivery-delay poor 3" "delivery-delay good 4" "elderly-remote-assist good 5"; do
    set -- $run
    c play --pack "$src/scenarios/core-zh" --scenario "$1" --responses "$scripts/$1.$2.txt" --seed "$3" --trainee E1001
done
