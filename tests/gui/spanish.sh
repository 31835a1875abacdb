#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Glutea authors
# SPDX-License-Identifier: Apache-2.0
# The real window under Xvfb in Spanish (issue 16): `--lang es` is remembered in the settings
# file; a Spanish-only search word of the content ("piramidal", a synonym of the piriformis in
# structures.json) and Enter select the piriformis; the screenshot shows its card in Spanish, and
# Ctrl+Shift+C copies it as Spanish text; a routine's step reads in Spanish in the technique panel.
GLUTEA=$1 OUT=$2
source "$(dirname "$0")/lib.sh"
mkdir -p "$OUT"
log="$OUT/spanish.log"
structures="$(dirname "$0")/../../assets/atlas/content/structures.json"
word=piramidal
python3 -c "
import json, sys
s = next(s for s in json.load(open(sys.argv[1]))['structures'] if s['id'] == 'piriformis')
sys.exit(0 if sys.argv[2] in s['synonyms']['es'] and sys.argv[2] not in s['synonyms']['en'] else 1)
" "$structures" "$word" || fail "'$word' is not a Spanish-only synonym of the piriformis"
fresh_config "$OUT/config"
start_xvfb
start_app "$log" --view posterior --lang es
settle
python3 -c "import json,sys; sys.exit(0 if json.load(open(sys.argv[1]))['language'] == 'es' else 1)" \
    "$GLUTEA_CONFIG_DIR/settings.json" || fail "--lang es was not remembered: $(cat "$GLUTEA_CONFIG_DIR/settings.json" 2>&1)"
xdotool key --window "$window" ctrl+f
sleep 1
xdotool type --window "$window" --delay 120 "$word"
wait_for_log "$log" "\"event\":\"search\",\"query\":\"$word\"" 30
xdotool keydown --window "$window" Return; sleep 0.2; xdotool keyup --window "$window" Return
wait_for_log "$log" '"event":"select","nodes":"piriformis_l"' 30
sleep 1.5
screenshot "$OUT/spanish_piriformis.png"
# Copy card as text (Ctrl+Shift+C) copies the card in Spanish: its Spanish name and heading.
xdotool key --window "$window" ctrl+shift+c
wait_for_log "$log" '"event":"card_copied"' 20
grep '"event":"card_copied"' "$log" | tail -n 1 | python3 -c "
import json, sys
text = json.load(sys.stdin)['text']
s = next(s for s in json.load(open(sys.argv[1]))['structures'] if s['id'] == 'piriformis')
es = json.load(open(sys.argv[2]))['strings']
missing = [w for w in (s['name']['es'], es['Left side']) if w not in text]
sys.exit('the copied card lacks ' + ', '.join(missing) + ': ' + text[:300] if missing else 0)
" "$structures" "$(dirname "$0")/../../assets/i18n/es.json" || fail "the copied card is not in Spanish"
# A routine's step in the technique panel: its lines (the state log's text) have the catalogue's
# labels, the technique's Spanish name and the side, and none of the English words around them.
click_hotspot "$log" routines_menu
sleep 0.5
click_hotspot "$log" "routine:upper_glute_tightness"
wait_for_log "$log" '"event":"routine","routine":"upper_glute_tightness","state":"red_flags"' 30
click_hotspot "$log" ack_red_flags
wait_for_log "$log" '"event":"routine","routine":"upper_glute_tightness","state":"paused"' 30
xdotool mousemove --window "$window" 5 850
xdotool key --window "$window" n
wait_for_log "$log" '"event":"routine","routine":"upper_glute_tightness","state":"paused","step":1' 30
sleep 1
screenshot "$OUT/spanish_routine_step1.png"
grep '"event":"routine"' "$log" | tail -n 1 | python3 -c "
import json, sys
text = json.load(sys.stdin)['text']
es = json.load(open(sys.argv[1]))['strings']
steps = next(r for r in json.load(open(sys.argv[2]))['routines'] if r['id'] == 'upper_glute_tightness')['steps']
placement = steps[0]['placement']  # step 0 is the warm-up
technique = next(t for t in json.load(open(sys.argv[3]))['techniques']
                 if any(p['id'] == placement for p in t.get('placements', [])))
wanted = [technique['name']['es']] + [es[k].split('%s')[0] for k in
          ('Position: %s', 'Tool: %s', 'Direction: %s', 'Pressure: %s', 'You should feel: %s')]
missing = [w for w in wanted if w not in text]
english = [w for w in ('Position:', 'Tool:', 'Direction:', 'Pressure:', 'You should feel:', 'left side', 'right side') if w in text]
sys.exit('step 1 lacks ' + repr(missing) + ', has English ' + repr(english) + ': ' + text if missing or english else 0)
" "$(dirname "$0")/../../assets/i18n/es.json" "$(dirname "$0")/../../assets/atlas/content/routines.json" \
    "$(dirname "$0")/../../assets/atlas/content/techniques.json" || fail "the routine's step is not in Spanish"
quit_app
echo "PASS: --lang es remembered; '$word' found the piriformis; card in $OUT/spanish_piriformis.png, copied in Spanish; a routine step reads in Spanish"
