#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Glutea authors
# SPDX-License-Identifier: Apache-2.0
# `cmake --install` puts the binary and the atlas under a prefix, and the installed binary finds
# its atlas there (not in the source tree), from any working directory.
set -euo pipefail
build=$1 out=$2
rm -rf "$out" && mkdir -p "$out"
cmake --install "$build" --prefix "$out/prefix" >/dev/null
cd "$out"
unset GLUTEA_ATLAS
json=$("$out/prefix/bin/glutea" inspect --json)
dir=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["atlas_dir"])' <<<"$json")
case "$dir" in
"$out/prefix/share/glutea/atlas") ;;
*) echo "FAIL: the installed binary used the atlas at $dir"; exit 1 ;;
esac
[ -f "$out/prefix/share/glutea/shaders/mesh.frag" ] || { echo "FAIL: shaders not installed"; exit 1; }
[ -f "$out/prefix/share/glutea/i18n/es.json" ] || { echo "FAIL: the Spanish UI catalogue not installed"; exit 1; }
"$out/prefix/bin/glutea" render -o "$out/installed.png" --size 64x48 >/dev/null
echo "PASS: installed binary uses $dir"
