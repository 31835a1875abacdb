# SPDX-FileCopyrightText: 2026 The Glutea authors
# SPDX-License-Identifier: Apache-2.0
# Shared helpers for the GUI tests: a private Xvfb, the real glutea window, xdotool and screenshots.
# Each test sources this file; everything it starts is stopped on exit.
set -euo pipefail

fail() { echo "FAIL: $*" >&2; exit 1; }

pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
}
trap cleanup EXIT

# start_xvfb: a private X server on a free display; sets DISPLAY.
start_xvfb() {
    local fifo; fifo=$(mktemp -u); mkfifo "$fifo"
    Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$fifo" >/dev/null 2>&1 &
    pids+=($!)
    local number; read -r -t 20 number <"$fifo" || fail "Xvfb did not start"
    rm -f "$fifo"
    export DISPLAY=":$number"
}

# start_app LOG ARGS...: runs glutea with a state log and waits for its first frame.
start_app() {
    local log=$1; shift
    : >"$log"
    "$GLUTEA" --state-log "$log" --size 1400x860 "$@" >"$log.stderr" 2>&1 &
    app_pid=$!
    pids+=("$app_pid")
    wait_for_log "$log" '"event":"ready"' 60
    window=$(xdotool search --sync --name '^Glutea$' | head -n 1)
    [ -n "$window" ] || fail "no Glutea window"
    # Xvfb starts the pointer mid-screen, over the model: park it on the status line (unless the
    # test sends no mouse event at all: NO_MOUSE=1).
    [ -n "${NO_MOUSE:-}" ] || xdotool mousemove --window "$window" 5 850
}

# content_name ID: the structure's English name as structures.json writes it.
content_name() {
    python3 -c "import json,sys; print(next(s['name']['en'] for s in json.load(open(sys.argv[1]))['structures'] if s['id'] == sys.argv[2]))" \
        "$(dirname "${BASH_SOURCE[0]}")/../../assets/atlas/content/structures.json" "$1"
}

# wait_for_log LOG PATTERN SECONDS
wait_for_log() {
    local i
    for ((i = 0; i < $3 * 10; i++)); do
        grep -q -- "$2" "$1" 2>/dev/null && return 0
        kill -0 "$app_pid" 2>/dev/null || fail "glutea exited early: $(cat "$1.stderr")"
        sleep 0.1
    done
    fail "timed out waiting for $2 in $1; it holds: $(grep -v '"event":"state"' "$1" | cut -c1-300)"
}

# last_state LOG FIELD: the field of the newest "state" line.
last_state() {
    grep '"event":"state"' "$1" | tail -n 1 | python3 -c "import json,sys; print(json.load(sys.stdin)['$2'])"
}

# wait_for_state LOG FIELD VALUE: the newest state line reaches VALUE (camera moves take 0.6 s).
wait_for_state() {
    local i
    for ((i = 0; i < 50; i++)); do
        [ "$(last_state "$1" "$2")" = "$3" ] && return 0
        sleep 0.1
    done
    fail "$2 should become $3, is $(last_state "$1" "$2")"
}

# settle: let the window draw a few frames after input.
settle() { sleep 0.6; }

# quit_app: Ctrl+Q, and glutea must exit with status 0. (The window may be gone before xdotool
# sends the key release, which xdotool reports as an error: that is not the app's.)
quit_app() {
    xdotool key --window "$window" ctrl+q 2>/dev/null || true
    wait "$app_pid" || fail "glutea did not exit cleanly"
}

screenshot() { import -window "$window" "$1"; }

# viewport_of SHOT: the 3D viewport of a 1400x860 window screenshot (panels and status line cut off,
# since the frame-rate text changes between frames).
viewport_of() { convert "$1" -crop 700x780+310+30 +repage "${1%.png}.viewport.png"; echo "${1%.png}.viewport.png"; }

# pixels_differing A B: how many pixels differ by more than 3% between two screenshots.
pixels_differing() { compare -metric AE -fuzz 3% "$1" "$2" null: 2>&1 | cut -d' ' -f1 || true; }

# posterior_again LOG START SHOT: key 1 (the posterior preset, the view the window starts in),
# screenshot SHOT, and set $back to how many viewport pixels differ from the START screenshot.
posterior_again() {
    xdotool key --window "$window" 1
    wait_for_state "$1" yaw 180.0
    settle
    screenshot "$3"
    back=$(pixels_differing "$(viewport_of "$2")" "$(viewport_of "$3")")
}

