#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Glutea authors
# SPDX-License-Identifier: Apache-2.0
# File > Open atlas (issue 16), with the keyboard only: an atlas folder put under
# $XDG_DATA_HOME/glutea/atlases is listed by its manifest's name; choosing it reopens the window on
# it (its parts, not the built-in model's) and it is remembered, so the next start opens it again.
# A folder that holds no atlas is refused with its reason and the open atlas stays. The atlas is
# put in the folder after the window has started: the dialog lists the folder afresh each time it
# opens. The atlas loads in the background: the state log says so before it has opened.
GLUTEA=$1 DATA=$2 OUT=$3
source "$(dirname "$0")/lib.sh"
mkdir -p "$OUT"
log="$OUT/open_atlas.log"
fresh_config "$OUT/config"
export XDG_DATA_HOME="$OUT/open_atlas_data"
rm -rf "$XDG_DATA_HOME"
mkdir -p "$XDG_DATA_HOME/glutea/atlases"
boxes="$XDG_DATA_HOME/glutea/atlases/boxes"
# What the window must show after the switch, computed from the test atlas itself.
parts=$(python3 -c "
import sys
print(sum(1 for line in open(sys.argv[1]) if line.startswith('o ')))" "$DATA/mini_atlas/boxes.obj")
export NO_MOUSE=1
start_xvfb
start_app "$log" --view posterior
count_before=$(grep -c '"event":"ready"' "$log")
cp -r "$DATA/mini_atlas" "$boxes" # while the window runs

# A folder without an atlas.json: refused, the window stays on the built-in model.
xdotool key --window "$window" ctrl+o
settle
screenshot "$OUT/open_atlas_dialog.png"
xdotool key --window "$window" ctrl+a
xdotool type --window "$window" --delay 30 "$OUT"
xdotool key --window "$window" Return
wait_for_log "$log" '"event":"error","message":"Cannot open the atlas' 20
kill -0 "$app_pid" || fail "glutea exited after a folder without an atlas"
wait_for_log "$log" '"panel":"Problem"' 20 # the error dialog has the keyboard
xdotool key --window "$window" Return    # dismiss it
for ((i = 0; i < 100; i++)); do
    grep '"event":"keyboard"' "$log" | tail -n 1 | grep -qv '"panel":"Problem"' && break
    sleep 0.1
done
grep '"event":"keyboard"' "$log" | tail -n 1 | grep -qv '"panel":"Problem"' || fail "Enter did not dismiss the error"

# The listed atlas: Tab leaves the box, Down goes to the list's first entry (the built-in model),
# Down again to the next.
xdotool key --window "$window" ctrl+o
settle
xdotool key --window "$window" Tab
settle
# Outside the box, letters are not the 3D view's shortcuts while the dialog is open (W: where does
# it hurt, L: labels).
xdotool key --window "$window" w
xdotool key --window "$window" l
settle
if grep -q '"event":"where_does_it_hurt"\|"event":"labels"' "$log"; then
    fail "keys reached the 3D view behind the dialog: $(grep '"event":"where_does_it_hurt"\|"event":"labels"' "$log")"
fi
xdotool key --window "$window" Down
settle
xdotool key --window "$window" Down
settle
xdotool key --window "$window" Return
wait_for_log "$log" '"event":"atlas_opened"' 20
python3 - "$log" <<'PY' || fail "the atlas did not load in the background (no atlas_loading before atlas_opened)"
import json, sys
events = [json.loads(line) for line in open(sys.argv[1]) if line.startswith('{')]
names = [e.get('event') for e in events]
opened = len(names) - 1 - names[::-1].index('atlas_opened')
loading = [i for i, e in enumerate(events[:opened]) if e.get('event') == 'atlas_loading'
           and e.get('dir', '').endswith('/atlases/boxes')]
sys.exit(0 if loading else 1)
PY
grep '"event":"atlas_opened"' "$log" | tail -n 1 | python3 -c "
import json, sys
e = json.load(sys.stdin)
sys.exit(0 if e['dir'].endswith('/atlases/boxes') and e['parts'] == int(sys.argv[1]) else
         'opened %s with %d parts, expected the boxes atlas with %s' % (e['dir'], e['parts'], sys.argv[1]))
" "$parts" || fail "the wrong atlas opened"
for ((i = 0; i < 100; i++)); do
    [ "$(grep -c '"event":"ready"' "$log")" -gt "$count_before" ] && break
    sleep 0.1
done
[ "$(grep -c '"event":"ready"' "$log")" -gt "$count_before" ] || fail "no new window after opening"
window=$(xdotool search --sync --name '^Glutea$' | head -n 1)
settle
screenshot "$OUT/open_atlas_boxes.png"
python3 -c "import json,sys; sys.exit(0 if json.load(open(sys.argv[1])).get('atlas', '').endswith('/atlases/boxes') else 1)" \
    "$GLUTEA_CONFIG_DIR/settings.json" || fail "the atlas was not remembered: $(cat "$GLUTEA_CONFIG_DIR/settings.json")"
quit_app

# The next start, without --atlas, opens the remembered atlas.
start_app "$log.2" --view posterior
grep '"event":"atlas"' "$log.2" | tail -n 1 | python3 -c "
import json, sys
e = json.load(sys.stdin)
sys.exit(0 if e['dir'].endswith('/atlases/boxes') and e['parts'] == int(sys.argv[1]) else
         'the next start opened %s (%d parts)' % (e['dir'], e['parts']))
" "$parts" || fail "the remembered atlas was not opened at the next start"
quit_app
echo "PASS: a folder without atlas.json refused; the listed atlas ($parts parts) opened from Ctrl+O and remembered"
