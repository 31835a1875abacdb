#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Glutea authors
# SPDX-License-Identifier: Apache-2.0
# Chairside mode in the real window under Xvfb: F11 enters it full screen; a click on the body
# paints where it hurts; the clicker keys (Right, Page Down, Space) step through all six steps and
# Left steps back, each step in the state log; at every step the clinician picks another routine
# and (when the painted area matches more than one) another muscle from the panel's lists; step 4
# plays the routine on the body (routine events, N its next step); Enter on the last step writes
# the handout (a PDF that pdfinfo reads, when poppler is installed); Escape leaves.
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

# The chairside panel's buttons, where the state log says they are.
chairside_point() { logged_point "$log" chairside_hotspots "$1"; }
click_chairside() {
    local i at=
    for ((i = 0; i < 50; i++)); do
        at=$(chairside_point "$1")
        [ -n "$at" ] && break
        sleep 0.2
    done
    [ -n "$at" ] || fail "no chairside button $1: $(grep chairside_hotspots "$log" | tail -n 1)"
    local x y; read -r x y <<<"$at"
    xdotool mousemove --window "$window" "$x" "$y" click 1
}
last_subject() { # FIELD of the newest chairside step or pick
    grep -E '"event":"chairside_(step|pick)"' "$log" | tail -n 1 |
        python3 -c "import json,sys; print(json.load(sys.stdin)['$1'])"
}
picks() { grep -c '"event":"chairside_pick"' "$log" || true; }
# pick_at_step N: another routine from the Routine list, then (if offered) another muscle, each
# logged as a pick at step N, the story staying at step N.
pick_at_step() {
    local step=$1 current other before
    current=$(last_subject routine)
    click_chairside routine_menu
    sleep 0.6
    other=$(grep '"event":"chairside_hotspots"' "$log" | tail -n 1 | python3 -c "
import json, sys
p = json.load(sys.stdin)['points']
print(next((k[8:] for k in sorted(p) if k.startswith('routine:') and k[8:] != '$current'), ''))")
    [ -n "$other" ] || fail "step $step: the routine list offers no other routine than $current"
    click_chairside "routine:$other"
    wait_for_log "$log" "\"event\":\"chairside_pick\",\"muscle\":\"[a-z_]*\",\"routine\":\"$other\",\"side\":\"[a-z]*\",\"step\":$step" 20
    xdotool mousemove --window "$window" 5 5
    sleep 0.3
    click_chairside muscle_menu
    sleep 0.6
    if [ -n "$(chairside_point muscle:1)" ]; then
        before=$(picks)
        current=$(last_subject muscle)
        click_chairside muscle:1
        for ((i = 0; i < 100; i++)); do [ "$(picks)" -gt "$before" ] && break; sleep 0.1; done
        [ "$(picks)" -gt "$before" ] || fail "step $step: picking another muscle was not logged"
        grep '"event":"chairside_pick"' "$log" | tail -n 1 | grep -q "\"step\":$step}" ||
            fail "step $step: the muscle pick moved the story: $(grep chairside_pick "$log" | tail -n 1)"
        echo "step $step: muscle $current -> $(last_subject muscle) ($(last_subject side)), routine -> $other"
    else
        click_chairside muscle_menu # close the list: one muscle only
        echo "step $step: one muscle only; routine -> $other"
    fi
    xdotool mousemove --window "$window" 5 5
    sleep 0.3
}

step_is() { wait_for_log "$log" "\"event\":\"chairside_step\",\"muscle\":\"[a-z_]*\",\"routine\":\"[a-z_]*\",\"step\":$1" 20; }

xdotool key --window "$window" F11
wait_for_log "$log" '"event":"chairside","on":true' 20
step_is 1
sleep 1.5 # full screen, and the pain maps are computed in the background
screenshot "$OUT/chairside_1.png"

# Paint without a mouse: Enter paints at the cross in the 3D view's centre, Shift+Enter erases.
for ((i = 0; i < 40; i++)); do
    xdotool key --window "$window" Return
    if grep -q '"event":"pain_paint"' "$log"; then break; fi
    sleep 1 # the maps may still be computing
done
grep -q '"event":"pain_paint"' "$log" || fail "Enter at step 1 did not paint: $(grep -v state "$log" | tail -n 3)"
grep '"event":"chairside_step"' "$log" | tail -n 1 | grep -q '"step":1,' ||
    fail "Enter at step 1 moved the story: $(grep chairside_step "$log" | tail -n 1)"
xdotool key --window "$window" shift+Return
wait_for_log "$log" '"event":"pain_erase"' 10
echo "step 1: Enter painted at the cross, Shift+Enter erased"

# Paint on the body: the middle of the 3D view (the left 58 % of the full-screen window).
before_click=$(grep -c '"event":"pain_paint"' "$log")
read -r width height < <(xdotool getwindowgeometry "$window" | awk '/Geometry/ {split($2, a, "x"); print a[1], a[2]}')
x=$((width * 29 / 100)); y=$((height * 45 / 100))
for ((i = 0; i < 40; i++)); do
    xdotool mousemove --window "$window" "$x" "$y" click 1
    if [ "$(grep -c '"event":"pain_paint"' "$log")" -gt "$before_click" ]; then break; fi
    sleep 1
done
[ "$(grep -c '"event":"pain_paint"' "$log")" -gt "$before_click" ] ||
    fail "a click on the body did not paint: $(grep -v state "$log" | tail -n 3)"
xdotool mousemove --window "$window" 5 5
sleep 0.5
pick_at_step 1

xdotool key --window "$window" Right
step_is 2
grep '"event":"chairside_step"' "$log" | tail -n 1 | grep -q '"muscle":"[a-z]' ||
    fail "step 2 names no muscle: $(grep chairside_step "$log" | tail -n 1)"
sleep 1
screenshot "$OUT/chairside_2.png"
pick_at_step 2
xdotool key --window "$window" Page_Down
step_is 3
pick_at_step 3
xdotool key --window "$window" space
step_is 4

# Step 4 plays the routine on the body (the technique player's routine events): answer its
# screening questions No if it asks them, then it plays from the warm-up; N is its next step.
routine_state_is() {
    wait_for_log "$log" "\"event\":\"routine\",\"routine\":\"[a-z_]*\",\"state\":\"$1\",\"step\":$2" 30
}
wait_for_log "$log" '"event":"routine","routine":"[a-z_]*","state":"\(playing\|screening\)"' 30
if grep '"event":"routine"' "$log" | tail -n 1 | grep -q '"state":"screening"'; then
    click_chairside screen_no_0 # waits for the questions to be drawn
    for ((q = 1; q < 8; q++)); do
        sleep 1 # the next question scrolls into view
        [ -n "$(chairside_point "screen_no_$q")" ] || break
        click_chairside "screen_no_$q"
    done
fi
routine_state_is playing 0
sleep 0.5
screenshot "$OUT/chairside_4.png"
xdotool key --window "$window" n
routine_state_is playing 1
sleep 1
screenshot "$OUT/chairside_4_step1.png"
grep '"event":"chairside_step"' "$log" | tail -n 1 | grep -q '"step":4' ||
    fail "N moved the story off step 4"
pick_at_step 4
# The routine picked plays on the body.
routine=$(last_subject routine)
wait_for_log "$log" "\"event\":\"routine\",\"routine\":\"$routine\",\"state\":\"\(playing\|screening\)\"" 30
closed() { grep -c '"event":"routine","routine":"","state":"closed"' "$log" || true; }
before=$(closed)
xdotool key --window "$window" Right
step_is 5
# Leaving step 4 stops the routine.
for ((i = 0; i < 100; i++)); do [ "$(closed)" -gt "$before" ] && break; sleep 0.1; done
[ "$(closed)" -gt "$before" ] || fail "leaving step 4 did not stop the routine"
pick_at_step 5
xdotool key --window "$window" Right
step_is 6
pick_at_step 6
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
