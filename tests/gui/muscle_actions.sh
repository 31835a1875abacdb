#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Glutea authors
# SPDX-License-Identifier: Apache-2.0
# Muscle actions in the real window (issue 12): A starts hip extension (the state log says so),
# A twice more goes on to abduction, the leg moves (the picture changes while it plays), Shift+A
# pauses, Escape stops, and the picture returns to the one before.
GLUTEA=$1 OUT=$2
source "$(dirname "$0")/lib.sh"
mkdir -p "$OUT"
log="$OUT/actions.log"
fresh_config "$OUT/actions-config"
start_xvfb
start_app "$log" --view posterior
settle
screenshot "$OUT/actions_0_rest.png"

xdotool key --window "$window" a
wait_for_log "$log" '"action":"hip_extension","event":"action","playing":true,"side":"left"' 10
xdotool key --window "$window" a
wait_for_log "$log" '"action":"hip_flexion","event":"action"' 10
xdotool key --window "$window" a
wait_for_log "$log" '"action":"hip_abduction","event":"action","playing":true' 10
sleep 1.6 # into the hold at the top of the movement (0.5-1.75 s up, hold to 2.5 s)
xdotool key --window "$window" shift+a
wait_for_log "$log" '"action":"hip_abduction","event":"action","playing":false' 10
settle
screenshot "$OUT/actions_1_abduction.png"
moved=$(pixels_differing "$(viewport_of "$OUT/actions_0_rest.png")" "$(viewport_of "$OUT/actions_1_abduction.png")")
[ "$moved" -gt 5000 ] || fail "abduction changed only $moved pixels"

xdotool key --window "$window" Escape
wait_for_log "$log" '"action":"","event":"action","playing":false' 10
posterior_again "$log" "$OUT/actions_0_rest.png" "$OUT/actions_2_stopped.png"
[ "$back" -lt 200 ] || fail "after Escape the view differs from the start in $back pixels"
quit_app
echo "PASS: abduction changed $moved pixels; stopped: $back pixels differ"
