// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// Every mesh closed, 2-manifold, outward-facing, without degenerate triangles; left/right mirror;
// no interpenetration; everything under the skin.
#include "atlas_fixture.h"

#include <gtest/gtest.h>

#include <map>
#include <unordered_map>

using namespace glutea::meshgen;

namespace {

struct EdgeCount {
    int forward = 0, backward = 0;
};

} // namespace

TEST(MeshgenValidity, ClosedManifoldOutwardNonDegenerate) {
    for (const auto& s : test::atlas().structures) {
        const Mesh& m = s.mesh;
        ASSERT_GT(m.triangleCount(), 0u) << s.node;
        std::unordered_map<uint64_t, EdgeCount> edges;
        size_t degenerate = 0;
        std::vector<std::vector<uint32_t>> fan(m.positions.size());
        for (size_t t = 0; t < m.indices.size(); t += 3) {
            const uint32_t v[3] = {m.indices[t], m.indices[t + 1], m.indices[t + 2]};
            const glm::dvec3 a(m.positions[v[0]]), b(m.positions[v[1]]), c(m.positions[v[2]]);
            // 1e-12 m^2 = 1 square micrometre: anything smaller is a collapsed triangle.
            if (glm::length(glm::cross(b - a, c - a)) * 0.5 < 1e-12) {
                ++degenerate;
            }
            for (int e = 0; e < 3; ++e) {
                const uint32_t i = v[e], j = v[(e + 1) % 3];
                auto& ec = edges[i < j ? (uint64_t(i) << 32 | j) : (uint64_t(j) << 32 | i)];
                (i < j ? ec.forward : ec.backward)++;
                fan[i].push_back(j);
            }
        }
        size_t bad = 0;
        for (const auto& [k, ec] : edges) {
            if (ec.forward != 1 || ec.backward != 1) {
                ++bad; // open (1 use), non-manifold (>2) or inconsistently wound (same direction
            }
        }
        // twice)
        EXPECT_EQ(bad, 0u) << s.node << ": edges not shared by exactly two opposite half-edges";
        EXPECT_EQ(degenerate, 0u) << s.node;
        // Vertex manifoldness: the triangles around each vertex form a single fan (one cycle).
        size_t badVertices = 0;
        {
            std::vector<std::unordered_map<uint32_t, uint32_t>> next(m.positions.size());
            for (size_t t = 0; t < m.indices.size(); t += 3) {
                for (int e = 0; e < 3; ++e) {
                    next[m.indices[t + e]][m.indices[t + (e + 1) % 3]] = m.indices[t + (e + 2) % 3];
                }
            }
            for (size_t vtx = 0; vtx < next.size(); ++vtx) {
                if (next[vtx].empty()) {
                    continue;
                }
                uint32_t start = next[vtx].begin()->first, cur = start;
                size_t steps = 0;
                do {
                    auto it = next[vtx].find(cur);
                    if (it == next[vtx].end()) {
                        break;
                    }
                    cur = it->second;
                    ++steps;
                } while (cur != start && steps <= next[vtx].size());
                if (steps != next[vtx].size()) {
                    ++badVertices;
                }
            }
        }
        EXPECT_EQ(badVertices, 0u) << s.node << ": non-manifold vertices";
        EXPECT_GT(signedVolume(m), 0.0) << s.node << " faces inward";
        EXPECT_EQ(m.normals.size(), m.positions.size()) << s.node;
    }
}

TEST(MeshgenValidity, LeftAndRightMirrorWithin1mm) {
    for (const auto& s : test::atlas().structures) {
        std::string other;
        if (s.node.size() > 2 && s.node.substr(s.node.size() - 2) == "_l") {
            other = s.node.substr(0, s.node.size() - 2) + "_r";
        } else if (s.node.size() > 2 && s.node.substr(s.node.size() - 2) == "_r") {
            continue;
        } else {
            other = s.node; // unpaired: symmetric to itself
        }
        const MeshQuery& q = test::query(other);
        float worst = 0.0f;
        for (size_t i = 0; i < s.mesh.positions.size(); i += 7) {
            const glm::vec3 p = s.mesh.positions[i];
            worst = std::max(worst, q.distance(glm::vec3(-p.x, p.y, p.z)));
        }
        EXPECT_LE(worst, 0.001f) << s.node << " vs mirrored " << other;
    }
}

