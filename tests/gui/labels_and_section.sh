#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Glutea authors
# SPDX-License-Identifier: Apache-2.0
# Labels and cross-sections in the real window: L draws leader labels (the log lists where each
# leader ends, and those points lie in the viewport), the picture changes, L again removes them;
# S cuts axially (the camera turns to look down on the cut), S again coronally, ] moves the plane,
# Alt+] and Alt+Shift+] tilt it 5 degrees each (about the view's up, then its right), and S turns
# the tilted section off and the picture returns to the uncut one.
GLUTEA=$1 OUT=$2
source "$(dirname "$0")/lib.sh"
mkdir -p "$OUT"
log="$OUT/labels.log"
fresh_config "$OUT/labels-config"
start_xvfb
start_app "$log" --view posterior
settle
screenshot "$OUT/labels_0_plain.png"

xdotool key --window "$window" l
wait_for_log "$log" '"event":"labels_shown"' 10
settle
screenshot "$OUT/labels_1_on.png"
shown=$(grep '"event":"labels_shown"' "$log" | tail -n 1 | python3 -c "
import json, sys
labels = json.load(sys.stdin)['labels']
inside = [k for k, (x, y) in labels.items() if 310 <= x <= 1040 and 25 <= y <= 830]
print(len(labels), len(inside), 'gluteus_maximus' in labels)")
read -r count inside maximus <<<"$shown"
[ "$count" -ge 5 ] || fail "only $count labels in the posterior view"
[ "$inside" -eq "$count" ] || fail "a leader ends outside the 3D viewport"
[ "$maximus" = "True" ] || fail "the gluteus maximus is not labelled from behind"
changed=$(pixels_differing "$(viewport_of "$OUT/labels_0_plain.png")" "$(viewport_of "$OUT/labels_1_on.png")")
[ "$changed" -gt 2000 ] || fail "labels changed only $changed pixels"
xdotool key --window "$window" l
wait_for_log "$log" '"event":"labels","latin":false,"on":false' 10

xdotool key --window "$window" s
wait_for_log "$log" '"event":"section","kind":"axial"' 10
wait_for_state "$log" pitch 89.0
settle
screenshot "$OUT/section_1_axial.png"
xdotool key --window "$window" s
wait_for_log "$log" '"kind":"coronal"' 10
wait_for_state "$log" yaw 180.0
xdotool key --window "$window" bracketright
for ((i = 0; i < 30; i++)); do
    [ "$(grep -c '"kind":"coronal"' "$log")" -ge 2 ] && break
    sleep 0.1
done
[ "$(grep -c '"kind":"coronal"' "$log")" -ge 2 ] || fail "] should move the plane"
settle
screenshot "$OUT/section_2_coronal.png"
# Alt+] tilts the plane without a mouse: 5 degrees about the view's up, so the normal keeps its
# height; Alt+Shift+] another 5 degrees about the view's right, which tips it up or down. The
# angles come from the logged normals.
normal() {
    grep '"event":"section"' "$log" | tail -n 1 |
        python3 -c "import json,sys; print(*json.load(sys.stdin)['normal'])"
}
frees() { grep -c '"kind":"free"' "$log" || true; }
flat=$(normal)
xdotool key --window "$window" alt+bracketright
wait_for_log "$log" '"kind":"free"' 10
turned=$(normal)
xdotool key --window "$window" alt+shift+bracketright
for ((i = 0; i < 30; i++)); do [ "$(frees)" -ge 2 ] && break; sleep 0.1; done
[ "$(frees)" -ge 2 ] || fail "Alt+Shift+] should tilt the plane"
tipped=$(normal)
tilts=$(python3 - "$flat" "$turned" "$tipped" <<'PY'
import math, sys
a, b, c = ([float(x) for x in s.split()] for s in sys.argv[1:])
angle = lambda u, v: math.degrees(math.acos(max(-1.0, min(1.0, sum(x * y for x, y in zip(u, v))))))
print("%.2f %.2f %.4f %.4f" % (angle(a, b), angle(b, c), abs(b[1] - a[1]), abs(c[1] - b[1])))
PY
)
read -r first second rise1 rise2 <<<"$tilts"
echo "tilts: $first and $second degrees; the normal's height changed by $rise1, then $rise2"
python3 -c "import sys; f, s, r1, r2 = map(float, sys.argv[1:]); sys.exit(not (4.5 < f < 5.5 and 4.5 < s < 5.5 and r1 < 0.005 and r2 > 0.05))" \
    "$first" "$second" "$rise1" "$rise2" || fail "Alt+] / Alt+Shift+] should tilt 5 degrees about up, then right: $tilts"
xdotool key --window "$window" s # a tilted plane's next is off
wait_for_log "$log" '"event":"section".*"on":false' 10
xdotool key --window "$window" 1
wait_for_state "$log" yaw 180.0
settle
screenshot "$OUT/section_3_off.png"
cut=$(pixels_differing "$(viewport_of "$OUT/labels_0_plain.png")" "$(viewport_of "$OUT/section_2_coronal.png")")
back=$(pixels_differing "$(viewport_of "$OUT/labels_0_plain.png")" "$(viewport_of "$OUT/section_3_off.png")")
[ "$cut" -gt 20000 ] || fail "the coronal cut changed only $cut pixels"
[ "$back" -lt 200 ] || fail "with the section off the view differs from the start in $back pixels"
quit_app
echo "PASS: $count labels; the cut changed $cut pixels; off again: $back pixels differ"
