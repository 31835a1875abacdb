#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Glutea authors
# SPDX-License-Identifier: Apache-2.0
# The real window under Xvfb: a left-drag orbits the view; a preset key gives the preset's view.
GLUTEA=$1 OUT=$2
source "$(dirname "$0")/lib.sh"
mkdir -p "$OUT"
log="$OUT/orbit.log"
start_xvfb
start_app "$log" --view posterior
settle
screenshot "$OUT/orbit_0_start.png"
yaw0=$(last_state "$log" yaw)
[ "$yaw0" = "180.0" ] || fail "posterior start should have yaw 180, got $yaw0"

# Drag across the middle of the viewport (between the side panels).
xdotool mousemove --window "$window" 700 430 mousedown 1
for dx in 20 40 60 80 100 120; do xdotool mousemove --window "$window" $((700 + dx)) 440; sleep 0.05; done
xdotool mouseup 1
xdotool mousemove --window "$window" 5 850 # off the model: no hover highlight or tooltip
settle
screenshot "$OUT/orbit_1_dragged.png"
yaw1=$(last_state "$log" yaw)
python3 -c "import sys; sys.exit(0 if abs($yaw1 - 180.0) > 10 else 1)" ||
    fail "dragging should orbit the camera; yaw stayed at $yaw1"
changed=$(pixels_differing "$OUT/orbit_0_start.png" "$OUT/orbit_1_dragged.png")
[ "$changed" -gt 5000 ] || fail "dragging changed only $changed pixels"

# Key 3: the subject's left side.
xdotool key --window "$window" 3
wait_for_state "$log" yaw 90.0
[ "$(last_state "$log" pitch)" = "5.0" ] || fail "key 3 should give pitch 5"
# The move is animated: the log holds in-between yaws, not a jump from the dragged yaw to 90.
between=$(grep '"event":"state"' "$log" | python3 -c "
import json, sys
yaws = [json.loads(l)['yaw'] for l in sys.stdin]
print(sum(1 for y in yaws if 91 < y < $yaw1 - 1))")
[ "$between" -ge 1 ] || fail "the preset view should be reached smoothly, not in one jump"

# Key 1: back to posterior; the picture must match the one at start.
posterior_again "$log" "$OUT/orbit_0_start.png" "$OUT/orbit_2_posterior.png"
[ "$back" -lt 200 ] || fail "the posterior preset differs from the start view in $back pixels"

quit_app
# Display > Reduced motion (kept in the settings): the preset view comes in one jump.
export GLUTEA_CONFIG_DIR="$OUT/config_reduced_motion"
rm -rf "$GLUTEA_CONFIG_DIR" && mkdir -p "$GLUTEA_CONFIG_DIR"
echo '{"reduced_motion": true}' >"$GLUTEA_CONFIG_DIR/settings.json"
log="$OUT/orbit_reduced.log"
start_app "$log" --view posterior
settle
xdotool key --window "$window" 3
wait_for_state "$log" yaw 90.0
jumped=$(grep '"event":"state"' "$log" | python3 -c "
import json, sys
yaws = [json.loads(l)['yaw'] for l in sys.stdin]
print(sum(1 for y in yaws if 91 < y < 179))")
[ "$jumped" -eq 0 ] || fail "with reduced motion the preset view glided ($jumped in-between yaws)"
quit_app
echo "PASS: drag changed $changed pixels; preset keys give yaw 90 and 180; posterior matches start ($back pixels differ); with reduced motion the view jumps"
