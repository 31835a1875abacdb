#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Glutea authors
# SPDX-License-Identifier: Apache-2.0
# Issue 13: the Display menu's Ctrl++ / Ctrl+- change the text size (saved in the settings), and
# do not zoom the camera; a settings path that is a folder gives a warning, and the window starts.
GLUTEA=$1 OUT=$2
source "$(dirname "$0")/lib.sh"
mkdir -p "$OUT"
start_xvfb

# settings.json is a folder: the window starts with the defaults and says why.
export GLUTEA_CONFIG_DIR="$OUT/config_folder"
rm -rf "$GLUTEA_CONFIG_DIR" && mkdir -p "$GLUTEA_CONFIG_DIR/settings.json"
log="$OUT/settings_folder.log"
start_app "$log"
grep '"event":"error"' "$log" | grep -q "settings.json: cannot read the settings: it is a folder" ||
    fail "no warning about the settings folder: $(grep '"event":"error"' "$log")"
quit_app

fresh_config "$OUT/config_keys"
log="$OUT/text_size.log"
start_app "$log"
settle
distance0=$(last_state "$log" distance)
scale_of() { grep '"event":"settings"' "$log" | tail -n 1 |
    python3 -c "import json,sys; print(round(json.load(sys.stdin)['text_scale'], 2))"; }
xdotool key --window "$window" ctrl+plus
wait_for_log "$log" '"event":"settings"' 10
settle
[ "$(scale_of)" = "1.2" ] || fail "Ctrl++ should make the text 1.2x, is $(scale_of)"
[ "$(last_state "$log" distance)" = "$distance0" ] || fail "Ctrl++ zoomed the camera"
saved=$(python3 -c "import json; print(round(json.load(open('$GLUTEA_CONFIG_DIR/settings.json'))['text_scale'], 2))")
[ "$saved" = "1.2" ] || fail "the text size was not saved: $saved"
xdotool key --window "$window" ctrl+minus
sleep 0.3
xdotool key --window "$window" ctrl+minus
settle
[ "$(scale_of)" = "0.8" ] || fail "Ctrl+- twice should give 0.8x, is $(scale_of)"
[ "$(last_state "$log" distance)" = "$distance0" ] || fail "Ctrl+- zoomed the camera"
# Without Ctrl the keys still zoom.
xdotool key --window "$window" minus
settle
[ "$(last_state "$log" distance)" != "$distance0" ] || fail "the - key alone should zoom out"
quit_app
echo "PASS: settings folder warned; Ctrl++ 1.2x, Ctrl+- 0.8x, camera unchanged; - alone zooms"