TEST(MeshgenValidity, NoInterpenetrationOver2mm) {
    const auto& all = test::atlas().structures;
    for (size_t a = 0; a < all.size(); ++a) {
        if (all[a].kind == "skin") {
            continue;
        }
        const Box ba = bounds(all[a].mesh);
        for (size_t b = 0; b < all.size(); ++b) {
            if (a == b || all[b].kind == "skin") {
                continue;
            }
            const MeshQuery& qb = test::query(all[b].node);
            const Box bb = qb.box();
            if (glm::any(glm::lessThan(ba.hi, bb.lo)) || glm::any(glm::greaterThan(ba.lo, bb.hi))) {
                continue;
            }
            float worst = 0.0f;
            for (const auto& p : all[a].mesh.positions) {
                if (glm::any(glm::lessThan(p, bb.lo)) || glm::any(glm::greaterThan(p, bb.hi))) {
                    continue;
                }
                if (qb.inside(p)) {
                    worst = std::max(worst, qb.distance(p));
                }
            }
            EXPECT_LE(worst, 0.002f) << all[a].node << " enters " << all[b].node;
        }
    }
}

TEST(MeshgenValidity, EverythingUnderTheSkin) {
    const MeshQuery& skin = test::query("skin");
    for (const auto& s : test::atlas().structures) {
        if (s.kind == "skin") {
            continue;
        }
        size_t outside = 0;
        for (size_t i = 0; i < s.mesh.positions.size(); i += 5) {
            outside += !skin.inside(s.mesh.positions[i]);
        }
        EXPECT_EQ(outside, 0u) << s.node << " pokes through the skin";
    }
}

// No crumbs: every piece of a structure apart from its largest is at least 7 mm across (no specks)
// and lies outside the largest (no bubbles under the surface); the skin is one surface, so that a
// landmark's nearest skin point is always on the body's outside.
TEST(MeshgenValidity, NoSpecksAndNoBubbles) {
    for (const auto& s : test::atlas().structures) {
        const Mesh& m = s.mesh;
        std::vector<uint32_t> root(m.positions.size());
        for (uint32_t v = 0; v < root.size(); ++v) {
            root[v] = v;
        }
        auto find = [&](uint32_t v) {
            while (root[v] != v) {
                v = root[v] = root[root[v]];
            }
            return v;
        };
        for (size_t t = 0; t < m.indices.size(); t += 3) {
            for (int k = 1; k < 3; ++k) {
                root[find(m.indices[t + k])] = find(m.indices[t]);
            }
        }
        std::map<uint32_t, Mesh> pieces;
        for (size_t t = 0; t < m.indices.size(); t += 3) {
            Mesh& p = pieces[find(m.indices[t])];
            for (int k = 0; k < 3; ++k) {
                p.indices.push_back(uint32_t(p.positions.size()));
                p.positions.push_back(m.positions[m.indices[t + k]]);
            }
        }
        const Mesh* largest = nullptr;
        for (const auto& [id, p] : pieces) {
            if (!largest || p.indices.size() > largest->indices.size()) {
                largest = &p;
            }
        }
        if (s.node == "skin") {
            EXPECT_EQ(pieces.size(), 1u) << "the skin is not one surface";
        }
        const MeshQuery body(*largest);
        for (const auto& [id, p] : pieces) {
            if (&p == largest) {
                continue;
            }
            glm::vec3 lo(1e9f), hi(-1e9f);
            for (const auto& q : p.positions) {
                lo = glm::min(lo, q);
                hi = glm::max(hi, q);
            }
            EXPECT_GE(glm::length(hi - lo), 0.007f)
                << s.node << ": a speck at " << lo.x << ", " << lo.y << ", " << lo.z;
            EXPECT_FALSE(body.inside(p.positions.front()))
                << s.node << ": a bubble inside it at " << lo.x << ", " << lo.y << ", " << lo.z;
        }
    }
}
