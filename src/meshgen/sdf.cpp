// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "meshgen/sdf.h"

namespace glutea::meshgen::sdf {

float polygon2d(glm::vec2 p, const std::vector<glm::vec2>& poly) {
    // Distance to the nearest edge, sign from the crossing-number rule.
    float d2 = 1e30f;
    bool inside = false;
    const size_t n = poly.size();
    for (size_t i = 0, j = n - 1; i < n; j = i++) {
        const glm::vec2 a = poly[j], b = poly[i];
        const glm::vec2 e = b - a, w = p - a;
        const float t = std::clamp(glm::dot(w, e) / std::max(glm::dot(e, e), 1e-12f), 0.0f, 1.0f);
        const glm::vec2 q = w - e * t;
        d2 = std::min(d2, glm::dot(q, q));
        if ((a.y > p.y) != (b.y > p.y) && p.x < a.x + (p.y - a.y) * e.x / e.y) {
            inside = !inside;
        }
    }
    const float d = std::sqrt(d2);
    return inside ? -d : d;
}

glm::mat3 frameFromNormal(glm::vec3 n, glm::vec3 upHint) {
    n = glm::normalize(n);
    glm::vec3 v = upHint - n * glm::dot(upHint, n);
    v = glm::normalize(v);
    const glm::vec3 u = glm::cross(v, n);
    return glm::mat3(u, v, n);
}

} // namespace glutea::meshgen::sdf
