#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Glutea authors
# SPDX-License-Identifier: Apache-2.0
# vhf_make_atlas_test.sh SOURCE_DIR OUT_DIR: examples/visible-human-denver/make-atlas, run on the
# reference files, reproduces the committed atlas.json and landmarks.json, and its sphere fits agree
# with the figures measured independently in ../shared/anatomy-reference/LANDMARKS.md (hip joint
# centres 196 mm apart, femoral head radii 23.6 and 22.5 mm). Exit 77 (skipped) without the files.
set -euo pipefail
src=$1 out=$2
ref="$src/../shared/anatomy-reference/visible-human-denver"
[ -f "$ref/VHF_Left_Cartilage_FemurHead_smooth.stl" ] || { echo "SKIP: no Visible Human files at $ref"; exit 77; }
fail() { echo "FAIL: $*"; exit 1; }
rm -rf "$out" && mkdir -p "$out"
"$src/examples/visible-human-denver/make-atlas" "$ref" "$out" >"$out/make-atlas.txt"
line=$(head -n 1 "$out/make-atlas.txt")
echo "$line"
read -r width left right < <(sed -E 's/.*centres ([0-9.]+) mm apart; femoral head radii ([0-9.]+) \(left\), ([0-9.]+) \(right\).*/\1 \2 \3/' <<<"$line")
python3 - "$width" "$left" "$right" <<'PY' || fail "sphere fits differ from LANDMARKS.md"
import sys
w, l, r = map(float, sys.argv[1:])
ok = abs(w - 196) <= 1.0 and abs(l - 23.6) <= 0.2 and abs(r - 22.5) <= 0.2
print(("ok" if ok else "FAIL"), f"width {w} (196), radii {l} (23.6), {r} (22.5)")
sys.exit(0 if ok else 1)
PY
for f in atlas.json landmarks.json; do
    cmp -s "$out/$f" "$src/examples/visible-human-denver/$f" \
        || fail "$f differs from the committed one (rerun make-atlas and commit): $(diff "$out/$f" "$src/examples/visible-human-denver/$f" | head -5)"
done
echo "PASS: make-atlas reproduces the example"
