// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "geometry/surface_distance.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>
#include <optional>
#include <queue>

#include <glm/geometric.hpp>

#include "geometry/surface_distance_impl.h"

namespace glutea {

namespace {

// c in the plane of edge ab: the edge's length, c's position along it from a (x) and its
// distance from the edge's line (y). Nothing for a degenerate edge or a c on the edge's line,
// where neither update below is defined.
struct EdgeFrame {
    float length;
    float x;
    float y;
};
std::optional<EdgeFrame> edgeFrame(const glm::vec3& c, const glm::vec3& a, const glm::vec3& b) {
    const glm::vec3 e = b - a;
    const float len = glm::length(e);
    if (len < 1e-12f) {
        return std::nullopt;
    }
    const glm::vec3 axis = e / len;
    const float cx = glm::dot(c - a, axis);
    const float cy = glm::length((c - a) - cx * axis);
    if (cy < 1e-12f) {
        return std::nullopt;
    }
    return EdgeFrame{len, cx, cy};
}

// The distance at `c` from a planar wave known at a (da) and b (db): the virtual source at
// distances da and db from a and b, unfolded to the other side of edge ab from c. Valid only when
// the straight line from that source to c crosses the edge; otherwise infinity (the edge-only
// updates through a or b are then the right ones).
float unfoldedUpdate(const glm::vec3& c, const glm::vec3& a, float da, const glm::vec3& b,
                     float db) {
    const auto frame = edgeFrame(c, a, b);
    if (!frame) {
        return SurfaceDistance::kUnreached;
    }
    const auto [len, cx, cy] = *frame;
    const float sx = (da * da - db * db + len * len) / (2.0f * len);
    const float sy2 = da * da - sx * sx;
    if (sy2 < 0.0f) {
        return SurfaceDistance::kUnreached;
    }
    const float sy = -std::sqrt(sy2);
    // Where the segment source -> c meets the edge's line (y = 0).
    const float t = -sy / (cy - sy);
    const float x = sx + t * (cx - sx);
    if (x < 0.0f || x > len) {
        return SurfaceDistance::kUnreached;
    }
    return std::sqrt((cx - sx) * (cx - sx) + (cy - sy) * (cy - sy));
}

// The same update for a plane wave (the classic fast-marching one): the linear field of unit
// gradient through (a, da) and (b, db), at c. Exact where the front is straight (a band's
// distance, grown from many sources along a line), where the virtual point source above would
// place the source too close and underestimate.
float planarUpdate(const glm::vec3& c, const glm::vec3& a, float da, const glm::vec3& b, float db) {
    const auto frame = edgeFrame(c, a, b);
    if (!frame) {
        return SurfaceDistance::kUnreached;
    }
    const auto [len, cx, cy] = *frame;
    const float gx = (db - da) / len;
    if (std::abs(gx) >= 1.0f) {
        return SurfaceDistance::kUnreached;
    }
    const float gy = std::sqrt(1.0f - gx * gx);
    // The characteristic through c, followed back, must cross the edge.
    const float x = cx - cy * gx / gy;
    if (x < 0.0f || x > len) {
        return SurfaceDistance::kUnreached;
    }
    return da + gx * cx + gy * cy;
}

} // namespace

SurfaceDistance::SurfaceDistance(const Mesh& mesh) : mesh_(&mesh) {
    auto impl = std::make_shared<Impl>();
    impl->mesh = &mesh;
    const std::size_t vertexCount = mesh.positions.size();
    const std::size_t triangles = mesh.indices.size() / 3;

    // Vertex -> triangles.
    impl->vertexTriangleStart.assign(vertexCount + 1, 0);
    for (std::size_t i = 0; i < triangles * 3; ++i) {
        ++impl->vertexTriangleStart[mesh.indices[i] + 1];
    }
    std::partial_sum(impl->vertexTriangleStart.begin(), impl->vertexTriangleStart.end(),
                     impl->vertexTriangleStart.begin());
    impl->vertexTriangles.resize(triangles * 3);
    std::vector<std::uint32_t> fill(impl->vertexTriangleStart.begin(),
                                    impl->vertexTriangleStart.end() - 1);
    for (std::size_t t = 0; t < triangles; ++t) {
        for (int k = 0; k < 3; ++k) {
            impl->vertexTriangles[fill[mesh.indices[3 * t + k]]++] = static_cast<std::uint32_t>(t);
        }
    }

    // Vertex -> neighbours (each once), from the triangles around it.
    impl->vertexNeighbourStart.assign(vertexCount + 1, 0);
    std::vector<std::uint32_t> ring;
    for (std::size_t v = 0; v < vertexCount; ++v) {
        ring.clear();
        for (std::uint32_t i = impl->vertexTriangleStart[v]; i < impl->vertexTriangleStart[v + 1];
             ++i) {
            const std::uint32_t t = impl->vertexTriangles[i];
            for (int k = 0; k < 3; ++k) {
                const std::uint32_t u = mesh.indices[3 * t + k];
                if (u != v) {
                    ring.push_back(u);
                }
            }
        }
        std::sort(ring.begin(), ring.end());
        ring.erase(std::unique(ring.begin(), ring.end()), ring.end());
        impl->vertexNeighbours.insert(impl->vertexNeighbours.end(), ring.begin(), ring.end());
        impl->vertexNeighbourStart[v + 1] =
            static_cast<std::uint32_t>(impl->vertexNeighbours.size());
    }

    impl->tree.build(mesh);
    impl_ = std::move(impl);
}

SurfacePoint SurfaceDistance::closestPoint(const glm::vec3& p) const {
    return impl_->tree.closest(*mesh_, p);
}

// Dijkstra ordering over the vertices; each accepted vertex updates its neighbours along the
// edges and, through every triangle whose third vertex is accepted too, by the unfolded update
// when both known corners were measured from the same source point (exact for it), else by the
// plane-wave update (fronts from many sources merge into straight ones).
// `stop` (optional) is asked after each acceptance whether the caller has what it needs.
std::vector<float> SurfaceDistance::Impl::march(const std::vector<Seed>& seeds, float maxDistance,
                                                const StopWhen* stop) const {
    const Impl& impl = *this;
    const Mesh& m = *mesh;
    std::vector<float> d(m.positions.size(), SurfaceDistance::kUnreached);
    std::vector<std::uint8_t> accepted(m.positions.size(), 0);
    std::vector<std::uint32_t> origin(m.positions.size(), 0);
    using Entry = std::pair<float, std::uint32_t>;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> queue;
    for (const Seed& s : seeds) {
        if (s.distance < d[s.vertex]) {
            d[s.vertex] = s.distance;
            origin[s.vertex] = s.source;
            queue.push({s.distance, s.vertex});
        }
    }
    auto offer = [&](std::uint32_t v, float value, std::uint32_t from) {
        if (value < d[v]) {
            d[v] = value;
            origin[v] = from;
            queue.push({value, v});
        }
    };
    while (!queue.empty()) {
        const auto [dv, v] = queue.top();
        queue.pop();
        if (accepted[v] || dv > d[v]) {
            continue;
        }
        if (dv > maxDistance) {
            break;
        }
        accepted[v] = 1;
        const glm::vec3 pv = m.positions[v];
        for (std::uint32_t i = impl.vertexTriangleStart[v]; i < impl.vertexTriangleStart[v + 1];
             ++i) {
            const std::uint32_t t = impl.vertexTriangles[i];
            std::array<std::uint32_t, 2> other{};
            int n = 0;
            for (int k = 0; k < 3 && n < 2; ++k) {
                const std::uint32_t u = m.indices[3 * t + k];
                if (u != v) {
                    other[n++] = u;
                }
            }
            if (n < 2) {
                continue; // degenerate triangle
            }
            for (int k = 0; k < 2; ++k) {
                const std::uint32_t x = other[k];
                const std::uint32_t y = other[1 - k];
                const glm::vec3 px = m.positions[x];
                float value = dv + glm::length(px - pv);
                if (accepted[x]) {
                    // The unfolding can land a value below the accepted front; a neighbour
                    // accepted before then is opened again, so that no edge is ever steeper
                    // than its length (the field never tears).
                    if (value < d[x] - 1e-6f) {
                        accepted[x] = 0;
                        offer(x, value, origin[v]);
                    }
                    continue;
                }
                if (accepted[y]) {
                    value = std::min(value, origin[y] == origin[v]
                                                ? unfoldedUpdate(px, pv, dv, m.positions[y], d[y])
                                                : planarUpdate(px, pv, dv, m.positions[y], d[y]));
                }
                offer(x, value, origin[v]);
            }
        }
        if (stop && (*stop)(v, dv)) {
            break;
        }
    }
    if (maxDistance < SurfaceDistance::kUnreached) {
        for (float& value : d) {
            if (value > maxDistance) {
                value = SurfaceDistance::kUnreached;
            }
        }
    }
    return d;
}

std::vector<SurfaceDistance::Impl::Seed>
SurfaceDistance::Impl::seedsOf(const std::vector<SurfacePoint>& sources) const {
    const Impl& impl = *this;
    std::vector<Seed> seeds;
    for (std::uint32_t i = 0; i < sources.size(); ++i) {
        const SurfacePoint& s = sources[i];
        if (s.triangle >= impl.triangleCount()) {
            continue;
        }
        // Inside a triangle the surface is flat: straight distances to its corners are exact.
        for (int k = 0; k < 3; ++k) {
            const std::uint32_t v = impl.mesh->indices[3 * s.triangle + k];
            seeds.push_back({v, glm::length(impl.mesh->positions[v] - s.position), i});
        }
    }
    return seeds;
}

std::vector<float> SurfaceDistance::distances(const std::vector<SurfacePoint>& sources,
                                              float maxDistance) const {
    return impl_->march(impl_->seedsOf(sources), maxDistance);
}

SurfacePoint SurfaceDistance::localClosestPoint(std::uint32_t triangle, const glm::vec3& p) const {
    const Impl& impl = *impl_;
    SurfacePoint best{triangle, p};
    float bestDistance = kUnreached;
    for (int k = 0; k < 3; ++k) {
        const std::uint32_t v = mesh_->indices[3 * triangle + k];
        for (std::uint32_t i = impl.vertexTriangleStart[v]; i < impl.vertexTriangleStart[v + 1];
             ++i) {
            const std::uint32_t t = impl.vertexTriangles[i];
            const glm::vec3 q =
                closestOnTriangle(p, impl.corner(t, 0), impl.corner(t, 1), impl.corner(t, 2));
            const float distance = glm::dot(q - p, q - p);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = {t, q};
            }
        }
    }
    return best;
}

