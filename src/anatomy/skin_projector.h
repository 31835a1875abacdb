// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Puts points onto the skin fast: the closest point of the skin mesh and its smooth outward normal.
// The technique player asks this for every marker of every frame (a hand gliding, its trail, a
// circle), so the search goes through the skin's triangle tree (geometry/triangle_tree.h, the one
// closest-point search SurfaceDistance uses too), not over tens of thousands of triangles.
#include <glm/vec3.hpp>

#include "geometry/mesh.h"
#include "geometry/triangle_tree.h"

namespace glutea {

struct SkinSample {
    glm::vec3 position{0.0f};
    glm::vec3 normal{0.0f, 0.0f, -1.0f}; // outward, unit
};

class SkinProjector {
  public:
    SkinProjector() = default;
    // `skin` must outlive the projector. Its normals (when present) give the smooth normal.
    explicit SkinProjector(const Mesh& skin);

    bool empty() const { return mesh_ == nullptr || mesh_->indices.empty(); }
    // The closest skin point to `p` and the skin's outward normal there. An empty projector
    // returns `p` with a -Z normal.
    SkinSample project(const glm::vec3& p) const;

  private:
    const Mesh* mesh_ = nullptr;
    TriangleTree tree_;
};

} // namespace glutea
