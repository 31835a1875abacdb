// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Closest points on a triangle mesh, fast: a bounding volume hierarchy over the triangles,
// searched nearest box first and pruned by the best distance found so far. SurfaceDistance's
// spatial index (the skin has ~50k triangles and content resolves thousands of points).
#include <cstdint>
#include <vector>

#include <glm/vec3.hpp>

#include "geometry/mesh.h"

namespace glutea {

struct SurfacePoint;

// Closest point on triangle abc to p.
glm::vec3 closestOnTriangle(const glm::vec3& p, const glm::vec3& a, const glm::vec3& b,
                            const glm::vec3& c);
// Barycentric weights of p (projected onto the triangle's plane) in abc, clamped to the triangle.
glm::vec3 barycentricOf(const glm::vec3& p, const glm::vec3& a, const glm::vec3& b,
                        const glm::vec3& c);

class TriangleTree {
  public:
    void build(const Mesh& mesh);
    // The closest point of `mesh` (the mesh given to build) to p; {0, p} for an empty mesh.
    SurfacePoint closest(const Mesh& mesh, const glm::vec3& p) const;

  private:
    struct Node {
        glm::vec3 min{0.0f};
        std::uint32_t first = 0; // leaf: first triangle in order_; inner: left child
        glm::vec3 max{0.0f};
        std::uint32_t count = 0; // leaf: triangles; inner: 0 (right child = left child + 1)
    };
    std::vector<Node> nodes_;
    std::vector<std::uint32_t> order_; // leaf order -> triangle index
};

} // namespace glutea
