#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Glutea authors
# SPDX-License-Identifier: Apache-2.0
# vhf_atlas_test.sh GLUTEA SELECTION_CHECK SOURCE_DIR OUT_DIR
# The Visible Human Female surfaces (../shared/anatomy-reference/visible-human-denver beside the
# source tree) through examples/visible-human-denver/atlas.json, set up as its README says (the
# manifest and landmarks in a folder, the STL files in meshes/): validate names what the atlas lacks
# and what that turns off; the frame is right (left is +X, the buttock muscles behind the hip
# centres); the posterior view with the piriformis selected shows it through the gluteus maximus and
# changes nothing else. Exit 77 (skipped) when the reference files are not there.
set -euo pipefail
glutea=$1 check=$2 src=$3 out=$4
ref="$src/../shared/anatomy-reference/visible-human-denver"
if [ ! -f "$ref/VHF_Left_Muscle_Piriformis_smooth.stl" ]; then
    echo "SKIP: no Visible Human files at $ref"
    exit 77
fi
fail() { echo "FAIL: $*"; exit 1; }
rm -rf "$out" && mkdir -p "$out/atlas"
cp "$src/examples/visible-human-denver/atlas.json" "$src/examples/visible-human-denver/landmarks.json" \
    "$out/atlas/"
ln -s "$(cd "$ref" && pwd)" "$out/atlas/meshes"
export GLUTEA_ATLAS="$out/atlas"
# The meshes folder is a link to the reference data outside the atlas folder: allowed by flag.
real_glutea=$glutea
glutea="$out/glutea-outside"
printf '#!/bin/sh\nexec "%s" --allow-outside-atlas "$@"\n' "$real_glutea" >"$glutea"
chmod +x "$glutea"

"$glutea" validate >"$out/validate.txt" || fail "validate failed: $(cat "$out/validate.txt")"
for text in "atlas is valid" "no skin: referral maps off" "no sciatic_nerve" \
    "lacks structures of docs/CONVENTIONS.md: " "hip_bone" "lacks landmarks of docs/CONVENTIONS.md: "; do
    grep -qF -- "$text" "$out/validate.txt" || fail "validate does not say \"$text\": $(cat "$out/validate.txt")"
done
lacks=$(grep -F "lacks structures" "$out/validate.txt")
for present in piriformis gluteus_maximus sacrum; do
    if grep -qE "[ ,]$present(,|$)" <<<"$lacks"; then fail "validate says $present is missing: $lacks"; fi
done

# The frame, from the structures' centroids (metres, atlas frame).
"$glutea" inspect --json >"$out/inspect.json"
python3 - "$out/inspect.json" <<'PY' || fail "frame check"
import json, sys
rows = json.load(open(sys.argv[1]))["structures"]
c = {r["node"]: r["centroid"] for r in rows}
hl, hr = c["VHF_Left_Cartilage_FemurHead_smooth"], c["VHF_Right_Cartilage_FemurHead_smooth"]
pl, gl = c["VHF_Left_Muscle_Piriformis_smooth"], c["VHF_Left_Muscle_GluteusMaximus_smooth"]
ok = True
def expect(cond, what):
    global ok
    print(("ok   " if cond else "FAIL ") + what)
    ok &= cond
# The cartilage covers the head's upper inner part: its centroid lies within 2 cm of the fitted
# centres (+-0.098 m), medial of them, and near the origin's height.
expect(0.07 < hl[0] < 0.11 and -0.11 < hr[0] < -0.07, f"femoral heads either side of x = 0: {hl[0]:.3f}, {hr[0]:.3f}")
expect(abs(hl[1]) < 0.03 and abs(hl[2]) < 0.03, f"left femoral head near the origin's height and depth: {hl}")
expect(pl[0] > 0 and gl[0] > 0, "left muscles on +X (the subject's left)")
expect(pl[2] < -0.02 and gl[2] < pl[2], f"piriformis behind the hips, gluteus maximus behind it: {pl[2]:.3f}, {gl[2]:.3f}")
expect(pl[1] > hl[1], "piriformis above the hip centre")
sys.exit(0 if ok else 1)
PY

"$src/tests/render/selection_test.sh" "$glutea" "$check" "$out" piriformis_l posterior
echo "PASS: Visible Human atlas; pictures in $out"
