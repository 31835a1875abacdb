#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Glutea authors
# SPDX-License-Identifier: Apache-2.0
# The real window under Xvfb in Spanish (issue 16): `--lang es` is remembered in the settings
# file; a Spanish-only search word of the content ("piramidal", a synonym of the piriformis in
# structures.json) and Enter select the piriformis; the screenshot shows its card in Spanish, and
# Ctrl+Shift+C copies it as Spanish text.
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
quit_app
echo "PASS: --lang es remembered; '$word' found the piriformis; card in $OUT/spanish_piriformis.png, copied in Spanish"
