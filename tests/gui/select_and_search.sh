#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Glutea authors
# SPDX-License-Identifier: Apache-2.0
# The real window under Xvfb. First a click where the right gluteus maximus shows by a headless
# `glutea render --mask` at the viewport's size and view (found apart from the app's own pick: a
# pixel inside its silhouette and outside every other structure's) selects it, and the info card
# shows its name (the card's title as wide as the name set in the app's font). Then a click where
# the app says the left gluteus medius shows selects it; "piri" in the search box and Enter selects
# the piriformis; Escape clears the selection.
GLUTEA=$1 OUT=$2
source "$(dirname "$0")/lib.sh"
mkdir -p "$OUT"
log="$OUT/select.log"
names_json="$(dirname "$0")/../../assets/atlas/content/structures.json"
name_of() { python3 -c "import json,sys; print(next(s['name']['en'] for s in json.load(open(sys.argv[1]))['structures'] if s['id'] == sys.argv[2]))" "$names_json" "$1"; }
fresh_config "$OUT/config" # no settings from a previous run
start_xvfb
start_app "$log" --view posterior
settle
sleep 1
screenshot "$OUT/select_0_start.png"
start_yaw=$(last_state "$log" yaw) start_pitch=$(last_state "$log" pitch)
start_distance=$(last_state "$log" distance)

# The viewport: where the screenshot shows the renderer's background colour (a tiny headless
# render's corner), and the headless picture at that size must be the window's (the same view).
"$GLUTEA" render --view posterior --size 32x32 -o "$OUT/background.png" >/dev/null
background=$(pixel_colour "$OUT/background.png" 0 0)
read -r vx vy vw vh < <(pixels bbox "$OUT/select_0_start.png" "$background" 3)
[ "$vw" -gt 300 ] && [ "$vh" -gt 300 ] || fail "no viewport of colour $background: $vx $vy $vw $vh"
VIEWPORT_RIGHT=$((vx + vw)) VIEWPORT_TOP=$vy
render=("$GLUTEA" render --view posterior --size "${vw}x${vh}")
"${render[@]}" -o "$OUT/headless.png" >/dev/null
off=$(pixels meandiff "$OUT/headless.png" "$OUT/select_0_start.png" "$vx" "$vy")
python3 -c "import sys; sys.exit(0 if $off < 2.0 else 1)" ||
    fail "the window's viewport ($vx,$vy ${vw}x$vh) differs from the headless render by $off"
target=gluteus_maximus_r
others=$("$GLUTEA" inspect --json | python3 -c "
import json, sys
print(','.join(p['node'] for p in json.load(sys.stdin)['structures']
               if p['kind'] != 'skin' and p['node'] != '$target'))")
"${render[@]}" --mask "$target" -o "$OUT/mask_target.png" >/dev/null
"${render[@]}" --mask "$others" -o "$OUT/mask_others.png" >/dev/null
read -r px py < <(pixels inside "$OUT/mask_target.png" "$OUT/mask_others.png" 6)
[ -n "${py:-}" ] || fail "$target shows nowhere on its own in the headless render"
xdotool mousemove --window "$window" $((vx + px)) $((vy + py)) click 1
wait_for_log "$log" "\"event\":\"select\",\"nodes\":\"$target\"" 30
xdotool mousemove --window "$window" 5 850
sleep 1.5
screenshot "$OUT/select_0_maximus.png"
card_title_matches "$OUT/select_0_maximus.png" "$(name_of gluteus_maximus)"
xdotool key --window "$window" Escape
cleared='"event":"select","nodes":"","structure":""'
wait_for_count "$log" "$cleared" 1 30
# Back to the starting view (key 1, posterior), where the app logged where each structure shows.
xdotool key --window "$window" 1
wait_for_state "$log" yaw "$start_yaw"
wait_for_state "$log" pitch "$start_pitch"
wait_for_state "$log" distance "$start_distance"
sleep 0.5

click_structure "$log" gluteus_medius_l # from behind, it shows
screenshot "$OUT/select_1_medius.png"
card_title_matches "$OUT/select_1_medius.png" "$(name_of gluteus_medius)"

xdotool key --window "$window" ctrl+f
sleep 1 # the box takes the keyboard on the next frame
xdotool type --window "$window" --delay 120 piri
wait_for_log "$log" '"event":"search","query":"piri"' 30
screenshot "$OUT/select_2_typed.png"
# Held a moment: ImGui 1.86 polls key state once a frame, and a press and release within one
# (slow) frame would be lost.
xdotool keydown --window "$window" Return; sleep 0.2; xdotool keyup --window "$window" Return
wait_for_log "$log" '"event":"select","nodes":"piriformis_l"' 30
sleep 1.5
screenshot "$OUT/select_3_piriformis.png"
card_title_matches "$OUT/select_3_piriformis.png" "$(name_of piriformis)"

# F frames the whole atlas, Shift+F the selection: the camera comes to the piriformis (about a
# tenth of the atlas's size), so it stands much closer than when the whole atlas was in view.
xdotool key --window "$window" f
sleep 2 # the camera eases there
far=$(last_state "$log" distance)
xdotool key --window "$window" shift+f
framed=0
for ((i = 0; i < 50; i++)); do
    near=$(last_state "$log" distance)
    if python3 -c "import sys; sys.exit(0 if $near < 0.5 * $far else 1)"; then framed=1; break; fi
    sleep 0.1
done
[ "$framed" = 1 ] || fail "Shift+F did not frame the piriformis: distance $far, then $near"
echo "Shift+F framed the selection: distance $far -> $near"

xdotool key --window "$window" Escape
wait_for_count "$log" "$cleared" 2 30
quit_app
echo "PASS: a click at ($((vx + px)), $((vy + py))), found by a headless mask, selected the right" \
    "gluteus maximus; the app's pick at ($x, $y) the gluteus medius; 'piri' + Enter the" \
    "piriformis; each card titled with its name; Escape cleared"
