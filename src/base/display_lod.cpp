// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "base/display_lod.h"

#include <meshoptimizer.h>

namespace glutea {

std::vector<std::uint32_t> simplifiedTriangles(const float* xyz, std::size_t vertexCount,
                                               const std::vector<std::uint32_t>& indices,
                                               float ratio, float maxErrorMetres) {
    const std::size_t target = static_cast<std::size_t>(indices.size() * ratio) / 3 * 3;
    if (indices.size() < 3000 || target < 300 || vertexCount == 0) {
        return indices;
    }
    const float scale = meshopt_simplifyScale(xyz, vertexCount, 3 * sizeof(float));
    std::vector<std::uint32_t> result(indices.size());
    const std::size_t count =
        meshopt_simplify(result.data(), indices.data(), indices.size(), xyz, vertexCount,
                         3 * sizeof(float), target, maxErrorMetres / scale, 0, nullptr);
    result.resize(count);
    meshopt_optimizeVertexCache(result.data(), result.data(), result.size(), vertexCount);
    return result;
}

} // namespace glutea
