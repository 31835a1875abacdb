// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// SurfaceDistance::path: a shortest path over the surface, traced down the distance field from
// its start. The trace follows the field's gradient across triangles (straight within each,
// bending only at edges, as a geodesic does), not the mesh edges, which would zig-zag.
#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

#include <glm/geometric.hpp>

#include "geometry/surface_distance_impl.h"

namespace glutea {
namespace {

constexpr std::uint32_t kNone = 0xffffffffu;

// Coordinates (x, y) of an in-plane vector w in the basis e1, e2 of a triangle: w = x e1 + y e2.
glm::vec2 inBasis(const glm::vec3& e1, const glm::vec3& e2, const glm::vec3& w) {
    const float a = glm::dot(e1, e1);
    const float b = glm::dot(e1, e2);
    const float c = glm::dot(e2, e2);
    const float det = a * c - b * b;
    if (std::abs(det) < 1e-30f) {
        return glm::vec2(0.0f);
    }
    const float r1 = glm::dot(w, e1);
    const float r2 = glm::dot(w, e2);
    return {(c * r1 - b * r2) / det, (a * r2 - b * r1) / det};
}

class Tracer {
  public:
    Tracer(const SurfaceDistance::Impl& impl, const std::vector<float>& d,
           std::array<std::uint32_t, 3> start)
        : impl_(impl), mesh_(*impl.mesh), d_(d), start_(start) {}

    // Points from `from` down to a corner of the start triangle's neighbourhood (not included).
    std::vector<SurfacePoint> trace(const SurfacePoint& from) {
        std::vector<SurfacePoint> out;
        std::uint32_t t = from.triangle;
        glm::vec3 p = from.position;
        std::uint32_t previous = kNone;
        std::uint32_t vertex = kNone; // set: the trace stands on this vertex
        const std::size_t limit = 4 * mesh_.indices.size() + 16;
        for (std::size_t step = 0; step < limit; ++step) {
            if (vertex != kNone) {
                if (!leaveVertex(vertex, out, t)) {
                    return out;
                }
                if (vertex == kNone) {
                    p = out.back().position;
                    previous = kNone;
                }
                continue;
            }
            if (touchesStart(t)) {
                return out;
            }
            const auto move = descend(t, p);
            if (!move) {
                vertex = lowestCorner(t);
                continue;
            }
            const auto [s, k] = *move;
            const std::uint32_t a = corner(t, (k + 1) % 3);
            const std::uint32_t b = corner(t, (k + 2) % 3);
            const std::uint32_t next = across(t, a, b);
            if (s > 1e-7f) {
                p += s * direction_;
                out.push_back({t, p});
                if (next == kNone) {
                    vertex = d_[a] < d_[b] ? a : b; // the surface's border: along it
                    continue;
                }
                previous = t;
                t = next;
            } else if (next == kNone || next == previous) {
                // A valley (both sides' gradients push into this edge) or the surface's border:
                // follow the edge down to its lower end, and on from that vertex.
                vertex = d_[a] < d_[b] ? a : b;
            } else {
                previous = t;
                t = next;
            }
        }
        return out;
    }

  private:
    std::uint32_t corner(std::uint32_t t, int k) const { return mesh_.indices[3 * t + k]; }

    bool isStart(std::uint32_t v) const {
        return v == start_[0] || v == start_[1] || v == start_[2];
    }
    bool touchesStart(std::uint32_t t) const {
        return isStart(corner(t, 0)) || isStart(corner(t, 1)) || isStart(corner(t, 2));
    }

    std::uint32_t lowestCorner(std::uint32_t t) const {
        std::uint32_t best = corner(t, 0);
        for (int k = 1; k < 3; ++k) {
            if (d_[corner(t, k)] < d_[best]) {
                best = corner(t, k);
            }
        }
        return best;
    }

    // The triangle other than t with edge (a, b), or kNone.
    std::uint32_t across(std::uint32_t t, std::uint32_t a, std::uint32_t b) const {
        for (std::uint32_t i = impl_.vertexTriangleStart[a]; i < impl_.vertexTriangleStart[a + 1];
             ++i) {
            const std::uint32_t u = impl_.vertexTriangles[i];
            if (u != t && (corner(u, 0) == b || corner(u, 1) == b || corner(u, 2) == b)) {
                return u;
            }
        }
        return kNone;
    }

