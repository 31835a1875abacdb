// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "geometry/bvh.h"

#include <algorithm>
#include <cmath>

#include "base/parallel_for.h"
#include "geometry/bvh_build.h"

namespace glutea {

namespace {

using Node = Bvh::Node;
using bvh_detail::Box;
using bvh_detail::buildTree;
using bvh_detail::Item;

constexpr float kInf = std::numeric_limits<float>::infinity();
constexpr std::size_t kMaxBuildThreads = 8;
constexpr int kStackSize = 256;

glm::vec3 safeInverse(const glm::vec3& d) {
    // A zero component gives a huge but finite inverse: no 0 * inf = NaN in the slab test.
    glm::vec3 inv;
    for (int i = 0; i < 3; ++i) {
        const float c = std::abs(d[i]) < 1e-30f ? std::copysign(1e-30f, d[i]) : d[i];
        inv[i] = 1.0f / c;
    }
    return inv;
}

// A distance grown by a few ulps: a ray through a triangle's corner (the box's corner), or a hit a
// hair nearer than the best so far, must not lose its box to rounding (a robust slab test, as in
// PBRT 3, section 3.9). Costs a few extra box visits, never a missed triangle.
inline float widen(float t) {
    return t * (1.0f + 1e-6f);
}

// Entry distance of the ray into the node's box, or +inf when it misses within [0, tMax].
inline float slabEnter(const Node& n, const glm::vec3& origin, const glm::vec3& invDir,
                       float tMax) {
    const glm::vec3 t0 = (n.min - origin) * invDir;
    const glm::vec3 t1 = (n.max - origin) * invDir;
    const glm::vec3 lo = glm::min(t0, t1);
    const glm::vec3 hi = glm::max(t0, t1);
    const float enter = std::max(std::max(lo.x, lo.y), std::max(lo.z, 0.0f));
    const float exit = std::min(std::min(std::min(hi.x, hi.y), hi.z), tMax);
    return enter <= widen(exit) ? enter : std::numeric_limits<float>::infinity();
}

// Möller–Trumbore on a triangle given as v0 and edges; (t, u, v) when t in (0, tMax].
inline bool hitTriangle(const Ray& ray, const glm::vec3& v0, const glm::vec3& e1,
                        const glm::vec3& e2, float tMax, float& t, float& u, float& v) {
    const glm::vec3 p = glm::cross(ray.direction, e2);
    const float det = glm::dot(e1, p);
    if (std::abs(det) < 1e-20f) {
        return false; // parallel or degenerate
    }
    const float invDet = 1.0f / det;
    const glm::vec3 s = ray.origin - v0;
    u = glm::dot(s, p) * invDet;
    if (u < 0.0f || u > 1.0f) {
        return false;
    }
    const glm::vec3 q = glm::cross(s, e1);
    v = glm::dot(ray.direction, q) * invDet;
    if (v < 0.0f || u + v > 1.0f) {
        return false;
    }
    t = glm::dot(e2, q) * invDet;
    return t > 0.0f && t <= tMax;
}

} // namespace

void Bvh::build(std::span<const Mesh* const> meshes) {
    meshes_.assign(meshes.begin(), meshes.end());
    parts_.clear();
    nodes_.clear();
    triangles_.clear();
    triangleOf_.clear();

    // Parts are independent: build their trees on several threads, largest first, then lay them
    // out one after another in part order (the same layout whatever the thread count).
    struct Built {
        std::vector<Node> nodes;
        std::vector<Item> items;
    };
    std::vector<Built> built(meshes_.size());
    std::vector<std::size_t> byCost(meshes_.size());
    for (std::size_t i = 0; i < byCost.size(); ++i) {
        byCost[i] = i;
    }
    std::sort(byCost.begin(), byCost.end(), [&](std::size_t a, std::size_t b) {
        return meshes_[a]->triangleCount() > meshes_[b]->triangleCount();
    });
    parallelFor(byCost.size(), threadsUpTo(kMaxBuildThreads), [&](std::size_t k) {
        const Mesh& mesh = *meshes_[byCost[k]];
        Built& out = built[byCost[k]];
        out.items.resize(mesh.triangleCount());
        for (std::uint32_t i = 0; i < out.items.size(); ++i) {
            Box b;
            for (int v = 0; v < 3; ++v) {
                b.add(mesh.positions[mesh.indices[3 * i + v]]);
            }
            out.items[i] = {b, i};
        }
        if (!out.items.empty()) {
            out.nodes = buildTree(out.items);
        }
    });

    std::size_t totalNodes = 0, totalTriangles = 0;
    for (const Built& b : built) {
        totalNodes += b.nodes.size();
        totalTriangles += b.items.size();
    }
    nodes_.reserve(totalNodes);
    triangles_.reserve(totalTriangles);
    triangleOf_.reserve(totalTriangles);
    for (std::size_t p = 0; p < meshes_.size(); ++p) {
        const Mesh& mesh = *meshes_[p];
        PartTree tree;
        tree.firstNode = static_cast<std::uint32_t>(nodes_.size());
        tree.firstTriangle = static_cast<std::uint32_t>(triangles_.size());
        tree.triangleCount = static_cast<std::uint32_t>(built[p].items.size());
        for (Node n : built[p].nodes) {
            n.first += n.count > 0 ? tree.firstTriangle : tree.firstNode;
            nodes_.push_back(n);
        }
        for (const Item& item : built[p].items) {
            const std::uint32_t tri = item.index;
            const glm::vec3& a = mesh.positions[mesh.indices[3 * tri]];
            const glm::vec3& b = mesh.positions[mesh.indices[3 * tri + 1]];
            const glm::vec3& c = mesh.positions[mesh.indices[3 * tri + 2]];
            triangles_.push_back({a, b - a, c - a});
            triangleOf_.push_back(tri);
        }
        parts_.push_back(tree);
    }
    setEnabled({});
}

Bounds Bvh::partBounds(std::uint32_t part) const {
    Bounds b;
    if (part < parts_.size() && parts_[part].triangleCount > 0) {
        const Node& root = nodes_[parts_[part].firstNode];
        b.add(root.min);
        b.add(root.max);
    }
    return b;
}

std::string Bvh::validate() const {
    auto inside = [](const Node& outer, const glm::vec3& mn, const glm::vec3& mx) {
        // v0 + e1 rounds differently from the vertex it came from: allow a few ulps.
        const glm::vec3 slack(1e-6f);
        return glm::all(glm::lessThanEqual(outer.min - slack, mn)) &&
               glm::all(glm::lessThanEqual(mx, outer.max + slack));
    };
    std::vector<int> seen(triangles_.size(), 0);
    for (std::uint32_t p = 0; p < parts_.size(); ++p) {
        const PartTree& tree = parts_[p];
        if (tree.triangleCount == 0) {
            continue;
        }
        std::vector<std::uint32_t> stack{tree.firstNode};
        while (!stack.empty()) {
            const std::uint32_t index = stack.back();
            stack.pop_back();
            const Node& node = nodes_[index];
            const std::string where =
                "part " + std::to_string(p) + " node " + std::to_string(index);
            if (node.count == 0) {
                for (std::uint32_t c : {node.first, node.first + 1}) {
                    if (c >= nodes_.size() || !inside(node, nodes_[c].min, nodes_[c].max)) {
                        return where + ": child " + std::to_string(c) + " outside";
                    }
                    stack.push_back(c);
                }
                continue;
            }
            for (std::uint32_t i = node.first; i < node.first + node.count; ++i) {
                if (i < tree.firstTriangle || i >= tree.firstTriangle + tree.triangleCount) {
                    return where + ": triangle " + std::to_string(i) + " of another part";
                }
                const Triangle& t = triangles_[i];
                const glm::vec3 b = t.v0 + t.e1, c = t.v0 + t.e2;
                if (!inside(node, glm::min(t.v0, glm::min(b, c)), glm::max(t.v0, glm::max(b, c)))) {
                    return where + ": triangle " + std::to_string(i) + " outside its leaf";
                }
                ++seen[i];
            }
        }
    }
    for (std::size_t i = 0; i < seen.size(); ++i) {
        if (seen[i] != 1) {
            return "triangle " + std::to_string(i) + " in " + std::to_string(seen[i]) + " leaves";
        }
    }
    return {};
}

void Bvh::setEnabled(const std::vector<bool>& enabled) {
    enabled_.assign(parts_.size(), true);
    for (std::size_t i = 0; i < std::min(enabled.size(), parts_.size()); ++i) {
        enabled_[i] = enabled[i];
    }
    std::vector<Item> items;
    for (std::uint32_t p = 0; p < parts_.size(); ++p) {
        if (enabled_[p] && parts_[p].triangleCount > 0) {
            const Node& root = nodes_[parts_[p].firstNode];
            items.push_back({{root.min, root.max}, p});
        }
    }
    topNodes_.clear();
    topParts_.clear();
    if (items.empty()) {
        return;
    }
    topNodes_ = buildTree(items);
    for (const Item& item : items) {
        topParts_.push_back(item.index);
    }
}

template <class Visit>
void Bvh::traversePart(std::uint32_t part, const Ray& ray, const glm::vec3& invDir, float& tMax,
                       Visit&& visit) const {
    const PartTree& tree = parts_[part];
    struct Entry {
        std::uint32_t node;
        float enter;
    };
    Entry stack[kStackSize];
    int top = 0;
    const float rootEnter = slabEnter(nodes_[tree.firstNode], ray.origin, invDir, tMax);
    if (rootEnter == kInf) {
        return;
    }
    stack[top++] = {tree.firstNode, rootEnter};
    while (top > 0) {
        const Entry entry = stack[--top];
        if (entry.enter > widen(tMax)) {
            continue; // a nearer hit was found since it was pushed
        }
        const Node& node = nodes_[entry.node];
        if (node.count > 0) {
            for (std::uint32_t i = node.first; i < node.first + node.count; ++i) {
                const Triangle& tri = triangles_[i];
                float t, u, v;
                if (hitTriangle(ray, tri.v0, tri.e1, tri.e2, tMax, t, u, v)) {
                    visit(part, i, t, u, v);
                }
            }
            continue;
        }
        // Near child last on the stack, so it is visited first and shrinks tMax for the far one.
        const float a = slabEnter(nodes_[node.first], ray.origin, invDir, tMax);
        const float b = slabEnter(nodes_[node.first + 1], ray.origin, invDir, tMax);
        const bool aNear = a <= b;
        const float nearT = aNear ? a : b;
        const float farT = aNear ? b : a;
        if (farT != kInf) {
            stack[top++] = {aNear ? node.first + 1 : node.first, farT};
        }
        if (nearT != kInf) {
            stack[top++] = {aNear ? node.first : node.first + 1, nearT};
        }
    }
}

template <class Visit>
void Bvh::traverse(const Ray& ray, const PartFilter& filter, float& tMax, Visit&& visit) const {
    if (topNodes_.empty()) {
        return;
    }
    const glm::vec3 invDir = safeInverse(ray.direction);
    std::uint32_t stack[kStackSize];
    int top = 0;
    stack[top++] = 0;
    while (top > 0) {
        const Node& node = topNodes_[stack[--top]];
        if (slabEnter(node, ray.origin, invDir, tMax) == kInf) {
            continue; // re-tested on pop: tMax may have shrunk since it was pushed
        }
        if (node.count > 0) {
            for (std::uint32_t i = node.first; i < node.first + node.count; ++i) {
                const std::uint32_t part = topParts_[i];
                if (!filter || filter(part)) {
                    traversePart(part, ray, invDir, tMax, visit);
                }
            }
            continue;
        }
        const float a = slabEnter(topNodes_[node.first], ray.origin, invDir, tMax);
        const float b = slabEnter(topNodes_[node.first + 1], ray.origin, invDir, tMax);
        const bool aNear = a <= b;
        if ((aNear ? b : a) != kInf) {
            stack[top++] = aNear ? node.first + 1 : node.first;
        }
        if ((aNear ? a : b) != kInf) {
            stack[top++] = aNear ? node.first : node.first + 1;
        }
    }
}

RayHit Bvh::makeHit(std::uint32_t part, std::uint32_t item, const Ray& ray, float t, float u,
                    float v) const {
    const Triangle& tri = triangles_[item];
    RayHit hit;
    hit.part = part;
    hit.triangle = triangleOf_[item];
    hit.t = t;
    hit.point = ray.at(t);
    hit.barycentric = {u, v};
    glm::vec3 n = glm::cross(tri.e1, tri.e2);
    const float len = glm::length(n);
    n = len > 0.0f ? n / len : -ray.direction;
    hit.normal = glm::dot(n, ray.direction) > 0.0f ? -n : n;
    return hit;
}

std::optional<RayHit> Bvh::intersect(const Ray& ray, const PartFilter& filter, float tMax) const {
    struct Best {
        std::uint32_t part = 0, item = 0;
        float t = 0, u = 0, v = 0;
        bool found = false;
    } best;
    traverse(ray, filter, tMax,
             [&](std::uint32_t part, std::uint32_t item, float t, float u, float v) {
                 // Equal distances (shared edges, touching parts) resolve by part and triangle, so
                 // the answer does not depend on the order the tree visits them in.
                 if (!best.found || t < best.t ||
                     (t == best.t && std::pair(part, triangleOf_[item]) <
                                         std::pair(best.part, triangleOf_[best.item]))) {
                     best = {part, item, t, u, v, true};
                     tMax = t;
                 }
             });
    if (!best.found) {
        return std::nullopt;
    }
    return makeHit(best.part, best.item, ray, best.t, best.u, best.v);
}

std::vector<RayHit> Bvh::allHits(const Ray& ray, const PartFilter& filter, float tMax) const {
    std::vector<RayHit> hits;
    traverse(ray, filter, tMax,
             [&](std::uint32_t part, std::uint32_t item, float t, float u, float v) {
                 hits.push_back(makeHit(part, item, ray, t, u, v));
             });
    std::sort(hits.begin(), hits.end(), [](const RayHit& a, const RayHit& b) {
        if (a.t != b.t) {
            return a.t < b.t;
        }
        return std::pair(a.part, a.triangle) < std::pair(b.part, b.triangle);
    });
    return hits;
}

} // namespace glutea
