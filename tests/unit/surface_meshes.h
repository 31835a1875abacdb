// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Synthetic surfaces with known geodesics, for the surface distance and zone field tests.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <utility>

#include <glm/glm.hpp>

#include "geometry/mesh.h"

namespace glutea::test {

// A flat square in the z = 0 plane, `n` x `n` cells of `size` metres in all, origin at a corner.
// Diagonals alternate so that the mesh has no preferred direction.
inline Mesh flatGrid(int n, float size) {
    Mesh mesh;
    for (int j = 0; j <= n; ++j) {
        for (int i = 0; i <= n; ++i) {
            mesh.positions.push_back(
                {size * float(i) / float(n), size * float(j) / float(n), 0.0f});
        }
    }
    auto id = [n](int i, int j) { return static_cast<std::uint32_t>(j * (n + 1) + i); };
    for (int j = 0; j < n; ++j) {
        for (int i = 0; i < n; ++i) {
            const auto a = id(i, j), b = id(i + 1, j), c = id(i + 1, j + 1), d = id(i, j + 1);
            if ((i + j) % 2 == 0) {
                mesh.indices.insert(mesh.indices.end(), {a, b, c, a, c, d});
            } else {
                mesh.indices.insert(mesh.indices.end(), {a, b, d, b, c, d});
            }
        }
    }
    mesh.computeNormals();
    return mesh;
}

// An open cylinder around the Y axis through (cx, 0, cz): `around` segments, `along` rings from
// y = 0 to y = height. Appends to `mesh`, so two cylinders make one mesh of two components.
inline void appendCylinder(Mesh& mesh, float cx, float cz, float radius, float height, int around,
                           int along) {
    const auto base = static_cast<std::uint32_t>(mesh.positions.size());
    for (int j = 0; j <= along; ++j) {
        for (int i = 0; i < around; ++i) {
            const float a = 2.0f * float(M_PI) * float(i) / float(around);
            mesh.positions.push_back({cx + radius * std::cos(a), height * float(j) / float(along),
                                      cz + radius * std::sin(a)});
        }
    }
    auto id = [&](int i, int j) {
        return base + static_cast<std::uint32_t>(j * around + (i % around));
    };
    for (int j = 0; j < along; ++j) {
        for (int i = 0; i < around; ++i) {
            const auto a = id(i, j), b = id(i + 1, j), c = id(i + 1, j + 1), d = id(i, j + 1);
            if ((i + j) % 2 == 0) {
                mesh.indices.insert(mesh.indices.end(), {a, c, b, a, d, c});
            } else {
                mesh.indices.insert(mesh.indices.end(), {a, d, b, b, d, c});
            }
        }
    }
}

inline Mesh cylinder(float radius, float height, int around, int along) {
    Mesh mesh;
    appendCylinder(mesh, 0.0f, 0.0f, radius, height, around, along);
    mesh.computeNormals();
    return mesh;
}

// Every triangle split in four at its edge midpoints: the same surface with twice the
// resolution (midpoints are shared between neighbouring triangles).
inline Mesh subdivided(const Mesh& in) {
    Mesh out;
    out.positions = in.positions;
    std::map<std::pair<std::uint32_t, std::uint32_t>, std::uint32_t> middle;
    auto mid = [&](std::uint32_t a, std::uint32_t b) {
        const auto key = std::minmax(a, b);
        auto it = middle.find(key);
        if (it != middle.end()) {
            return it->second;
        }
        out.positions.push_back(0.5f * (in.positions[a] + in.positions[b]));
        const auto v = static_cast<std::uint32_t>(out.positions.size() - 1);
        middle.emplace(key, v);
        return v;
    };
    for (std::size_t t = 0; t + 2 < in.indices.size(); t += 3) {
        const auto a = in.indices[t], b = in.indices[t + 1], c = in.indices[t + 2];
        const auto ab = mid(a, b), bc = mid(b, c), ca = mid(c, a);
        out.indices.insert(out.indices.end(), {a, ab, ca, ab, b, bc, ca, bc, c, ab, bc, ca});
    }
    out.computeNormals();
    return out;
}

// Shortest distance over the surface of a cylinder of radius r (around Y) between two points on
// it: unrolled, a straight line.
inline float cylinderGeodesic(const glm::vec3& p, const glm::vec3& q, float cx, float cz,
                              float radius) {
    const float a = std::atan2(p.z - cz, p.x - cx);
    const float b = std::atan2(q.z - cz, q.x - cx);
    float delta = std::abs(a - b);
    delta = std::min(delta, 2.0f * float(M_PI) - delta);
    const float arc = radius * delta;
    return std::sqrt(arc * arc + (p.y - q.y) * (p.y - q.y));
}

} // namespace glutea::test
