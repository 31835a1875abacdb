#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Glutea authors
# SPDX-License-Identifier: Apache-2.0
# A saved view opened in the real window (`glutea --view-file F`): the camera and selection it
# holds are what the window shows (state log; no selection, whose outline is yellow too), what this atlas lacks is listed, and its pin is
# drawn with its leader line and label (pin yellow #FFD91A in the screenshot, nowhere without it).
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
echo "view file: camera, selection, missing parts listed, pin drawn; opened as glutea FILE too"
