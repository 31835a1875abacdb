// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "geometry/level_of_detail.h"

#include <meshoptimizer.h>

namespace glutea {

std::vector<std::uint32_t> simplifiedIndices(const Mesh& mesh, float ratio, float maxErrorMetres) {
    const std::size_t target = static_cast<std::size_t>(mesh.indices.size() * ratio) / 3 * 3;
    if (mesh.indices.size() < 3000 || target < 300 || mesh.positions.empty()) {
        return mesh.indices;
    }
    const float scale =
        meshopt_simplifyScale(&mesh.positions[0].x, mesh.positions.size(), sizeof(glm::vec3));
    std::vector<std::uint32_t> result(mesh.indices.size());
    const std::size_t count = meshopt_simplify(
        result.data(), mesh.indices.data(), mesh.indices.size(), &mesh.positions[0].x,
        mesh.positions.size(), sizeof(glm::vec3), target, maxErrorMetres / scale, 0, nullptr);
    result.resize(count);
    meshopt_optimizeVertexCache(result.data(), result.data(), result.size(), mesh.positions.size());
    return result;
}

} // namespace glutea
