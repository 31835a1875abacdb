// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "meshgen/grid.h"

#include <cmath>

#include "base/parallel_for.h"

namespace glutea::meshgen {

float Grid::sample(glm::vec3 p, float outside) const {
    const glm::vec3 g = (p - origin) / step;
    if (g.x < 0.0f || g.y < 0.0f || g.z < 0.0f || g.x > float(dims.x - 1) ||
        g.y > float(dims.y - 1) || g.z > float(dims.z - 1)) {
        return outside;
    }
    const int i = std::min(int(g.x), dims.x - 2), j = std::min(int(g.y), dims.y - 2),
              k = std::min(int(g.z), dims.z - 2);
    const float fx = g.x - float(i), fy = g.y - float(j), fz = g.z - float(k);
    auto v = [&](int a, int b, int c) { return values[index(i + a, j + b, k + c)]; };
    const float x00 = v(0, 0, 0) + (v(1, 0, 0) - v(0, 0, 0)) * fx;
    const float x10 = v(0, 1, 0) + (v(1, 1, 0) - v(0, 1, 0)) * fx;
    const float x01 = v(0, 0, 1) + (v(1, 0, 1) - v(0, 0, 1)) * fx;
    const float x11 = v(0, 1, 1) + (v(1, 1, 1) - v(0, 1, 1)) * fx;
    const float y0 = x00 + (x10 - x00) * fy, y1 = x01 + (x11 - x01) * fy;
    return y0 + (y1 - y0) * fz;
}

Grid sampleField(const Field& field, Box box, float step) {
    Grid g;
    g.step = step;
    // Snap the lattice to multiples of the step so that a mirrored box gives mirrored samples.
    const glm::vec3 lo = glm::floor(box.lo / step - 2.0f) * step;
    const glm::vec3 hi = glm::ceil(box.hi / step + 2.0f) * step;
    g.origin = lo;
    g.dims = glm::ivec3(glm::round((hi - lo) / step)) + 1;
    g.values.resize(size_t(g.dims.x) * g.dims.y * g.dims.z);
    // One slice of the lattice per item: each writes only its own samples, so the result does not
    // depend on which thread ran it.
    parallelFor(std::size_t(g.dims.z), threadsUpTo(8), [&](std::size_t slice) {
        const int k = int(slice);
        for (int j = 0; j < g.dims.y; ++j) {
            for (int i = 0; i < g.dims.x; ++i) {
                g.values[g.index(i, j, k)] = field(g.point(i, j, k));
            }
        }
    });
    // Keep the lattice boundary outside so every surface is closed.
    for (int k = 0; k < g.dims.z; ++k) {
        for (int j = 0; j < g.dims.y; ++j) {
            for (int i = 0; i < g.dims.x; ++i) {
                if (i == 0 || j == 0 || k == 0 || i == g.dims.x - 1 || j == g.dims.y - 1 ||
                    k == g.dims.z - 1) {
                    g.values[g.index(i, j, k)] = std::max(g.values[g.index(i, j, k)], step);
                }
            }
        }
    }
    return g;
}

} // namespace glutea::meshgen
