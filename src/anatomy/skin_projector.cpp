// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "anatomy/skin_projector.h"

#include <glm/geometric.hpp>

#include "geometry/surface_distance.h"

namespace glutea {

SkinProjector::SkinProjector(const Mesh& skin) : mesh_(&skin) {
    tree_.build(skin);
}

SkinSample SkinProjector::project(const glm::vec3& p) const {
    constexpr glm::vec3 kNoNormal(0.0f, 0.0f, -1.0f);
    if (empty()) {
        return {p, kNoNormal};
    }
    const Mesh& m = *mesh_;
    const SurfacePoint hit = tree_.closest(m, p);
    const std::uint32_t i0 = m.indices[3 * hit.triangle];
    const std::uint32_t i1 = m.indices[3 * hit.triangle + 1];
    const std::uint32_t i2 = m.indices[3 * hit.triangle + 2];
    glm::vec3 normal;
    if (m.normals.size() == m.positions.size()) {
        // The smooth normal, interpolated over the triangle at the closest point.
        const glm::vec3 w =
            barycentricOf(hit.position, m.positions[i0], m.positions[i1], m.positions[i2]);
        normal = m.normals[i0] * w.x + m.normals[i1] * w.y + m.normals[i2] * w.z;
    } else {
        normal = glm::cross(m.positions[i1] - m.positions[i0], m.positions[i2] - m.positions[i0]);
    }
    const float len = glm::length(normal);
    return {hit.position, len > 0.0f ? normal / len : kNoNormal};
}

} // namespace glutea
