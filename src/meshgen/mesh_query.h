// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Geometric queries on a triangle mesh (closest point, ray hits, inside test) through a bounding
// volume hierarchy; used for landmark skin points and by the anatomical tests.
#include "meshgen/mesh.h"

#include <vector>

namespace glutea::meshgen {

class MeshQuery {
  public:
    explicit MeshQuery(const Mesh& mesh);
    glm::vec3 closestPoint(glm::vec3 p) const;
    float distance(glm::vec3 p) const { return glm::length(closestPoint(p) - p); }
    // Distances t > 0 along origin + t * dir (dir unit) of every triangle hit, sorted.
    std::vector<float> rayHits(glm::vec3 origin, glm::vec3 dir) const;
    // Parity of hits along a fixed oblique ray: inside a closed mesh or not.
    bool inside(glm::vec3 p) const;
    const Box& box() const { return nodes_.front().box; }

  private:
    struct Node {
        Box box;
        uint32_t left = 0, right = 0; // children (internal) or triangle range (leaf)
        bool leaf = false;
    };
    uint32_t build(uint32_t begin, uint32_t end);
    const Mesh& mesh_;
    std::vector<uint32_t> tris_;
    std::vector<Node> nodes_;
    std::vector<glm::vec3> centroid_;
};

} // namespace glutea::meshgen
