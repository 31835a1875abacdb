#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Glutea authors
# SPDX-License-Identifier: Apache-2.0
# --shader-dir loads shaders from disk: a copy renders like the built-in shaders, a broken one
# gives a clear error naming the file, and exit 1.
set -euo pipefail
glutea=$1 shaders=$2 out=$3
rm -rf "$out" && mkdir -p "$out/good" "$out/bad"
cp "$shaders"/* "$out/good/"
"$glutea" render -o "$out/builtin.png" --size 96x64 >/dev/null
"$glutea" render -o "$out/disk.png" --size 96x64 --shader-dir "$out/good" >/dev/null
cmp -s "$out/builtin.png" "$out/disk.png" || { echo "FAIL: disk shaders render differently"; exit 1; }
cp "$shaders"/* "$out/bad/"
echo "this is not GLSL" >>"$out/bad/mesh.frag"
if err=$("$glutea" render -o "$out/bad.png" --size 96x64 --shader-dir "$out/bad" 2>&1); then
    echo "FAIL: a broken shader should fail"; exit 1
fi
grep -q "mesh.frag: shader does not compile" <<<"$err" || { echo "FAIL: unclear error: $err"; exit 1; }
echo "PASS"
