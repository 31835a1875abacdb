#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Glutea authors
# SPDX-License-Identifier: Apache-2.0
# A saved view opened in the real window (`glutea --view-file F`): the camera and selection it
# holds are what the window shows (state log; no selection, whose outline is yellow too), what this atlas lacks is listed, and its pin is
# drawn with its leader line and label (pin yellow #FFD91A in the screenshot, nowhere without it).
# Then a technique and a routine step in progress: replayed, saved with Ctrl+S and rendered.
GLUTEA=$1 OUT=$2
source "$(dirname "$0")/lib.sh"
mkdir -p "$OUT"
log="$OUT/view_file.log"
export GLUTEA_CONFIG_DIR="$OUT/view-file-config"
view="$OUT/pinned.glutea-view"
cat >"$view" <<'JSON'
{
  "format": "glutea-view", "format_version": 1, "atlas": "another atlas",
  "camera": {"target": [0.05, 0.06, -0.02], "yaw_deg": 150, "pitch_deg": 12, "distance": 0.9},
  "hidden": ["no_such_part"],
  "annotations": [{"at": [0.098, 0.075, -0.110], "part": "skin", "text": "Sore after driving"}]
}
JSON
start_xvfb
start_app "$log" --view-file "$view"
wait_for_log "$log" '"event":"view_opened"' 20
grep '"event":"view_opened"' "$log" | grep -q 'no_such_part' || fail "the missing part is not listed"
wait_for_state "$log" yaw 150.0
wait_for_state "$log" pitch 12.0
settle
screenshot "$OUT/view_file_pinned.png"
yellow() {
    convert "$1" -crop 1100x780+0+30 +repage -depth 8 txt:- | python3 -c "
import re, sys
n = 0
for line in sys.stdin:
    m = re.search(r'\((\d+),(\d+),(\d+)', line)
    if m and not line.startswith('#'):
        r, g, b = map(int, m.groups())
        n += abs(r - 255) < 12 and abs(g - 217) < 14 and b < 60
print(n)"
}
pins=$(yellow "$OUT/view_file_pinned.png")
echo "pin-yellow pixels: $pins"
[ "$pins" -ge 60 ] || fail "the pin and its label are not drawn ($pins yellow pixels)"
quit_app
# What a file manager does with the desktop entry's `Exec=glutea %f`: the view as the only word.
log2="$OUT/view_file_positional.log"
start_app "$log2" "$view"
wait_for_log "$log2" '"event":"view_opened"' 20
wait_for_state "$log2" yaw 150.0
quit_app

# A technique and a routine step saved in a view: the window replays them at their time (state
# log), Ctrl+S saves what plays, and `glutea render --view-file` of the window's file shows the same
# technique, placement and side; the paused routine step renders pixel-identical to the view it
# was opened from. Student register: the routine opens without the patient's red-flag gate.
fresh_config "$OUT/view-file-config-2" student
export HOME="$OUT/view-file-home" # Ctrl+S suggests $HOME/view-DATE.glutea-view
rm -rf "$HOME"; mkdir -p "$HOME"
saved_view() { ls "$HOME"/view-*.glutea-view 2>/dev/null | head -n 1; }
field() { python3 -c "import json,sys; a=json.load(open('$1'))['animation']; print(a.get('$2', ''))"; }

# save_with_ctrl_s: Ctrl+S opens File > Save view with $HOME/view-DATE.glutea-view filled in, and
# Return saves it (a busy llvmpipe frame can take a while: Return again until the log says saved).
save_with_ctrl_s() {
    local i
    xdotool key --window "$window" ctrl+s
    for ((i = 0; i < 15; i++)); do
        sleep 2
        grep -q '"event":"view_saved"' "$log" && return 0
        xdotool key --window "$window" Return
    done
    wait_for_log "$log" '"event":"view_saved"' 10
}

# open_and_save VIEW PATTERN: the window on VIEW until the log shows PATTERN, then Ctrl+S; sets
# file to the view it saved.
open_and_save() {
    start_app "$log" --view-file "$1"
    wait_for_log "$log" "$2" 60
    settle
    save_with_ctrl_s
    file=$(saved_view)
    [ -n "$file" ] || fail "Ctrl+S saved no view in $HOME"
}

technique="$OUT/technique.glutea-view"
cat >"$technique" <<'JSON'
{"format": "glutea-view", "format_version": 1,
 "selection": {"part": "gluteus_medius_r"},
 "animation": {"kind": "technique", "technique": "trigger_point_compression",
               "placement": "tpc_gmed_trp1", "time": 2.0}}
JSON
open_and_save "$technique" '"event":"technique","placement":"tpc_gmed_trp1","playing":true,"side":"right","technique":"trigger_point_compression"'
[ "$(field "$file" kind)" = technique ] || fail "the saved view holds no technique: $(cat "$file")"
[ "$(field "$file" placement)" = tpc_gmed_trp1 ] || fail "the saved view lost the placement: $(cat "$file")"
python3 -c "import sys; sys.exit(0 if float('$(field "$file" time)') > 2.0 else 1)" ||
    fail "the saved technique time did not go on from 2.0: $(field "$file" time)"
"$GLUTEA" render --view-file "$file" -o "$OUT/technique_from_window.png" --size 320x240 >"$OUT/technique_render.txt" ||
    fail "render --view-file of the window's view failed"
grep -q "technique trigger_point_compression/tpc_gmed_trp1 (right)" "$OUT/technique_render.txt" ||
    fail "the window's view renders another technique: $(cat "$OUT/technique_render.txt")"
quit_app
rm -f "$file"

routine="$OUT/routine.glutea-view"
"$GLUTEA" render -o "$OUT/routine_saved.png" --size 480x360 --routine upper_glute_tightness --step 2 \
    --time 1.5 --save-view "$routine" >/dev/null || fail "render --save-view failed"
open_and_save "$routine" '"event":"routine","routine":"upper_glute_tightness","state":"paused","step":2'
[ "$(field "$file" kind)" = routine ] && [ "$(field "$file" step)" = 2 ] ||
    fail "the saved view lost the routine step: $(cat "$file")"
"$GLUTEA" render --view-file "$routine" -o "$OUT/routine_from_file.png" --size 480x360 >/dev/null
"$GLUTEA" render --view-file "$file" -o "$OUT/routine_from_window.png" --size 480x360 >/dev/null ||
    fail "render --view-file of the window's routine view failed"
differ=$(compare -metric AE "$OUT/routine_from_file.png" "$OUT/routine_from_window.png" null: 2>&1 | cut -d' ' -f1 || true)
echo "routine view reopened in the window and saved again: $differ pixels differ"
[ "$differ" = 0 ] || fail "the window's routine view renders differently ($differ pixels)"
quit_app
echo "view file: camera, selection, missing parts listed, pin drawn; opened as glutea FILE; technique and routine replayed and saved"
