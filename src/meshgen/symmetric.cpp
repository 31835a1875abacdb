// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "meshgen/symmetric.h"

#include "base/error.h"
#include "meshgen/polygonize.h"
#include "meshgen/postprocess.h"

#include <meshoptimizer.h>

#include <cmath>

namespace glutea::meshgen {
namespace {

// The half plus its reflection. Vertices lying on x = 0 (exactly) are shared by both halves, so
// the seam is welded; the reflected triangles are rewound to stay outward-facing.
Mesh completeByReflection(const std::vector<glm::vec3>& positions,
                          const std::vector<uint32_t>& half) {
    Mesh full;
    full.positions = positions;
    std::vector<uint32_t> mirror(positions.size());
    for (size_t v = 0; v < positions.size(); ++v) {
        if (positions[v].x == 0.0f) {
            mirror[v] = uint32_t(v);
            continue;
        }
        mirror[v] = uint32_t(full.positions.size());
        full.positions.push_back({-positions[v].x, positions[v].y, positions[v].z});
    }
    full.indices = half;
    for (size_t t = 0; t + 2 < half.size(); t += 3) {
        full.indices.insert(full.indices.end(),
                            {mirror[half[t]], mirror[half[t + 2]], mirror[half[t + 1]]});
    }
    return full;
}

} // namespace

Mesh meshSymmetric(const Grid& grid, size_t targetTriangles, int smoothIterations) {
    const int i0 = int(std::lround(-grid.origin.x / grid.step));
    if (i0 <= 0 || 2 * i0 != grid.dims.x - 1) {
        throw Error("meshgen: lattice of an unpaired structure is not symmetric about x = 0");
    }
    Mesh half = polygonize(grid, i0);
    const float plane = grid.origin.x + float(i0) * grid.step; // ~0 up to rounding
    for (auto& p : half.positions) {
        if (std::abs(p.x - plane) < grid.step * 1e-3f) {
            p.x = 0.0f;
        }
    }
    const size_t n = half.positions.size();

    // Smooth the whole surface (so the seam is smoothed like the rest), then copy the half's
    // result back over both halves so that rounding cannot break the symmetry.
    Mesh full = completeByReflection(half.positions, half.indices);
    taubinSmooth(full, smoothIterations);
    std::vector<glm::vec3> positions(full.positions.begin(), full.positions.begin() + long(n));
    for (size_t v = 0; v < n; ++v) {
        if (half.positions[v].x == 0.0f) {
            positions[v].x = 0.0f;
        }
    }

    // Decimate the half with its seam locked, in stages, keeping the last stage whose completed
    // mesh is still a closed 2-manifold (as decimate() does for paired structures).
    std::vector<uint32_t> current = half.indices;
    const size_t halfTarget = targetTriangles / 2;
    size_t target = current.size() / 3;
    int failures = 0;
    while (target > halfTarget && failures < 6) {
        const size_t next = std::max(halfTarget, target * 2 / 3);
        const size_t aim = next + next * size_t(failures) / 40;
        std::vector<uint32_t> out(current.size());
        float err = 0.0f;
        const size_t count =
            meshopt_simplify(out.data(), current.data(), current.size(), &positions[0].x, n,
                             sizeof(glm::vec3), aim * 3, 0.05f, meshopt_SimplifyLockBorder, &err);
        out.resize(count);
        Mesh probe = completeByReflection(positions, out);
        dropDegenerate(probe);
        if (!isClosedManifold(probe)) {
            ++failures;
            continue;
        }
        current.swap(out);
        target = std::min(next, current.size() / 3);
    }
    liftSlivers(positions, current);
    Mesh result = completeByReflection(positions, current);
    compactAndNormals(result);
    return result;
}

} // namespace glutea::meshgen
