// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "anatomy/section_spots.h"

#include <map>

namespace glutea {

int innermostPartAt(const Atlas& atlas, const Bvh& bvh, const glm::vec3& p) {
    // A direction no mesh is likely to graze along its triangles' edges.
    const glm::vec3 direction = glm::normalize(glm::vec3(1.0f, 0.013f, 0.007f));
    std::map<std::uint32_t, int> crossings;
    for (const RayHit& h : bvh.allHits(Ray{p, direction})) {
        ++crossings[h.part];
    }
    int best = -1;
    float bestVolume = 1e30f;
    for (const auto& [part, n] : crossings) {
        const glm::vec3 s = atlas.parts[part].bounds.size();
        if (n % 2 == 1 && s.x * s.y * s.z < bestVolume) {
            bestVolume = s.x * s.y * s.z;
            best = static_cast<int>(part);
        }
    }
    return best;
}

std::vector<std::vector<glm::vec3>> sectionSpots(const Atlas& atlas, const Bvh& bvh,
                                                 const SectionPlane& plane, float spacing) {
    std::vector<std::vector<glm::vec3>> spots(atlas.parts.size());
    if (!plane.on || atlas.parts.empty()) {
        return spots;
    }
    const glm::vec3 n = glm::normalize(plane.normal);
    const glm::vec3 c = atlas.bounds.centre() + n * plane.keptDistance(atlas.bounds.centre());
    const glm::vec3 any = std::abs(n.y) < 0.9f ? glm::vec3(0, 1, 0) : glm::vec3(1, 0, 0);
    const glm::vec3 u = glm::normalize(glm::cross(n, any));
    const glm::vec3 v = glm::cross(n, u);
    const float reach = atlas.bounds.radius();
    const int steps = static_cast<int>(reach / spacing);
    for (int i = -steps; i <= steps; ++i) {
        for (int j = -steps; j <= steps; ++j) {
            const glm::vec3 p = c + u * (float(i) * spacing) + v * (float(j) * spacing);
            const Bounds& b = atlas.bounds;
            if (glm::any(glm::lessThan(p, b.min)) || glm::any(glm::greaterThan(p, b.max))) {
                continue;
            }
            if (const int part = innermostPartAt(atlas, bvh, p); part >= 0) {
                spots[part].push_back(p);
            }
        }
    }
    return spots;
}

} // namespace glutea
