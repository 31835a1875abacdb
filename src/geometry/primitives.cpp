// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "geometry/primitives.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numbers>
#include <utility>

namespace glutea {
namespace {

constexpr float kTau = 2.0f * std::numbers::pi_v<float>;

std::uint32_t addVertex(Mesh& m, const glm::vec3& p, const glm::vec3& n) {
    m.positions.push_back(p);
    m.normals.push_back(n);
    return static_cast<std::uint32_t>(m.positions.size() - 1);
}

void addTriangle(Mesh& m, std::uint32_t a, std::uint32_t b, std::uint32_t c) {
    m.indices.insert(m.indices.end(), {a, b, c});
}

// A flat fan facing `normal` at height z.
void addCap(Mesh& m, float z, float radius, float normalZ, int segments) {
    const glm::vec3 n(0.0f, 0.0f, normalZ);
    const std::uint32_t centre = addVertex(m, {0.0f, 0.0f, z}, n);
    const std::uint32_t first = static_cast<std::uint32_t>(m.positions.size());
    for (int i = 0; i < segments; ++i) {
        const float a = kTau * float(i) / float(segments);
        addVertex(m, {radius * std::cos(a), radius * std::sin(a), z}, n);
    }
    for (int i = 0; i < segments; ++i) {
        const std::uint32_t p = first + i, q = first + (i + 1) % segments;
        if (normalZ > 0.0f) {
            addTriangle(m, centre, p, q);
        } else {
            addTriangle(m, centre, q, p);
        }
    }
}

// The side of a tube from (r0, z0) to (r1, z1), outward normals.
void addSide(Mesh& m, float r0, float z0, float r1, float z1, int segments) {
    const std::uint32_t first = static_cast<std::uint32_t>(m.positions.size());
    const glm::vec2 slope = glm::normalize(glm::vec2(z1 - z0, r0 - r1)); // (radial, axial)
    for (int i = 0; i <= segments; ++i) {
        const float a = kTau * float(i) / float(segments);
        const glm::vec3 radial(std::cos(a), std::sin(a), 0.0f);
        const glm::vec3 n = glm::normalize(radial * slope.x + glm::vec3(0, 0, slope.y));
        addVertex(m, radial * r0 + glm::vec3(0, 0, z0), n);
        addVertex(m, radial * r1 + glm::vec3(0, 0, z1), n);
    }
    for (int i = 0; i < segments; ++i) {
        const std::uint32_t a = first + 2 * i, b = a + 1, c = a + 2, d = a + 3;
        addTriangle(m, a, c, b);
        addTriangle(m, b, c, d);
    }
}

} // namespace

Mesh unitSphere(int subdivisions) {
    Mesh m;
    const float t = (1.0f + std::sqrt(5.0f)) / 2.0f;
    std::vector<glm::vec3> v = {{-1, t, 0}, {1, t, 0}, {-1, -t, 0}, {1, -t, 0},
                                {0, -1, t}, {0, 1, t}, {0, -1, -t}, {0, 1, -t},
                                {t, 0, -1}, {t, 0, 1}, {-t, 0, -1}, {-t, 0, 1}};
    std::vector<std::uint32_t> f = {0, 11, 5, 0, 5,  1,  0,  1,  7,  0,  7, 10, 0, 10, 11,
                                    1, 5,  9, 5, 11, 4,  11, 10, 2,  10, 7, 6,  7, 1,  8,
                                    3, 9,  4, 3, 4,  2,  3,  2,  6,  3,  6, 8,  3, 8,  9,
                                    4, 9,  5, 2, 4,  11, 6,  2,  10, 8,  6, 7,  9, 8,  1};
    for (auto& p : v) {
        p = glm::normalize(p);
    }
    for (int s = 0; s < subdivisions; ++s) {
        std::map<std::pair<std::uint32_t, std::uint32_t>, std::uint32_t> mid;
        auto midpoint = [&](std::uint32_t a, std::uint32_t b) {
            const auto key = std::minmax(a, b);
            if (auto it = mid.find(key); it != mid.end()) {
                return it->second;
            }
            v.push_back(glm::normalize(v[a] + v[b]));
            const auto index = static_cast<std::uint32_t>(v.size() - 1);
            mid.emplace(key, index);
            return index;
        };
        std::vector<std::uint32_t> next;
        for (std::size_t i = 0; i < f.size(); i += 3) {
            const std::uint32_t a = f[i], b = f[i + 1], c = f[i + 2];
            const std::uint32_t ab = midpoint(a, b), bc = midpoint(b, c), ca = midpoint(c, a);
            next.insert(next.end(), {a, ab, ca, b, bc, ab, c, ca, bc, ab, bc, ca});
        }
        f = std::move(next);
    }
    m.positions = v;
    m.normals = v;
    m.indices = f;
    return m;
}

Mesh unitDisc(int segments) {
    Mesh m;
    addCap(m, 0.1f, 1.0f, 1.0f, segments);
    addCap(m, -0.1f, 1.0f, -1.0f, segments);
    addSide(m, 1.0f, -0.1f, 1.0f, 0.1f, segments);
    return m;
}

Mesh unitRing(float thickness, int segments) {
    Mesh m;
    const int around = 10;
    for (int i = 0; i <= segments; ++i) {
        const float a = kTau * float(i) / float(segments);
        const glm::vec3 radial(std::cos(a), std::sin(a), 0.0f);
        for (int j = 0; j <= around; ++j) {
            const float b = kTau * float(j) / float(around);
            const glm::vec3 n = radial * std::cos(b) + glm::vec3(0, 0, std::sin(b));
            addVertex(m, radial + thickness * n, n);
        }
    }
    for (int i = 0; i < segments; ++i) {
        for (int j = 0; j < around; ++j) {
            const std::uint32_t a = i * (around + 1) + j, b = a + 1;
            const std::uint32_t c = a + (around + 1), d = c + 1;
            addTriangle(m, a, c, b);
            addTriangle(m, b, c, d);
        }
    }
    return m;
}

Mesh unitCone(int segments) {
    Mesh m;
    addSide(m, 1.0f, 0.0f, 0.001f, 1.0f, segments);
    addCap(m, 0.0f, 1.0f, -1.0f, segments);
    return m;
}

Mesh unitCylinder(int segments) {
    Mesh m;
    addSide(m, 1.0f, -0.5f, 1.0f, 0.5f, segments);
    addCap(m, 0.5f, 1.0f, 1.0f, segments);
    addCap(m, -0.5f, 1.0f, -1.0f, segments);
    return m;
}

} // namespace glutea
