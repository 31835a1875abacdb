#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Glutea authors
# SPDX-License-Identifier: Apache-2.0
# Chairside mode in the real window under Xvfb: F11 enters it full screen; a click on the body
# paints where it hurts; the clicker keys (Right, Page Down, Space) step through all six steps and
# Left steps back, each step in the state log; Enter on the last step writes the handout (a PDF
# that pdfinfo reads, when poppler is installed); Escape leaves.
GLUTEA=$1 OUT=$2
source "$(dirname "$0")/lib.sh"
mkdir -p "$OUT"
log="$OUT/chairside.log"
export GLUTEA_CONFIG_DIR="$OUT/chairside-config"
export HOME="$OUT/chairside-home" # the handout is written here
rm -rf "$HOME"; mkdir -p "$HOME"
start_xvfb
start_app "$log" --view posterior
settle
xdotool click 1 # focus
sleep 0.3

step_is() { wait_for_log "$log" "\"event\":\"chairside_step\",\"muscle\":\"[a-z_]*\",\"routine\":\"[a-z_]*\",\"step\":$1" 20; }

xdotool key --window "$window" F11
wait_for_log "$log" '"event":"chairside","on":true' 20
step_is 1
sleep 1.5 # full screen, and the pain maps are computed in the background
screenshot "$OUT/chairside_1.png"

# Paint on the body: the middle of the 3D view (the left 58 % of the full-screen window).
read -r width height < <(xdotool getwindowgeometry "$window" | awk '/Geometry/ {split($2, a, "x"); print a[1], a[2]}')
x=$((width * 29 / 100)); y=$((height * 45 / 100))
for ((i = 0; i < 40; i++)); do
    xdotool mousemove --window "$window" "$x" "$y" click 1
    if grep -q '"event":"pain_paint"' "$log"; then break; fi
    sleep 1 # the maps may still be computing
done
grep -q '"event":"pain_paint"' "$log" || fail "a click on the body did not paint: $(grep -v state "$log" | tail -n 3)"
xdotool mousemove --window "$window" 5 5
sleep 0.5

xdotool key --window "$window" Right
step_is 2
grep '"event":"chairside_step"' "$log" | tail -n 1 | grep -q '"muscle":"[a-z]' ||
    fail "step 2 names no muscle: $(grep chairside_step "$log" | tail -n 1)"
sleep 1
screenshot "$OUT/chairside_2.png"
xdotool key --window "$window" Page_Down
step_is 3
xdotool key --window "$window" space
step_is 4
sleep 0.5
screenshot "$OUT/chairside_4.png"
xdotool key --window "$window" Right
step_is 5
xdotool key --window "$window" Right
step_is 6
# newest_step_becomes N: the newest step line (after a key) shows step N within 10 s.
newest_step_becomes() {
    local i
    for ((i = 0; i < 100; i++)); do
        [ "$(grep -c '"event":"chairside_step"' "$log")" -gt "$before" ] &&
            grep '"event":"chairside_step"' "$log" | tail -n 1 | grep -q "\"step\":$1," && return 0
        sleep 0.1
    done
    fail "the newest step should be $1: $(grep chairside_step "$log" | tail -n 1)"
}
before=$(grep -c '"event":"chairside_step"' "$log")
xdotool key --window "$window" Left
newest_step_becomes 5
before=$(grep -c '"event":"chairside_step"' "$log")
xdotool key --window "$window" Right
newest_step_becomes 6
screenshot "$OUT/chairside_6.png"

xdotool key --window "$window" Return
wait_for_log "$log" '"event":"handout","file":"[^"]*","state":"writing"' 10
wait_for_log "$log" '"state":"written"' 120
[ -s "$HOME/glutea-handout.pdf" ] || fail "no handout at $HOME/glutea-handout.pdf"
if command -v pdfinfo >/dev/null; then
    pdfinfo "$HOME/glutea-handout.pdf" | grep -Eq '^Pages: +[12]$' || fail "the handout is not a 1-2 page PDF"
fi

xdotool key --window "$window" Escape
wait_for_log "$log" '"event":"chairside","on":false' 10
quit_app
echo "chairside: six steps, back and forth, handout written"