    // Steepest descent in t from p (sets direction_): how far until it leaves t, and the corner
    // opposite the edge it leaves by. Nothing where the field is unknown or flat.
    std::optional<std::pair<float, int>> descend(std::uint32_t t, const glm::vec3& p) {
        const glm::vec3 p0 = mesh_.positions[corner(t, 0)];
        const glm::vec3 e1 = mesh_.positions[corner(t, 1)] - p0;
        const glm::vec3 e2 = mesh_.positions[corner(t, 2)] - p0;
        const float d0 = d_[corner(t, 0)];
        const float d1 = d_[corner(t, 1)];
        const float d2 = d_[corner(t, 2)];
        if (std::isinf(d0) || std::isinf(d1) || std::isinf(d2)) {
            return std::nullopt;
        }
        // The gradient g = x e1 + y e2 with g.e1 = d1 - d0 and g.e2 = d2 - d0.
        const float a = glm::dot(e1, e1);
        const float b = glm::dot(e1, e2);
        const float c = glm::dot(e2, e2);
        const float det = a * c - b * b;
        if (std::abs(det) < 1e-30f) {
            return std::nullopt;
        }
        const float x = (c * (d1 - d0) - b * (d2 - d0)) / det;
        const float y = (a * (d2 - d0) - b * (d1 - d0)) / det;
        const glm::vec3 g = x * e1 + y * e2;
        const float length = glm::length(g);
        if (length < 1e-6f) {
            return std::nullopt;
        }
        direction_ = -g / length;
        glm::vec2 q = inBasis(e1, e2, p - p0);
        glm::vec3 lambda(1.0f - q.x - q.y, q.x, q.y);
        lambda = glm::max(lambda, glm::vec3(0.0f));
        lambda /= lambda.x + lambda.y + lambda.z;
        const glm::vec2 m = inBasis(e1, e2, direction_);
        const glm::vec3 mu(-m.x - m.y, m.x, m.y);
        float s = SurfaceDistance::kUnreached;
        int k = -1;
        for (int i = 0; i < 3; ++i) {
            if (mu[i] < -1e-9f && lambda[i] / -mu[i] < s) {
                s = lambda[i] / -mu[i];
                k = i;
            }
        }
        if (k < 0) {
            return std::nullopt;
        }
        return std::make_pair(s, k);
    }

    // One step from vertex v (recorded in `out`): into a triangle around it that the field
    // descends into (v becomes kNone, t that triangle), else along the edge to the lowest
    // neighbour (v becomes it). False when the start is reached or nothing is lower.
    bool leaveVertex(std::uint32_t& v, std::vector<SurfacePoint>& out, std::uint32_t& t) {
        out.push_back({impl_.vertexTriangles[impl_.vertexTriangleStart[v]], mesh_.positions[v]});
        if (isStart(v)) {
            return false;
        }
        for (std::uint32_t i = impl_.vertexTriangleStart[v]; i < impl_.vertexTriangleStart[v + 1];
             ++i) {
            const std::uint32_t around = impl_.vertexTriangles[i];
            if (touchesStart(around)) {
                return false;
            }
            const auto move = descend(around, mesh_.positions[v]);
            if (move && move->first > 1e-7f && corner(around, move->second) == v) {
                t = around;
                v = kNone;
                return true;
            }
        }
        std::uint32_t next = v;
        for (std::uint32_t i = impl_.vertexNeighbourStart[v]; i < impl_.vertexNeighbourStart[v + 1];
             ++i) {
            const std::uint32_t u = impl_.vertexNeighbours[i];
            if (d_[u] < d_[next]) {
                next = u;
            }
        }
        if (next == v) {
            return false; // no lower neighbour: stop where we are
        }
        v = next;
        return true;
    }

    const SurfaceDistance::Impl& impl_;
    const Mesh& mesh_;
    const std::vector<float>& d_;
    std::array<std::uint32_t, 3> start_;
    glm::vec3 direction_{0.0f};
};

} // namespace

std::vector<SurfacePoint> SurfaceDistance::path(const SurfacePoint& a,
                                                const SurfacePoint& b) const {
    const Impl& impl = *impl_;
    if (a.triangle >= impl.triangleCount() || b.triangle >= impl.triangleCount()) {
        return {a, b};
    }
    // Distances from a, until the corners of b's triangle are known, and a little farther so
    // that the triangles around the way down are known too.
    std::array<std::uint32_t, 3> target{};
    std::array<std::uint32_t, 3> start{};
    for (int k = 0; k < 3; ++k) {
        target[k] = mesh_->indices[3 * b.triangle + k];
        start[k] = mesh_->indices[3 * a.triangle + k];
    }
    int found = 0;
    float until = kUnreached;
    const Impl::StopWhen stop = [&](std::uint32_t v, float dv) {
        found += (v == target[0]) + (v == target[1]) + (v == target[2]);
        if (found >= 3 && until == kUnreached) {
            until = dv * 1.1f + 0.01f;
        }
        return dv > until;
    };
    const auto d = impl.march(impl.seedsOf({a}), kUnreached, &stop);
    if (std::isinf(d[target[0]]) && std::isinf(d[target[1]]) && std::isinf(d[target[2]])) {
        return {a, b}; // on different components: no surface path
    }
    Tracer tracer(impl, d, start);
    auto down = tracer.trace(b);
    std::vector<SurfacePoint> out{a};
    out.insert(out.end(), down.rbegin(), down.rend());
    out.push_back(b);
    // Pull taut: corners of the trace where it followed an edge or jumped the last triangle to
    // a. Each inner point moves toward the middle of its neighbours, back onto the nearby
    // surface (never onto a part that is only close in space, like the other thigh).
    for (int iteration = 0; iteration < 6; ++iteration) {
        for (std::size_t i = 1; i + 1 < out.size(); ++i) {
            const glm::vec3 mid = 0.5f * (out[i - 1].position + out[i + 1].position);
            out[i] = localClosestPoint(out[i].triangle, mid);
        }
    }
    std::vector<SurfacePoint> unique;
    for (const SurfacePoint& p : out) {
        if (unique.empty() || glm::length(p.position - unique.back().position) > 1e-6f) {
            unique.push_back(p);
        }
    }
    if (unique.size() == 1) {
        unique.push_back(b);
    }
    return unique;
}

} // namespace glutea
