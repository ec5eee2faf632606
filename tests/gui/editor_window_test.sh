#!/bin/sh
# editor_window_test.sh FRONTLINE FRONTLINE_CLI WORKDIR
# The scenario editor through the real window, as a trainer uses it: the app
# asked for the editor on a copy of the bundled core-zh pack at node
# "opening" (second model answer) shows sign-in first; trainer T1 types its
# number and PIN, lands in the editor with the focus in that answer, and types
# at the end of it with xdotool (ASCII: xdotool drops non-ASCII
# characters under load), save with Ctrl+S, quit with Ctrl+Q. Then:
# `frontline-cli validate` passes on the copy, a JSON diff shows that only
# that model answer changed in the scenario file and only "version" (1.0.0 ->
# 1.0.1) in pack.json, the scenario file differs in exactly one line, and the
# audit log holds the save. A second run types more, undoes it with Ctrl+Z
# (one step for the whole burst), redoes and undoes it again, and its Ctrl+S
# then writes nothing. The repository's packs are never touched.
set -u
. "$(dirname "$0")/test_work.sh"
. "$(dirname "$0")/xdo_keys.sh"
frontline=$1 cli=$2 work=$3
size=1000x700
new_work packs before
command -v python3 >/dev/null || { echo "python3 not installed: skipped"; exit 77; }
seed
cp -r "$src/scenarios/core-zh" "$work/packs/" || fail "copying the pack"
cp "$work/packs/core-zh/order-status.json" "$work/packs/core-zh/pack.json" "$work/before/" || fail "keeping the originals"
typed=" Thank you for holding, I will check it right away."

# Audit entries of one action, counted through the command line.
saves() { "$cli" audit --db "$work/frontline.db" --json | python3 -c 'import json, sys; print(sum(e["action"] == "scenario.save" for e in json.load(sys.stdin)["entries"]))'; }

start_app "$frontline" --db "$work/frontline.db" --packs "$work/packs" --lang en --size "$size" \
    --edit core-zh/order-status/opening/model_answers/1 --screenshot-on-exit "$work/editor.png"
sleep 0.5
# Sign-in: the search box has the keys; Enter picks the one match, which asks for the PIN.
xdotool type --delay 80 "T1" || fail "typing failed"
sleep 0.3
press Return || fail "key failed"
sleep 0.5
xdotool type --delay 80 "$(cat "$work/T1.pin")" || fail "typing the PIN failed"
sleep 0.3
press Return || fail "key failed"
sleep 1 # the editor opens on the requested answer
# The answer's field has the keyboard focus; End puts the cursor after its text.
press End || fail "key failed"
sleep 0.3
xdotool type --delay 40 "$typed" || fail "typing failed"
sleep 0.5
press ctrl+s || fail "saving failed"
sleep 1
quit_app

"$cli" validate "$work/packs/core-zh" >"$work/validate.txt" 2>&1 || fail "validate fails on the saved pack: $(cat "$work/validate.txt")"
python3 - "$work/before" "$work/packs/core-zh" "$typed" <<'PY' || fail "the saved files differ in more than the typed answer and the version"
import json, sys
before, after, typed = sys.argv[1], sys.argv[2], sys.argv[3]
def load(folder, name):
    with open(f"{folder}/{name}", encoding="utf-8") as f:
        return f.read()
old, new = json.loads(load(before, "order-status.json")), json.loads(load(after, "order-status.json"))
answer = old["nodes"][0]["model_answers"][1]
expected = json.loads(json.dumps(old))
expected["nodes"][0]["model_answers"][1] = answer + typed
if new != expected:
    sys.exit(f"scenario: expected only /nodes/0/model_answers/1 to change to {answer + typed!r}, "
             f"it is {new['nodes'][0]['model_answers'][1]!r}")
old_lines, new_lines = load(before, "order-status.json").splitlines(), load(after, "order-status.json").splitlines()
changed = [i for i, (a, b) in enumerate(zip(old_lines, new_lines)) if a != b]
if len(old_lines) != len(new_lines) or len(changed) != 1:
    sys.exit(f"scenario: expected a one-line change, got {len(changed)} changed lines of {len(old_lines)} -> {len(new_lines)}")
old_pack, new_pack = json.loads(load(before, "pack.json")), json.loads(load(after, "pack.json"))
if {k: v for k, v in new_pack.items() if k != "version"} != {k: v for k, v in old_pack.items() if k != "version"}:
    sys.exit("pack.json: more than the version changed")
if (old_pack["version"], new_pack["version"]) != ("1.0.0", "1.0.1"):
    sys.exit(f"pack.json: version {old_pack['version']} -> {new_pack['version']}, expected 1.0.0 -> 1.0.1")
print(f"ok: line {changed[0] + 1} of order-status.json changed; version 1.0.0 -> 1.0.1")
PY
"$cli" audit --db "$work/frontline.db" | grep -q "T1  signin" || fail "the trainer's sign-in is not in the audit log"
[ "$(saves)" = 1 ] || fail "expected one scenario.save in the audit log, found $(saves)"

# Undo in the real window: a typed burst is one step for Ctrl+Z, Ctrl+Y brings it
# back, Ctrl+Z again; the save that follows has nothing to write.
cp "$work/packs/core-zh/order-status.json" "$work/saved.json"
start_app "$frontline" --db "$work/frontline.db" --trainee T1 --pin-file "$work/T1.pin" --packs "$work/packs" --lang en --size "$size" \
    --edit core-zh/order-status/opening/model_answers/1
sleep 0.5
press End || fail "key failed"
xdotool type --delay 40 " and then some words to undo" || fail "typing failed"
sleep 0.3
for key in ctrl+z ctrl+y ctrl+z ctrl+s; do
    press $key || fail "$key failed"
    sleep 0.4
done
quit_app
cmp -s "$work/saved.json" "$work/packs/core-zh/order-status.json" || fail "Ctrl+Z did not undo the typed words: $(diff "$work/saved.json" "$work/packs/core-zh/order-status.json")"
[ "$(saves)" = 1 ] || fail "a save after undoing everything wrote something ($(saves) saves in the audit log)"
cmp -s "$src/scenarios/core-zh/order-status.json" "$work/before/order-status.json" || fail "the repository's pack changed"
echo "ok: model answer typed, saved with Ctrl+S, validate clean, one line and the version changed, audit logged; Ctrl+Z/Ctrl+Y work"
