#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Glutea authors
# SPDX-License-Identifier: Apache-2.0
# selection_test.sh GLUTEA CHECK OUT_DIR STRUCTURE VIEW: renders the view with and without the
# structure selected, plus its silhouette and the affected parts' silhouette, and checks them.
set -euo pipefail
glutea=$1 check=$2 out=$3 structure=$4 view=$5
mkdir -p "$out"
args=(--view "$view" --size 640x480)
"$glutea" render "${args[@]}" -o "$out/$structure.plain.png" >/dev/null
"$glutea" render "${args[@]}" --select "$structure" -o "$out/$structure.selected.png" >/dev/null
"$glutea" render "${args[@]}" --mask "$structure" -o "$out/$structure.mask.png" >/dev/null
"$glutea" render "${args[@]}" --select "$structure" --mask affected \
    -o "$out/$structure.affected.png" >/dev/null
exec "$check" "$out/$structure.plain.png" "$out/$structure.selected.png" \
    "$out/$structure.mask.png" "$out/$structure.affected.png"
