#!/bin/sh
# packs_window_test.sh FRONTLINE FRONTLINE_CLI PNG_CHECK WORKDIR
# A real window driven by xdotool, as a trainer imports a pack: the trainer
# opens the pack library, types the path of a .zip (the path field has the
# keys when the screen opens), presses Enter, Ctrl+Q. The pack is in the user
# packs folder, the audit log names the trainer, and the screen changed.
set -u
. "$(dirname "$0")/test_work.sh"
. "$(dirname "$0")/xdo_keys.sh"
frontline=$1 cli=$2 check=$3 work=$4
size=1000x700
new_work
seed
# The archive: a copy of core-zh made in another packs folder, exported.
"$cli" pack duplicate core-zh --id team-zh --title "客服進階：退貨與投訴（試用版）" --user-packs "$work/elsewhere" >/dev/null || fail "duplicating"
"$cli" pack export team-zh --out "$work/team.zip" --user-packs "$work/elsewhere" >/dev/null || fail "exporting"
run() { "$frontline" --db "$work/frontline.db" --trainee T1 --pin-file "$work/T1.pin" --lang zh-CN --size "$size" --view packs "$@"; }

run --screenshot "$work/before.png" || fail "screenshot run exited $?"

start_app run --screenshot-on-exit "$work/after.png"
xdotool type --delay 40 "$work/team.zip" || fail "typing failed"
sleep 0.5
press Return || fail "key failed"
sleep 1.5 # the import, then the packs and the font atlas are reloaded
quit_app
[ -f "$work/data/frontline/packs/team-zh/pack.json" ] || fail "the pack is not in the user packs folder: $(ls -R "$work/data" 2>&1)"
"$cli" audit --db "$work/frontline.db" | grep -q "T1  pack.import  team-zh" || fail "no audit entry: $("$cli" audit --db "$work/frontline.db")"
"$check" "$work/after.png" --size "$size" --differs "$work/before.png" || fail "the screen did not change after the import"
echo "ok"
