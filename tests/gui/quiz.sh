#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Glutea authors
# SPDX-License-Identifier: Apache-2.0
# The quiz in the real window, keyboard only: Q opens a round; three questions answered with the
# number keys (right, right, wrong: the log says which choice is right, for the test only), Enter
# between them; the score shown in the log goes 1, 2, 2 and the streak 1, 2, 0; the panel changes on
# screen; progress.json is written (atomically, under XDG_DATA_HOME) with the three answers; a
# click question is skipped with Enter (the answer shown, the score unchanged). Escape closes.
GLUTEA=$1 OUT=$2
source "$(dirname "$0")/lib.sh"
mkdir -p "$OUT"
log="$OUT/quiz.log"
fresh_config "$OUT/quiz-config"
export XDG_DATA_HOME="$OUT/quiz-data"
rm -rf "$XDG_DATA_HOME"
start_xvfb
start_app "$log" --view posterior
settle
screenshot "$OUT/quiz_0_before.png"

xdotool key --window "$window" q
wait_for_log "$log" '"state":"started"' 10

# quiz_field STATE FIELD: the field of the newest quiz line with that state.
quiz_field() {
    grep '"event":"quiz"' "$log" | grep "\"state\":\"$1\"" | tail -n 1 |
        python3 -c "import json,sys; print(json.load(sys.stdin)['$2'])"
}
count() { grep -c "\"event\":\"quiz\".*\"state\":\"$1\"" "$log" || true; }

expected_score=0 streak=0 answered=0 n=0
while [ "$answered" -lt 3 ]; do
    n=$((n + 1))
    [ "$n" -le 10 ] || fail "fewer than three choice questions in a round"
    for ((i = 0; i < 50 && $(count question) < n; i++)); do sleep 0.1; done
    [ "$(count question)" -ge "$n" ] || fail "question $n was never shown"
    kind=$(quiz_field question kind)
    choices=$(quiz_field question choices)
    before=$(count answered)
    if [ "$choices" -eq 0 ]; then # a click or typed question: Enter shows the answer
        xdotool key --window "$window" Return
    else
        answer=$(quiz_field question answer)
        if [ "$answered" -lt 2 ]; then key=$((answer + 1)); else key=$(((answer + 1) % choices + 1)); fi
        [ "$answered" -eq 1 ] && { settle; screenshot "$OUT/quiz_1_question.png"; }
        xdotool key --window "$window" "$key"
    fi
    for ((i = 0; i < 50 && $(count answered) <= before; i++)); do sleep 0.1; done
    [ "$(count answered)" -gt "$before" ] || fail "question $n ($kind) was not answered by the keyboard"
    correct=$(quiz_field answered correct)
    if [ "$choices" -eq 0 ]; then
        [ "$correct" = "False" ] || fail "skipping should count as a mistake"
        streak=0
    else
        answered=$((answered + 1))
        if [ "$answered" -le 2 ]; then
            [ "$correct" = "True" ] || fail "the right choice ($key) was marked wrong ($kind)"
            expected_score=$((expected_score + 1)) streak=$((streak + 1))
        else
            [ "$correct" = "False" ] || fail "a wrong choice was marked right ($kind)"
            streak=0
        fi
    fi
    score=$(quiz_field answered score)
    [ "$score" -eq "$expected_score" ] || fail "score $score after question $n, expected $expected_score"
    [ "$(quiz_field answered streak)" -eq "$streak" ] || fail "streak should be $streak"
    [ "$answered" -eq 2 ] && [ "$choices" -ne 0 ] && { settle; screenshot "$OUT/quiz_2_answered.png"; }
    xdotool key --window "$window" Return # next question
done
settle
screenshot "$OUT/quiz_3_after.png"
changed=$(pixels_differing "$OUT/quiz_1_question.png" "$OUT/quiz_2_answered.png")
[ "$changed" -gt 300 ] || fail "answering changed only $changed pixels on screen"

progress="$XDG_DATA_HOME/glutea/progress.json"
[ -f "$progress" ] || fail "no $progress"
python3 - "$progress" "$n" <<'PY' || fail "progress.json does not hold the answers"
import json, sys
p = json.load(open(sys.argv[1]))
q = p["questions"]
assert sum(v["right"] for v in q.values()) == 2, q
assert sum(v["wrong"] for v in q.values()) == int(sys.argv[2]) - 2, q
assert p["to_revise"], p
PY
ls "$XDG_DATA_HOME/glutea" | grep -v '^progress.json$' && fail "a temporary file was left behind"

xdotool key --window "$window" Escape
wait_for_log "$log" '"state":"closed"' 10
quit_app
echo "PASS: $n questions, score $expected_score after three keyboard answers, progress saved"
