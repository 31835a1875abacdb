// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "geometry/level_of_detail.h"

#include "base/display_lod.h"

namespace glutea {

std::vector<std::uint32_t> simplifiedIndices(const Mesh& mesh, float ratio, float maxErrorMetres) {
    if (mesh.positions.empty()) {
        return mesh.indices;
    }
    return simplifiedTriangles(&mesh.positions[0].x, mesh.positions.size(), mesh.indices, ratio,
                               maxErrorMetres);
}

} // namespace glutea
