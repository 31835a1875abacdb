#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Glutea authors
# SPDX-License-Identifier: Apache-2.0
# The real window under Xvfb, therapist register: select the gluteus medius, T plays its first
# technique (the state log says so, and the picture moves while it plays), T again stops it; C
# shows the caution zones with labels, and clicking the sciatic nerve's label opens its note.
GLUTEA=$1 OUT=$2
source "$(dirname "$0")/lib.sh"
mkdir -p "$OUT"
log="$OUT/technique.log"
fresh_config "$OUT/config_therapist" therapist
start_xvfb
start_app "$log" --view posterior
settle

click_structure "$log" gluteus_medius_l # from behind, it shows

xdotool key --window "$window" t
wait_for_log "$log" '"event":"technique","placement":"eff_gmed_path","playing":true' 30
sleep 0.5
screenshot "$OUT/technique_1.png"
sleep 0.7
screenshot "$OUT/technique_2.png"
moved=$(pixels_differing "$(viewport_of "$OUT/technique_1.png")" "$(viewport_of "$OUT/technique_2.png")")
echo "while playing, $moved pixels changed in 0.7 s"
[ "$moved" -gt 100 ] || fail "the technique does not move ($moved px)"
xdotool key --window "$window" t
wait_for_log "$log" '"event":"technique","placement":"","playing":false' 30

xdotool key --window "$window" 1 # from behind, where the sciatic nerve's course shows
wait_for_log "$log" '"event":"view","name":"posterior"' 30
sleep 1
xdotool key --window "$window" c
wait_for_log "$log" '"event":"cautions","shown":true' 30
at=$(wait_for_hotspot "$log" "caution:caution_sciatic_course")
[ -n "$at" ] || fail "no label for the sciatic nerve's course"
screenshot "$OUT/technique_3_cautions.png"
read -r x y <<<"$at"
xdotool mousemove --window "$window" "$x" "$y" click 1
wait_for_log "$log" '"event":"caution_note","zone":"caution_sciatic_course"' 30
xdotool mousemove --window "$window" 5 850
settle
screenshot "$OUT/technique_4_note.png"
quit_app
echo "PASS: T played and stopped the technique; C showed the zones; the sciatic label opened its note"
