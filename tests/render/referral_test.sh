#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Glutea authors
# SPDX-License-Identifier: Apache-2.0
# referral_test.sh GLUTEA CHECK OUT_DIR spread STRUCTURE VIEW COMPLETE_T
# referral_test.sh GLUTEA CHECK OUT_DIR band STRUCTURE VIEW COMPLETE_T
# Renders a structure's referred pain from the same camera at time 0 and once complete, then
#   spread: also with --reduced-motion (at time 1, mid-spread) and checks them together;
#   band:   also the structure's silhouette with the same options, for a neural pattern's band.
set -euo pipefail
glutea=$1 check=$2 out=$3 mode=$4 structure=$5 view=$6 complete=$7
mkdir -p "$out"
name="referral_${mode}_$structure"
args=(--view "$view" --size 640x480 --select "$structure" --show referral)
"$glutea" render "${args[@]}" --time 0 -o "$out/$name.start.png" >/dev/null
"$glutea" render "${args[@]}" --time "$complete" -o "$out/$name.complete.png" >/dev/null
if [ "$mode" = spread ]; then
    "$glutea" render "${args[@]}" --time 1 --reduced-motion -o "$out/$name.still.png" >/dev/null
    exec "$check" spread "$out/$name.start.png" "$out/$name.complete.png" "$out/$name.still.png"
fi
"$glutea" render "${args[@]}" --time "$complete" --mask "$structure" -o "$out/$name.mask.png" \
    >/dev/null
exec "$check" band "$out/$name.start.png" "$out/$name.complete.png" "$out/$name.mask.png"
