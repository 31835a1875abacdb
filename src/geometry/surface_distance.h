// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Distances measured over a triangle mesh's surface (geodesic), not straight through the body: a
// zone on one thigh must not reach the other. Dijkstra ordering over the vertices with the
// triangle (unfolding) update of fast marching, which removes most of the graph's zig-zag error,
// from one or several sources that may lie anywhere on the surface.
#include <cstdint>
#include <limits>
#include <memory>
#include <span>
#include <vector>

#include <glm/vec3.hpp>

#include "geometry/mesh.h"

namespace glutea {

// A point on the surface: the triangle it lies in and its position.
struct SurfacePoint {
    std::uint32_t triangle = 0;
    glm::vec3 position{0.0f};
};

class SurfaceDistance {
  public:
    static constexpr float kUnreached = std::numeric_limits<float>::infinity();

    // Builds the vertex/triangle adjacency and a spatial index for closest points. `mesh` must
    // outlive this object.
    explicit SurfaceDistance(const Mesh& mesh);

    const Mesh& mesh() const { return *mesh_; }
    // The closest point of the surface to `p`.
    SurfacePoint closestPoint(const glm::vec3& p) const;
    // Per vertex, the geodesic distance in metres to the nearest source; vertices farther than
    // `maxDistance` (and vertices of components no source lies on) are kUnreached.
    std::vector<float> distances(const std::vector<SurfacePoint>& sources,
                                 float maxDistance = kUnreached) const;
    // A shortest path over the surface from a to b (a first, b last), as points on the surface.
    std::vector<SurfacePoint> path(const SurfacePoint& a, const SurfacePoint& b) const;
    // A per-vertex field read at a surface point (barycentric interpolation).
    float sample(const std::vector<float>& field, const SurfacePoint& p) const;

    // The closest point to `p` among the triangles around `near` (those sharing a corner with
    // it): a small step over the surface that cannot jump to another part close in space.
    SurfacePoint localClosestPoint(std::uint32_t near, const glm::vec3& p) const;
    // Barycentric weights of a surface point in its triangle.
    glm::vec3 barycentric(const SurfacePoint& p) const;
    // The vertices sharing an edge with `vertex`.
    std::span<const std::uint32_t> neighbours(std::uint32_t vertex) const;
    // Per vertex, a third of the area of the triangles around it (m²): sums to the surface area.
    std::vector<float> vertexAreas() const;
    struct Impl;

  private:
    const Mesh* mesh_;
    std::shared_ptr<const Impl> impl_;
};

} // namespace glutea
