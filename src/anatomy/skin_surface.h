// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The skin as a surface to resolve content on: closest points (to put anchors on the skin) and
// small facets (to measure the area a referral zone covers). Brute force over the triangles: the
// skin has tens of thousands, and queries resolve a few hundred anchors, so a BVH is not needed.
#include <vector>

#include <glm/vec3.hpp>

#include "anatomy/caution_check.h"
#include "geometry/mesh.h"

namespace glutea {

class SkinSurface {
  public:
    struct Facet {
        glm::vec3 centroid{0.0f};
        float area = 0.0f; // m²
    };

    explicit SkinSurface(const Mesh& skin);

    [[nodiscard]] bool empty() const { return facets_.empty(); }
    [[nodiscard]] glm::vec3 closestPoint(const glm::vec3& p) const;
    [[nodiscard]] const std::vector<Facet>& facets() const { return facets_; }

  private:
    std::vector<glm::vec3> corners_; // three per triangle
    std::vector<Facet> facets_;
};

// Wraps `base` (e.g. landmarkSkinResolver) so that every resolved point is moved to the closest
// point of the skin, and remembers results: zone measurements resolve the same anchors many
// times. The skin must outlive the resolver.
SkinPointResolver projectOntoSkin(SkinPointResolver base, const SkinSurface& skin);

} // namespace glutea
