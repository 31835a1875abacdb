#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Glutea authors
# SPDX-License-Identifier: Apache-2.0
# A broken model: the window opens anyway, shows the error and keeps running until dismissed. The
# modal is looked for on screen, not only in the log: a focused ImGui window's title bar (the dark
# style's TitleBgActive, #294A7A) at least as wide as the modal's 420 px minimum, centred in the
# window, over a dimmed background; after Enter, neither.
GLUTEA=$1 DATA=$2 OUT=$3
source "$(dirname "$0")/lib.sh"
mkdir -p "$OUT"
log="$OUT/error.log"
fresh_config "$OUT/config" # the default theme: no high-contrast colours from a previous run
start_xvfb
start_app "$log" --atlas "$DATA/broken_model_atlas"
grep -q '"event":"error".*not_a_model.glb' "$log" || fail "no error event naming the file: $(cat "$log")"
settle
screenshot "$OUT/error_modal.png"
kill -0 "$app_pid" || fail "glutea should keep running after a load error"
title=41,74,122
read -r length row column < <(pixels run "$OUT/error_modal.png" "$title" 6 0 1400 0 860)
[ "$length" -ge 410 ] || fail "no modal title bar on screen (longest run of $title: $length px)"
centre=$((column + length / 2))
[ "$centre" -gt 660 ] && [ "$centre" -lt 740 ] && [ "$row" -gt 200 ] && [ "$row" -lt 660 ] ||
    fail "the modal's title bar is not centred: $length px from ($column, $row)"
# An empty part of the viewport, away from the modal: dimmed (here: lightened) while it shows.
dimmed=$(pixels mean "$OUT/error_modal.png" 330 80 120 120)

xdotool key --window "$window" Return
settle
screenshot "$OUT/error_dismissed.png"
read -r after _ < <(pixels run "$OUT/error_dismissed.png" "$title" 6 300 1040 100 800)
[ "$after" -lt 100 ] || fail "the modal is still on screen after Enter ($after px of title bar)"
plain=$(pixels mean "$OUT/error_dismissed.png" 330 80 120 120)
python3 -c "import sys; sys.exit(0 if abs($dimmed - $plain) > 15 else 1)" ||
    fail "the background was not dimmed behind the modal: brightness $dimmed, after $plain"
kill -0 "$app_pid" || fail "glutea should keep running after the error is dismissed"
quit_app
echo "PASS: the error modal showed ($length px title bar at row $row, background $dimmed against" \
    "$plain), Enter dismissed it, and the window kept running"
