// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "geometry/triangle_tree.h"

#include <algorithm>
#include <initializer_list>
#include <limits>

#include <glm/common.hpp>
#include <glm/geometric.hpp>
#include <glm/vec2.hpp>

#include "geometry/surface_distance.h"

namespace glutea {

// Ericson, Real-Time Collision Detection, 5.1.5: by the Voronoi regions of the triangle.
glm::vec3 closestOnTriangle(const glm::vec3& p, const glm::vec3& a, const glm::vec3& b,
                            const glm::vec3& c) {
    const glm::vec3 ab = b - a;
    const glm::vec3 ac = c - a;
    // Where p lies seen from each corner: its projections on ab and ac (pure arithmetic, so all
    // first; the tests below keep the book's order).
    auto along = [&](const glm::vec3& corner) {
        const glm::vec3 cp = p - corner;
        return glm::vec2(glm::dot(ab, cp), glm::dot(ac, cp));
    };
    const glm::vec2 fromA = along(a);
    const glm::vec2 fromB = along(b);
    const glm::vec2 fromC = along(c);
    const float d1 = fromA.x, d2 = fromA.y;
    const float d3 = fromB.x, d4 = fromB.y;
    const float d5 = fromC.x, d6 = fromC.y;
    if (d1 <= 0.0f && d2 <= 0.0f) {
        return a;
    }
    if (d3 >= 0.0f && d4 <= d3) {
        return b;
    }
    const float vc = d1 * d4 - d3 * d2;
    if (vc <= 0.0f && d1 >= 0.0f && d3 <= 0.0f) {
        return a + ab * (d1 / (d1 - d3));
    }
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

glm::vec3 barycentricOf(const glm::vec3& p, const glm::vec3& a, const glm::vec3& b,
                        const glm::vec3& c) {
    const glm::vec3 v0 = b - a;
    const glm::vec3 v1 = c - a;
    const glm::vec3 v2 = p - a;
    const float d00 = glm::dot(v0, v0);
    const float d01 = glm::dot(v0, v1);
    const float d11 = glm::dot(v1, v1);
    const float d20 = glm::dot(v2, v0);
    const float d21 = glm::dot(v2, v1);
    const float denom = d00 * d11 - d01 * d01;
    if (std::abs(denom) < 1e-30f) {
        return glm::vec3(1.0f, 0.0f, 0.0f);
    }
    glm::vec3 w;
    w.y = (d11 * d20 - d01 * d21) / denom;
    w.z = (d00 * d21 - d01 * d20) / denom;
    w.x = 1.0f - w.y - w.z;
    w = glm::max(w, glm::vec3(0.0f));
    const float sum = w.x + w.y + w.z;
    return sum > 0.0f ? w / sum : glm::vec3(1.0f, 0.0f, 0.0f);
}

namespace {

constexpr std::uint32_t kLeafSize = 4;

float boxDistance2(const glm::vec3& p, const glm::vec3& min, const glm::vec3& max) {
    const glm::vec3 d = glm::max(glm::max(min - p, p - max), glm::vec3(0.0f));
    return glm::dot(d, d);
}

} // namespace

void TriangleTree::build(const Mesh& mesh) {
    const std::size_t triangles = mesh.indices.size() / 3;
    nodes_.clear();
    order_.resize(triangles);
    if (triangles == 0) {
        return;
    }
    std::vector<glm::vec3> centre(triangles);
    std::vector<glm::vec3> lo(triangles);
    std::vector<glm::vec3> hi(triangles);
    for (std::size_t t = 0; t < triangles; ++t) {
        const glm::vec3& a = mesh.positions[mesh.indices[3 * t]];
        const glm::vec3& b = mesh.positions[mesh.indices[3 * t + 1]];
        const glm::vec3& c = mesh.positions[mesh.indices[3 * t + 2]];
        centre[t] = (a + b + c) / 3.0f;
        lo[t] = glm::min(a, glm::min(b, c));
        hi[t] = glm::max(a, glm::max(b, c));
        order_[t] = static_cast<std::uint32_t>(t);
    }
    nodes_.reserve(2 * triangles / kLeafSize + 2);
    nodes_.push_back({});
    struct Task {
        std::uint32_t node, first, count;
    };
    std::vector<Task> stack{{0, 0, static_cast<std::uint32_t>(triangles)}};
    while (!stack.empty()) {
        const Task task = stack.back();
        stack.pop_back();
        glm::vec3 bmin(std::numeric_limits<float>::max());
        glm::vec3 bmax(-std::numeric_limits<float>::max());
        glm::vec3 cmin = bmin;
        glm::vec3 cmax = bmax;
        for (std::uint32_t i = task.first; i < task.first + task.count; ++i) {
            bmin = glm::min(bmin, lo[order_[i]]);
            bmax = glm::max(bmax, hi[order_[i]]);
            cmin = glm::min(cmin, centre[order_[i]]);
            cmax = glm::max(cmax, centre[order_[i]]);
        }
        nodes_[task.node].min = bmin;
        nodes_[task.node].max = bmax;
        if (task.count <= kLeafSize) {
            nodes_[task.node].first = task.first;
            nodes_[task.node].count = task.count;
            continue;
        }
        // Median split along the centres' longest extent.
        const glm::vec3 extent = cmax - cmin;
        const int axis =
            extent.x > extent.y ? (extent.x > extent.z ? 0 : 2) : (extent.y > extent.z ? 1 : 2);
        const std::uint32_t half = task.count / 2;
        std::nth_element(
            order_.begin() + task.first, order_.begin() + task.first + half,
            order_.begin() + task.first + task.count,
            [&](std::uint32_t x, std::uint32_t y) { return centre[x][axis] < centre[y][axis]; });
        const auto left = static_cast<std::uint32_t>(nodes_.size());
        nodes_.push_back({});
        nodes_.push_back({});
        nodes_[task.node].first = left;
        nodes_[task.node].count = 0;
        stack.push_back({left, task.first, half});
        stack.push_back({left + 1, task.first + half, task.count - half});
    }
}

SurfacePoint TriangleTree::closest(const Mesh& mesh, const glm::vec3& p) const {
    SurfacePoint best{0, p};
    if (nodes_.empty()) {
        return best;
    }
    float bestDistance = std::numeric_limits<float>::max();
    struct Entry {
        std::uint32_t node;
        float distance;
    };
    auto entry = [&](std::uint32_t n) {
        return Entry{n, boxDistance2(p, nodes_[n].min, nodes_[n].max)};
    };
    Entry stack[64];
    int top = 0;
    stack[top++] = entry(0);
    while (top > 0) {
        const Entry e = stack[--top];
        if (e.distance >= bestDistance) {
            continue;
        }
        const Node& node = nodes_[e.node];
        if (node.count > 0) {
            for (std::uint32_t i = node.first; i < node.first + node.count; ++i) {
                const std::uint32_t t = order_[i];
                const glm::vec3 q = closestOnTriangle(p, mesh.positions[mesh.indices[3 * t]],
                                                      mesh.positions[mesh.indices[3 * t + 1]],
                                                      mesh.positions[mesh.indices[3 * t + 2]]);
                const float distance = glm::dot(q - p, q - p);
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = {t, q};
                }
            }
            continue;
        }
        // Nearer child last, so it is searched first.
        Entry a = entry(node.first);
        Entry b = entry(node.first + 1);
        if (a.distance < b.distance) {
            std::swap(a, b);
        }
        for (const Entry& child : {a, b}) {
            if (child.distance < bestDistance && top < 63) {
                stack[top++] = child;
            }
        }
    }
    return best;
}

} // namespace glutea
