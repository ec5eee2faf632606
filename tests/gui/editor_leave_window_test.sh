#!/bin/sh
# editor_leave_window_test.sh FRONTLINE FRONTLINE_CLI WORKDIR
# Unsaved editor changes are not lost silently on sign-out. Trainer T1 edits
# a model answer of a copied pack (zh-CN, 1000x700) and clicks "sign out":
# the "unsaved changes" prompt opens. Run 1: Cancel keeps the editor and the
# edit (Ctrl+S saves it: 1.0.1), and signing out with nothing unsaved asks
# nothing. Run 2: Discard signs out and writes nothing. Run 3: the trainer
# goes to the library with the edit unsaved (the editor keeps it) and signs
# out there: the editor comes back with the prompt, and Save writes the
# answer (1.0.2, audited) and signs out. After each sign-out E1001 signs in
# by typing on the sign-in screen, which the saved settings then show.
set -u
. "$(dirname "$0")/test_work.sh"
. "$(dirname "$0")/xdo_keys.sh"
frontline=$1 cli=$2 work=$3
size=1000x700
new_work packs
seed
cp -r "$src/scenarios/core-zh" "$work/packs/" || fail "copying the pack"
pack=$work/packs/core-zh
saves() { "$cli" audit --json --db "$work/frontline.db" | grep -c '"action": "scenario.save"'; }
settings=$work/config/frontline/settings.json

# At 1000x700 in zh-CN: the sign-out button, the library tab, and the prompt's Save, Discard and Cancel.
signout() { click 952 26; sleep 0.8; }
library() { click 230 26; sleep 0.8; }
prompt() {
    case $1 in save) x=307 ;; discard) x=377 ;; cancel) x=447 ;; esac
    click "$x" 315
    sleep 0.8
}
# Opens the editor at the second model answer of order-status's first node and types at its end.
start_editing() {
    start_app "$frontline" --db "$work/frontline.db" --trainee T1 --pin-file "$work/T1.pin" --packs "$work/packs" --lang zh-CN \
        --size "$size" --edit core-zh/order-status/opening/model_answers/1
    sleep 0.5
    press End || fail "key failed"
    sleep 0.3
    xdotool type --delay 40 " $1" || fail "typing failed"
    sleep 0.5
}

# Cancel keeps the editor and the edit (Ctrl+S then saves it); with nothing unsaved, sign-out asks nothing.
start_editing "kept after cancel"
signout
prompt cancel
press ctrl+s || fail "key failed"
sleep 0.8
signout
sign_in e1001
quit_app
grep -q '"last_trainee": "E1001"' "$settings" || fail "the sign-out after saving did not happen (settings: $(cat "$settings"))"
grep -q "kept after cancel" "$pack/order-status.json" || fail "Cancel lost the edit"
grep -q '"version": "1.0.1"' "$pack/pack.json" || fail "Ctrl+S after Cancel did not save"
[ "$(saves)" -eq 1 ] || fail "the save is not in the audit log"

# Discard signs out and writes nothing.
start_editing "dropped words"
signout
prompt discard
sign_in e1001
quit_app
grep -q '"last_trainee": "E1001"' "$settings" || fail "Discard did not sign out (settings: $(cat "$settings"))"
grep -q "dropped words" "$pack/order-status.json" && fail "Discard wrote the edit"
grep -q '"version": "1.0.1"' "$pack/pack.json" || fail "Discard wrote the pack"
[ "$(saves)" -eq 1 ] || fail "Discard saved"
rm "$settings"

start_editing "kept words"
library
signout
prompt save
sign_in e1001
quit_app
grep -q '"last_trainee": "E1001"' "$settings" || fail "Save did not sign out (settings: $(cat "$settings"))"
grep -q '"version": "1.0.2"' "$pack/pack.json" || fail "Save did not bump the pack version: $(grep version "$pack/pack.json")"
grep -q "kept words" "$pack/order-status.json" || fail "Save did not write the edit"
[ "$(saves)" -eq 2 ] || fail "the save is not in the audit log"
"$cli" validate "$pack" >/dev/null || fail "the saved pack does not validate"
echo "ok"