# fresh_config DIR [AUDIENCE]: the window's settings folder, emptied (no settings from a previous
# run); with AUDIENCE, a settings.json that chooses that register.
fresh_config() {
    export GLUTEA_CONFIG_DIR=$1
    rm -rf "$GLUTEA_CONFIG_DIR"
    if [ -n "${2:-}" ]; then
        mkdir -p "$GLUTEA_CONFIG_DIR"
        echo "{\"audience\": \"$2\"}" >"$GLUTEA_CONFIG_DIR/settings.json"
    fi
}

# logged_point LOG EVENT NAME: "x y", the window position of NAME in the newest EVENT line's points
# (visible_points: structures; technique_hotspots: panel buttons), or nothing.
logged_point() {
    grep "\"event\":\"$2\"" "$1" | tail -n 1 | python3 -c "
import json, sys
p = json.load(sys.stdin)['points'].get('$3')
print(p and '%d %d' % tuple(p) or '')"
}

# wait_for_hotspot LOG NAME: prints the button's position once the state log has it (10 s at most;
# auto-sized windows settle over a few frames, and their buttons move meanwhile); nothing if never.
wait_for_hotspot() {
    local i at=
    for ((i = 0; i < 50; i++)); do
        sleep 0.2
        at=$(logged_point "$1" technique_hotspots "$2")
        [ -n "$at" ] && break
    done
    echo "$at"
}

# click_hotspot LOG NAME: clicks a panel button where the state log says it is.
click_hotspot() {
    sleep 0.5
    local at; at=$(wait_for_hotspot "$1" "$2")
    [ -n "$at" ] || fail "no button $2 in the state log"
    local x y; read -r x y <<<"$at"
    xdotool mousemove --window "$window" "$x" "$y" click 1
}

# click_structure LOG NODE: clicks where the structure's node shows (sets x and y to that pixel),
# waits for its selection, parks the pointer and lets the camera ease to the best view.
click_structure() {
    local at; at=$(logged_point "$1" visible_points "$2")
    [ -n "$at" ] || fail "$2 is not visible"
    read -r x y <<<"$at"
    xdotool mousemove --window "$window" "$x" "$y" click 1
    wait_for_log "$1" "\"event\":\"select\",\"nodes\":\"$2\"" 30
    xdotool mousemove --window "$window" 5 850
    sleep 1.5
}

# pixels ARGS...: tests/gui/pixels.py (pixel evidence from screenshots and renders).
pixels() { python3 "$(dirname "${BASH_SOURCE[0]}")/pixels.py" "$@"; }

# pixel_colour PNG X Y: "R,G,B" of one pixel.
pixel_colour() { convert "$1" -crop "1x1+$2+$3" -depth 8 rgb:- | od -An -tu1 | awk '{print $1","$2","$3}'; }

# count_in_log LOG PATTERN: how many lines match.
count_in_log() { grep -c -- "$2" "$1" 2>/dev/null || true; }

# wait_for_count LOG PATTERN N SECONDS: until N lines match.
wait_for_count() {
    local i
    for ((i = 0; i < $4 * 10; i++)); do
        [ "$(count_in_log "$1" "$2")" -ge "$3" ] && return 0
        sleep 0.1
    done
    fail "timed out waiting for $3 lines of $2 in $1"
}

# card_title_matches SHOT NAME: the info card's first line (the title, 17 px x 1.25 DejaVu Sans
# at the default text size) is as wide as NAME set in that font by ImageMagick, within 4%: the
# card shows that name, told apart from other names by their widths. The card is the panel right
# of the viewport; VIEWPORT_RIGHT and VIEWPORT_TOP come from the screenshot (see the callers).
card_title_matches() {
    local font=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
    local line100 top height left width
    # ImageMagick's pointsize is the em; ImGui's font size the line height: scale by the font's own.
    line100=$(convert -font "$font" -pointsize 100 label:"$2" -format %h info:)
    local expected
    expected=$(convert -font "$font" -pointsize "$(python3 -c "print(21.25 * 100 / $line100)")" \
        label:"$2" -trim -format %w info:)
    read -r top height left width < <(pixels firstline "$1" $((VIEWPORT_RIGHT + 2)) \
        $((VIEWPORT_TOP + 22)) 300 120 200)
    python3 -c "import sys; sys.exit(0 if abs($width - $expected) <= 0.04 * $expected else 1)" ||
        fail "the card's title is $width px wide at ($left, $top), '$2' would be $expected px"
    echo "card title: $width px wide, '$2' $expected px"
}
