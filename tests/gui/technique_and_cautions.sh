#!/usr/bin/env bash
# The real window under Xvfb, therapist register: select the gluteus medius, T plays its first
# technique (the state log says so, and the picture moves while it plays), T again stops it; C
# shows the caution zones with labels, and clicking the sciatic nerve's label opens its note.
GLUTEA=$1 OUT=$2
source "$(dirname "$0")/lib.sh"
mkdir -p "$OUT"
log="$OUT/technique.log"
export GLUTEA_CONFIG_DIR="$OUT/config_therapist"
rm -rf "$GLUTEA_CONFIG_DIR"
mkdir -p "$GLUTEA_CONFIG_DIR"
echo '{"audience": "therapist"}' >"$GLUTEA_CONFIG_DIR/settings.json"
start_xvfb
start_app "$log" --view posterior
settle

hotspot() {
    grep '"event":"technique_hotspots"' "$log" | tail -n 1 | python3 -c "
import json, sys
p = json.load(sys.stdin)['points'].get('$1')
print(p and '%d %d' % tuple(p) or '')"
}

point=$(grep '"event":"visible_points"' "$log" | python3 -c "
import json, sys
p = json.load(sys.stdin)['points'].get('gluteus_medius_l')
print(p and '%d %d' % tuple(p) or '')")
[ -n "$point" ] || fail "the gluteus medius is not visible from behind"
read -r x y <<<"$point"
xdotool mousemove --window "$window" "$x" "$y" click 1
wait_for_log "$log" '"event":"select","nodes":"gluteus_medius_l"' 30
xdotool mousemove --window "$window" 5 850
sleep 1.5 # the camera eases to the best view

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
at=
for ((i = 0; i < 50; i++)); do
    sleep 0.2
    at=$(hotspot "caution:caution_sciatic_course")
    [ -n "$at" ] && break
done
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
