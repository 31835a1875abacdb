#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Glutea authors
# SPDX-License-Identifier: Apache-2.0
# A broken model: the window opens anyway, shows the error and keeps running until dismissed.
GLUTEA=$1 DATA=$2 OUT=$3
source "$(dirname "$0")/lib.sh"
mkdir -p "$OUT"
log="$OUT/error.log"
start_xvfb
start_app "$log" --atlas "$DATA/broken_model_atlas"
grep -q '"event":"error".*not_a_model.glb' "$log" || fail "no error event naming the file: $(cat "$log")"
settle
screenshot "$OUT/error_modal.png"
kill -0 "$app_pid" || fail "glutea should keep running after a load error"
xdotool key --window "$window" Return
settle
quit_app
echo "PASS: the error was shown and the window kept running"
