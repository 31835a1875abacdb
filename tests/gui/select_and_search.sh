#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Glutea authors
# SPDX-License-Identifier: Apache-2.0
# The real window under Xvfb: click where the gluteus medius shows and it becomes selected (the
# state log and the info card say so); type "piri" in the search box and Enter selects the
# piriformis; Escape clears the selection.
GLUTEA=$1 OUT=$2
source "$(dirname "$0")/lib.sh"
mkdir -p "$OUT"
log="$OUT/select.log"
fresh_config "$OUT/config" # no settings from a previous run
start_xvfb
start_app "$log" --view posterior
settle

click_structure "$log" gluteus_medius_l # from behind, it shows
screenshot "$OUT/select_1_medius.png"

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

xdotool key --window "$window" Escape
wait_for_log "$log" '"event":"select","nodes":"","structure":""' 30
quit_app
echo "PASS: click at ($x, $y) selected the gluteus medius; 'piri' + Enter the piriformis; Escape cleared"
