// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "meshgen/polygonize.h"

#include <array>
#include <unordered_map>

namespace glutea::meshgen {
namespace {

// Cube corner c has offset (c & 1, (c >> 1) & 1, (c >> 2) & 1). Each tetrahedron walks from
// corner 0 to corner 7 along the three axes in one of the six orders.
constexpr std::array<std::array<int, 4>, 6> kTets = {{
    {0, 1, 3, 7},
    {0, 1, 5, 7},
    {0, 2, 3, 7},
    {0, 2, 6, 7},
    {0, 4, 5, 7},
    {0, 4, 6, 7},
}};

struct Builder {
    const Grid& g;
    Mesh mesh;
    std::unordered_map<uint64_t, uint32_t> edgeVertex;

    // Vertex on the lattice edge between samples ia and ib (every Kuhn edge is monotone, so the
    // smaller index plus the 3-bit offset names the edge uniquely).
    uint32_t vertex(size_t ia, glm::ivec3 ca, float va, size_t ib, glm::ivec3 cb, float vb) {
        if (ia > ib) {
            std::swap(ia, ib);
            std::swap(ca, cb);
            std::swap(va, vb);
        }
        const glm::ivec3 d = cb - ca;
        const uint64_t key = uint64_t(ia) * 8u + uint64_t(d.x + 2 * d.y + 4 * d.z);
        auto [it, fresh] = edgeVertex.try_emplace(key, uint32_t(mesh.positions.size()));
        if (fresh) {
            // Keep crossings off the lattice points so no triangle collapses to a sliver.
            const float t = std::clamp(va / (va - vb), 0.02f, 0.98f);
            const glm::vec3 pa = g.point(ca.x, ca.y, ca.z), pb = g.point(cb.x, cb.y, cb.z);
            mesh.positions.push_back(pa + (pb - pa) * t);
        }
        return it->second;
    }

    void triangle(uint32_t a, uint32_t b, uint32_t c, glm::vec3 towardOutside) {
        const glm::vec3 n = glm::cross(mesh.positions[b] - mesh.positions[a],
                                       mesh.positions[c] - mesh.positions[a]);
        if (glm::dot(n, towardOutside) < 0.0f) {
            std::swap(b, c);
        }
        mesh.indices.insert(mesh.indices.end(), {a, b, c});
    }
};

} // namespace

Mesh polygonize(const Grid& g, int iMin) {
    Builder b{g, {}, {}};
    b.edgeVertex.reserve(1 << 16);
    for (int k = 0; k + 1 < g.dims.z; ++k) {
        for (int j = 0; j + 1 < g.dims.y; ++j) {
            for (int i = iMin; i + 1 < g.dims.x; ++i) {
                std::array<glm::ivec3, 8> c;
                std::array<size_t, 8> idx;
                std::array<float, 8> v;
                int inside = 0;
                for (int n = 0; n < 8; ++n) {
                    c[n] = glm::ivec3(i + (n & 1), j + ((n >> 1) & 1), k + ((n >> 2) & 1));
                    idx[n] = g.index(c[n].x, c[n].y, c[n].z);
                    v[n] = g.values[idx[n]];
                    inside += v[n] < 0.0f;
                }
                if (inside == 0 || inside == 8) {
                    continue;
                }
                for (const auto& tet : kTets) {
                    std::array<int, 4> in{}, out{};
                    int ni = 0, no = 0;
                    for (int n : tet) {
                        (v[n] < 0.0f ? in[ni++] : out[no++]) = n;
                    }
                    if (ni == 0 || ni == 4) {
                        continue;
                    }
                    glm::vec3 ci(0.0f), co(0.0f);
                    for (int n = 0; n < ni; ++n) {
                        ci += glm::vec3(c[in[n]]);
                    }
                    for (int n = 0; n < no; ++n) {
                        co += glm::vec3(c[out[n]]);
                    }
                    const glm::vec3 dir = co / float(no) - ci / float(ni);
                    auto e = [&](int a, int bb) {
                        return b.vertex(idx[a], c[a], v[a], idx[bb], c[bb], v[bb]);
                    };
                    if (ni == 1) {
                        b.triangle(e(in[0], out[0]), e(in[0], out[1]), e(in[0], out[2]), dir);
                    } else if (ni == 3) {
                        b.triangle(e(in[0], out[0]), e(in[1], out[0]), e(in[2], out[0]), dir);
                    } else {
                        // Quad in cyclic order around the tetrahedron.
                        const uint32_t q0 = e(in[0], out[0]), q1 = e(in[0], out[1]);
                        const uint32_t q2 = e(in[1], out[1]), q3 = e(in[1], out[0]);
                        b.triangle(q0, q1, q2, dir);
                        b.triangle(q0, q2, q3, dir);
                    }
                }
            }
        }
    }
    return std::move(b.mesh);
}

} // namespace glutea::meshgen