glm::vec3 SurfaceDistance::barycentric(const SurfacePoint& p) const {
    if (p.triangle >= impl_->triangleCount()) {
        return glm::vec3(1.0f, 0.0f, 0.0f);
    }
    return barycentricOf(p.position, impl_->corner(p.triangle, 0), impl_->corner(p.triangle, 1),
                         impl_->corner(p.triangle, 2));
}

float SurfaceDistance::sample(const std::vector<float>& field, const SurfacePoint& p) const {
    if (p.triangle >= impl_->triangleCount()) {
        return kUnreached;
    }
    const glm::vec3 w = barycentric(p);
    float value = 0.0f;
    for (int k = 0; k < 3; ++k) {
        const std::uint32_t v = mesh_->indices[3 * p.triangle + k];
        if (v >= field.size()) {
            return kUnreached;
        }
        if (w[k] > 0.0f) {
            if (std::isinf(field[v])) {
                return field[v]; // an unreached corner: the point is not reached either
            }
            value += w[k] * field[v];
        }
    }
    return value;
}

std::span<const std::uint32_t> SurfaceDistance::neighbours(std::uint32_t vertex) const {
    const Impl& impl = *impl_;
    if (vertex + 1 >= impl.vertexNeighbourStart.size()) {
        return {};
    }
    return {impl.vertexNeighbours.data() + impl.vertexNeighbourStart[vertex],
            impl.vertexNeighbours.data() + impl.vertexNeighbourStart[vertex + 1]};
}

std::vector<float> SurfaceDistance::vertexAreas() const {
    std::vector<float> area(mesh_->positions.size(), 0.0f);
    for (std::size_t t = 0; t < impl_->triangleCount(); ++t) {
        const glm::vec3 a = impl_->corner(static_cast<std::uint32_t>(t), 0);
        const glm::vec3 b = impl_->corner(static_cast<std::uint32_t>(t), 1);
        const glm::vec3 c = impl_->corner(static_cast<std::uint32_t>(t), 2);
        const float third = glm::length(glm::cross(b - a, c - a)) / 6.0f;
        for (int k = 0; k < 3; ++k) {
            area[mesh_->indices[3 * t + k]] += third;
        }
    }
    return area;
}

} // namespace glutea
