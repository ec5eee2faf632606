#!/bin/sh
# glyph_miss_test.sh FRONTLINE FRONTLINE_CLI WORKDIR
# The glyph check can fail: a name with an emoji (no CJK font has it) shows as
# a box on the sign-in screen, so screenshot mode reports it and exits 4.
set -u
. "$(dirname "$0")/test_work.sh"
frontline=$1 cli=$2 work=$3
new_work
"$cli" trainee add --empno T1 --name 王老师 --role trainer --db "$work/frontline.db" >/dev/null || exit 1
"$cli" trainee add --empno E1 --name "小明😊" --by T1 --db "$work/frontline.db" >/dev/null || exit 1
"$frontline" --db "$work/frontline.db" --lang zh-CN --view signin --screenshot "$work/signin.png" 2>"$work/err"
status=$?
cat "$work/err"
[ "$status" -eq 4 ] || { echo "FAIL: expected exit 4, got $status"; exit 1; }
grep -q "^glyph misses: [1-9]" "$work/err" || { echo "FAIL: no glyph misses reported"; exit 1; }
echo "ok"
