#!/bin/sh
# screenshot_test.sh FRONTLINE PNG_CHECK WORKDIR LANG WxH
# Renders the library view to a PNG in screenshot mode and checks the image.
set -u
. "$(dirname "$0")/test_work.sh"
frontline=$1 check=$2 work=$3 lang=$4 size=$5
new_work
png="$work/library-$lang.png"
"$frontline" --db "$work/frontline.db" --lang "$lang" --size "$size" --view library --screenshot "$png"
status=$?
[ "$status" -eq 0 ] || { echo "FAIL: frontline exited $status"; exit 1; }
[ -f "$work/frontline.db" ] || { echo "FAIL: the database was not created"; exit 1; }
exec "$check" "$png" --size "$size"
