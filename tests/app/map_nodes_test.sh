#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Glutea authors
# SPDX-License-Identifier: Apache-2.0
# map_nodes_test.sh SOURCE_DIR OUT_DIR: examples/map-nodes maps English part names (BodyParts3D's
# "Left gluteus maximus muscle", Z-Anatomy's "Sciatic nerve.r") to structure ids and sides, leaves
# out what is not a structure (a tendon) or lacks a side, and writes one model per mapped file; the
# result loads (glutea validate) when the files are there.
set -euo pipefail
src=$1 out=$2 glutea=${3:-}
fail() { echo "FAIL: $*"; exit 1; }
rm -rf "$out" && mkdir -p "$out/meshes"
cp "$src/examples/bodyparts3d/atlas.json" "$out/atlas.json"
printf 'FJ1\tLeft gluteus maximus muscle\nFJ2\tRight piriformis\nFJ3\tSacrum\nFJ4\tLeft tendon of piriformis\nFJ5\tPiriformis\nFJ6\tLong head of right biceps femoris\n' >"$out/names.tsv"
# A tiny tetrahedron per mapped part (OBJ, millimetres).
for id in FJ1 FJ2 FJ3 FJ6 FJ9; do
    printf 'v 0 0 0\nv 10 0 0\nv 0 10 0\nv 0 0 10\nf 1 3 2\nf 1 2 4\nf 1 4 3\nf 2 3 4\n' >"$out/meshes/$id.obj"
done
"$src/examples/map-nodes" "$out/atlas.json" "$out/names.tsv" --models-from "$out/meshes" 2>"$out/log.txt"
python3 - "$out/atlas.json" <<'PY' || fail "mapping"
import json, sys
a = json.load(open(sys.argv[1]))
expected = {"FJ1": ("gluteus_maximus", "left"), "FJ2": ("piriformis", "right"),
            "FJ3": ("sacrum", "none"), "FJ6": ("biceps_femoris_long_head", "right")}
got = {k: (v["structure"], v["side"]) for k, v in a["nodes"].items()}
assert got == expected, got
files = sorted(m["file"] for m in a["models"])
assert files == ["meshes/FJ1.obj", "meshes/FJ2.obj", "meshes/FJ3.obj", "meshes/FJ6.obj"], files
assert all(m["units"] == "mm" for m in a["models"]), a["models"]
PY
grep -q "2 names match no structure" "$out/log.txt" || fail "unmatched names not reported: $(cat "$out/log.txt")"
if [ -n "$glutea" ]; then
    "$glutea" validate --atlas "$out" >"$out/validate.txt" || fail "validate: $(cat "$out/validate.txt")"
    grep -q "atlas is valid" "$out/validate.txt" || fail "validate: $(cat "$out/validate.txt")"
fi
echo "PASS: names mapped, models listed"
