#!/bin/sh
# expect_exit.sh CODE PATTERN COMMAND...
# Runs COMMAND and passes when it exits with CODE and its output matches the
# extended regex PATTERN: stdout when CODE is 0, else stderr, which must then
# be exactly one line (the GUI's promise for bad arguments and start-up errors).
set -u
code=$1
pattern=$2
shift 2
out=$(mktemp)
err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
"$@" >"$out" 2>"$err"
status=$?
stream=$out
[ "$code" -eq 0 ] || stream=$err
fail() {
    echo "FAIL: $*"
    echo "--- stdout"; cat "$out"
    echo "--- stderr"; cat "$err"
    exit 1
}
[ "$status" -eq "$code" ] || fail "exit status $status, expected $code"
grep -Eq -- "$pattern" "$stream" || fail "output does not match /$pattern/"
if [ "$code" -ne 0 ]; then
    lines=$(wc -l <"$err")
    [ "$lines" -eq 1 ] || fail "stderr has $lines lines, expected one"
fi
echo "ok: exit $status, output matches /$pattern/"
