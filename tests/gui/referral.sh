#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Glutea authors
# SPDX-License-Identifier: Apache-2.0
# The real window under Xvfb: select the gluteus minimus, press R, and the referred pain appears on
# the lateral leg (the window logs where the lateral-leg zone is drawn; the screenshot must show
# the spillover colour there, and not once stopped, from the same camera); then "Where does it hurt?" (W), a click on that
# lateral calf, and the gluteus minimus is ranked first.
GLUTEA=$1 OUT=$2
source "$(dirname "$0")/lib.sh"
mkdir -p "$OUT"
log="$OUT/referral.log"
fresh_config "$OUT/config_referral" # no settings from a previous run (reduced motion off, the default atlas)
start_xvfb
start_app "$log" --view posterior
settle
xdotool click 1 # on the status line: the window takes the keyboard focus
sleep 0.3

xdotool key --window "$window" ctrl+f
sleep 1
xdotool type --window "$window" --delay 100 minimus
wait_for_log "$log" '"event":"search","query":"minimus"' 30
sleep 0.5 # the results list is drawn a frame after the text
screenshot "$OUT/referral_0_typed.png"
# Held a moment: ImGui 1.86 polls key state once a frame, and a press and release within one
# frame would be missed.
xdotool keydown --window "$window" Return; sleep 0.2; xdotool keyup --window "$window" Return
wait_for_log "$log" '"event":"select","nodes":"gluteus_minimus_l"' 30
xdotool mousemove --window "$window" 5 850
sleep 1.5
screenshot "$OUT/referral_0_selected.png"

xdotool key --window "$window" r
wait_for_log "$log" '"event":"referral".*"pattern":"gluteus_minimus_referral"' 30
sleep 0.3
screenshot "$OUT/referral_1_start.png" # t < 1 s: trigger points, no zone yet
wait_for_log "$log" '"event":"referral_visible"' 60
screenshot "$OUT/referral_2_complete.png"

point=$(grep '"event":"referral_visible"' "$log" | tail -n 1 | python3 -c "
import json, sys
p = json.load(sys.stdin)['zones'].get('gmin_zone_spill_leg')
print(p and '%d %d' % tuple(p) or '')")
[ -n "$point" ] || fail "the lateral leg zone is not in view: $(grep referral_visible "$log")"
read -r x y <<<"$point"

# Spillover orange #FCA636 (hatched): among the 11x11 pixels around the point, some are clearly
# orange (red and green well above blue), which neither skin nor muscle nor bone is.
orange_pixels() {
    convert "$1" -crop 11x11+$(($2 - 5))+$(($3 - 5)) +repage -depth 8 txt:- | python3 -c "
import re, sys
n = 0
for line in sys.stdin:
    m = re.search(r'\((\d+),(\d+),(\d+)', line)
    if m and not line.startswith('#'):
        r, g, b = map(int, m.groups())
        n += r > 170 and g > 110 and r - b > 110 and g - b > 60 and r > g
print(n)"
}
after=$(orange_pixels "$OUT/referral_2_complete.png" "$x" "$y")
echo "orange pixels around ($x, $y) when complete: $after of 121"
[ "$after" -ge 12 ] || fail "no spillover colour on the lateral leg at ($x, $y): $after of 121 pixels"

xdotool key --window "$window" w
wait_for_log "$log" '"event":"where_does_it_hurt","on":true' 30
xdotool mousemove --window "$window" "$x" "$y" click 1
wait_for_log "$log" '"event":"pain_ranking"' 30
xdotool mousemove --window "$window" 5 850
sleep 0.5
screenshot "$OUT/referral_3_painted.png"
first=$(grep '"event":"pain_ranking"' "$log" | tail -n 1 | python3 -c "
import json, sys
r = json.load(sys.stdin)['ranking']
print(r and '%s %s %s' % (r[0]['structure'], r[0]['side'], r[0]['kind']) or 'none')")
[ "$first" = "gluteus_minimus left spillover" ] ||
    fail "clicking the lateral calf should rank the gluteus minimus first, got: $first"
grep -q '"event":"pain_paint"' "$log" || fail "the click did not paint"

xdotool key --window "$window" Escape
wait_for_log "$log" '"event":"where_does_it_hurt","on":false' 30
sleep 0.5
screenshot "$OUT/referral_4_stopped.png" # the same camera, nothing played: no orange there
stopped=$(orange_pixels "$OUT/referral_4_stopped.png" "$x" "$y")
echo "orange pixels there once stopped: $stopped"
[ "$stopped" -le 2 ] || fail "the lateral leg is orange without the referral playing: $stopped pixels"
quit_app
echo "PASS: R spread the minimus pattern to the lateral leg ($x, $y); W + click there ranked it first"
