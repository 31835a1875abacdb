// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "meshgen/mesh_query.h"

#include <algorithm>
#include <limits>

namespace glutea::meshgen {
namespace {

// Closest point on triangle abc to p, by Voronoi regions of the vertices, edges and face.
glm::vec3 closestOnTriangle(glm::vec3 p, glm::vec3 a, glm::vec3 b, glm::vec3 c) {
    const glm::vec3 ab = b - a, ac = c - a, ap = p - a;
    const float d1 = glm::dot(ab, ap), d2 = glm::dot(ac, ap);
    if (d1 <= 0.0f && d2 <= 0.0f) {
        return a;
    }
    const glm::vec3 bp = p - b;
    const float d3 = glm::dot(ab, bp), d4 = glm::dot(ac, bp);
    if (d3 >= 0.0f && d4 <= d3) {
        return b;
    }
    const float vc = d1 * d4 - d3 * d2;
    if (vc <= 0.0f && d1 >= 0.0f && d3 <= 0.0f) {
        return a + ab * (d1 / (d1 - d3));
    }
    const glm::vec3 cp = p - c;
    const float d5 = glm::dot(ab, cp), d6 = glm::dot(ac, cp);
    if (d6 >= 0.0f && d5 <= d6) {
        return c;
    }
    const float vb = d5 * d2 - d1 * d6;
    if (vb <= 0.0f && d2 >= 0.0f && d6 <= 0.0f) {
        return a + ac * (d2 / (d2 - d6));
    }
    const float va = d3 * d6 - d5 * d4;
    if (va <= 0.0f && (d4 - d3) >= 0.0f && (d5 - d6) >= 0.0f) {
        return b + (c - b) * ((d4 - d3) / ((d4 - d3) + (d5 - d6)));
    }
    const float denom = 1.0f / (va + vb + vc);
    return a + ab * (vb * denom) + ac * (vc * denom);
}

float boxDistance2(const Box& b, glm::vec3 p) {
    const glm::vec3 d = glm::max(glm::max(b.lo - p, p - b.hi), glm::vec3(0.0f));
    return glm::dot(d, d);
}

bool rayBox(const Box& b, glm::vec3 o, glm::vec3 inv) {
    const glm::vec3 t0 = (b.lo - o) * inv, t1 = (b.hi - o) * inv;
    const glm::vec3 mn = glm::min(t0, t1), mx = glm::max(t0, t1);
    const float tn = std::max(std::max(mn.x, mn.y), std::max(mn.z, 0.0f));
    const float tf = std::min(std::min(mx.x, mx.y), mx.z);
    return tn <= tf;
}

} // namespace

MeshQuery::MeshQuery(const Mesh& mesh) : mesh_(mesh) {
    const uint32_t n = uint32_t(mesh.indices.size() / 3);
    tris_.resize(n);
    centroid_.resize(n);
    for (uint32_t t = 0; t < n; ++t) {
        tris_[t] = t;
        centroid_[t] =
            (mesh.positions[mesh.indices[3 * t]] + mesh.positions[mesh.indices[3 * t + 1]] +
             mesh.positions[mesh.indices[3 * t + 2]]) /
            3.0f;
    }
    nodes_.reserve(2 * n / 4 + 2);
    nodes_.push_back({});
    build(0, n);
}

uint32_t MeshQuery::build(uint32_t begin, uint32_t end) {
    const uint32_t self = uint32_t(nodes_.size() - 1);
    Box box{glm::vec3(std::numeric_limits<float>::max()),
            glm::vec3(std::numeric_limits<float>::lowest())};
    for (uint32_t i = begin; i < end; ++i) {
        for (int k = 0; k < 3; ++k) {
            const glm::vec3 p = mesh_.positions[mesh_.indices[3 * tris_[i] + k]];
            box.lo = glm::min(box.lo, p);
            box.hi = glm::max(box.hi, p);
        }
    }
    nodes_[self].box = box;
    if (end - begin <= 4) {
        nodes_[self].leaf = true;
        nodes_[self].left = begin;
        nodes_[self].right = end;
        return self;
    }
    const glm::vec3 ext = box.hi - box.lo;
    const int axis = ext.x > ext.y ? (ext.x > ext.z ? 0 : 2) : (ext.y > ext.z ? 1 : 2);
    const uint32_t mid = (begin + end) / 2;
    std::nth_element(
        tris_.begin() + begin, tris_.begin() + mid, tris_.begin() + end,
        [&](uint32_t a, uint32_t b) { return centroid_[a][axis] < centroid_[b][axis]; });
    nodes_.push_back({});
    const uint32_t l = build(begin, mid);
    nodes_.push_back({});
    const uint32_t r = build(mid, end);
    nodes_[self].left = l;
    nodes_[self].right = r;
    return self;
}

glm::vec3 MeshQuery::closestPoint(glm::vec3 p) const {
    float best = std::numeric_limits<float>::max();
    glm::vec3 bestPoint = p;
    std::vector<uint32_t> stack{0};
    while (!stack.empty()) {
        const Node& n = nodes_[stack.back()];
        stack.pop_back();
        if (boxDistance2(n.box, p) >= best) {
            continue;
        }
        if (n.leaf) {
            for (uint32_t i = n.left; i < n.right; ++i) {
                const uint32_t t = tris_[i];
                const glm::vec3 q = closestOnTriangle(p, mesh_.positions[mesh_.indices[3 * t]],
                                                      mesh_.positions[mesh_.indices[3 * t + 1]],
                                                      mesh_.positions[mesh_.indices[3 * t + 2]]);
                const float d2 = glm::dot(q - p, q - p);
                if (d2 < best) {
                    best = d2;
                    bestPoint = q;
                }
            }
            continue;
        }
        // Visit the nearer child last so it is popped first.
        const float dl = boxDistance2(nodes_[n.left].box, p),
                    dr = boxDistance2(nodes_[n.right].box, p);
        if (dl < dr) {
            stack.push_back(n.right);
            stack.push_back(n.left);
        } else {
            stack.push_back(n.left);
            stack.push_back(n.right);
        }
    }
    return bestPoint;
}

std::vector<float> MeshQuery::rayHits(glm::vec3 o, glm::vec3 dir) const {
    std::vector<float> hits;
    const glm::vec3 inv = 1.0f / dir;
    std::vector<uint32_t> stack{0};
    while (!stack.empty()) {
        const Node& n = nodes_[stack.back()];
        stack.pop_back();
        if (!rayBox(n.box, o, inv)) {
            continue;
        }
        if (!n.leaf) {
            stack.push_back(n.left);
            stack.push_back(n.right);
            continue;
        }
        for (uint32_t i = n.left; i < n.right; ++i) {
            const uint32_t t = tris_[i];
            const glm::vec3 a = mesh_.positions[mesh_.indices[3 * t]];
            const glm::vec3 e1 = mesh_.positions[mesh_.indices[3 * t + 1]] - a;
            const glm::vec3 e2 = mesh_.positions[mesh_.indices[3 * t + 2]] - a;
            const glm::vec3 pv = glm::cross(dir, e2);
            const float det = glm::dot(e1, pv);
            if (std::abs(det) < 1e-14f) {
                continue;
            }
            const float id = 1.0f / det;
            const glm::vec3 tv = o - a;
            const float u = glm::dot(tv, pv) * id;
            if (u < 0.0f || u > 1.0f) {
                continue;
            }
            const glm::vec3 qv = glm::cross(tv, e1);
            const float v = glm::dot(dir, qv) * id;
            if (v < 0.0f || u + v > 1.0f) {
                continue;
            }
            const float tt = glm::dot(e2, qv) * id;
            if (tt > 0.0f) {
                hits.push_back(tt);
            }
        }
    }
    std::sort(hits.begin(), hits.end());
    return hits;
}

bool MeshQuery::inside(glm::vec3 p) const {
    // An irrational-looking direction avoids grazing edges and vertices of lattice-aligned meshes.
    // Majority of three rays: a ray through a shared edge can count one crossing twice.
    const glm::vec3 dirs[3] = {glm::normalize(glm::vec3(0.5773f, 0.6123f, 0.5401f)),
                               glm::normalize(glm::vec3(-0.3187f, 0.2213f, -0.9211f)),
                               glm::normalize(glm::vec3(0.1459f, -0.9383f, 0.3137f))};
    int votes = 0;
    for (const auto& d : dirs) {
        votes += rayHits(p, d).size() % 2 == 1;
    }
    return votes >= 2;
}

} // namespace glutea::meshgen
