#!/bin/sh
# screenshot_test.sh FRONTLINE PNG_CHECK WORKDIR LANG WxH
# Renders the library view to a PNG in screenshot mode and checks the image.
set -u
frontline=$1 check=$2 work=$3 lang=$4 size=$5
rm -rf "$work" && mkdir -p "$work" || exit 1
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
png="$work/library-$lang.png"
"$frontline" --db "$work/frontline.db" --lang "$lang" --size "$size" --view library --screenshot "$png"
status=$?
[ "$status" -eq 0 ] || { echo "FAIL: frontline exited $status"; exit 1; }
[ -f "$work/frontline.db" ] || { echo "FAIL: the database was not created"; exit 1; }
exec "$check" "$png" --size "$size"
