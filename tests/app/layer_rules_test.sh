#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Glutea authors
# SPDX-License-Identifier: Apache-2.0
# The layer rules (cmake/LayerRules.cmake): the tree keeps them, and each kind of forbidden include
# planted in a scratch copy of src/ fails the check with the file, line and rule.
# Usage: layer_rules_test.sh SOURCE_DIR SCRATCH_DIR
set -euo pipefail
source_dir=$1
scratch=$2/layer_rules
rules="$source_dir/cmake/LayerRules.cmake"

cmake -D "SRC=$source_dir/src" -P "$rules" || { echo "FAIL: the tree breaks the layer rules"; exit 1; }

fresh_copy() {
    rm -rf "$scratch"
    mkdir -p "$scratch"
    local dir
    for dir in base geometry imaging anatomy import render report ui app; do
        mkdir -p "$scratch/src/$dir"
        cp "$source_dir/src/$dir"/*.h "$source_dir/src/$dir"/*.cpp "$scratch/src/$dir/" 2>/dev/null || true
    done
}

# plant LAYER INCLUDE EXPECTED: a new file in LAYER includes INCLUDE; the check must fail and name it.
plant() {
    local layer=$1 include=$2 expected=$3
    fresh_copy
    printf '// planted\n#pragma once\n#include %s\n' "$include" > "$scratch/src/$layer/planted.h"
    local out rc=0
    out=$(cmake -D "SRC=$scratch/src" -D "LAYER=$layer" -P "$rules" 2>&1) || rc=$?
    if [[ $rc -eq 0 ]]; then
        echo "FAIL: $layer/ including $include passed the check"; exit 1
    fi
    if ! grep -qF "src/$layer/planted.h:3: forbidden #include <${include:1:${#include}-2}>" <<<"$out" ||
       ! grep -qF "$expected" <<<"$out"; then
        echo "FAIL: $layer/ including $include: unexpected message:"; echo "$out"; exit 1
    fi
    echo "ok: $layer/ may not include $include"
}

plant geometry '<epoxy/gl.h>' 'only render and app may include it'
plant anatomy '<GL/gl.h>' 'only render and app may include it'
plant render '<GLFW/glfw3.h>' 'only app may include it'
plant render '<imgui.h>' 'only ui and app may include it'
plant anatomy '<imgui.h>' 'only ui and app may include it'
plant geometry '<imgui/imgui.h>' 'only ui and app may include it'
plant anatomy '<stb/stb_image.h>' 'only imaging may include it'
plant render '<meshoptimizer.h>' 'only base may include it'
plant ui '<epoxy/gl.h>' 'only render and app may include it'
plant anatomy '<assimp/scene.h>' 'only import may include it'
plant geometry '"anatomy/atlas.h"' 'geometry/ may include only base geometry'
plant anatomy '"render/renderer.h"' 'anatomy/ may include only base geometry anatomy'
plant render '"ui/panels.h"' 'render/ may include only'
plant ui '"render/renderer.h"' 'ui/ may include only'

# A layer's own and lower headers stay allowed in the copy.
fresh_copy
printf '#pragma once\n#include "geometry/mesh.h"\n#include <imgui.h>\n' > "$scratch/src/ui/planted.h"
cmake -D "SRC=$scratch/src" -D LAYER=ui -P "$rules" || { echo "FAIL: an allowed include was refused"; exit 1; }
echo "ok: allowed includes pass"
rm -rf "$scratch"
