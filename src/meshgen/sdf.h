// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Signed distance primitives (negative inside, metres). Exact where cheap, otherwise a
// conservative bound: the mesher only needs a continuous field with the right sign.
#include <glm/glm.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

namespace glutea::meshgen::sdf {

inline float sphere(glm::vec3 p, glm::vec3 c, float r) {
    return glm::length(p - c) - r;
}

// Segment a-b with radius ra at a and rb at b (a "tapered capsule"; approximate for ra != rb).
inline float capsule(glm::vec3 p, glm::vec3 a, glm::vec3 b, float ra, float rb) {
    const glm::vec3 ab = b - a;
    const float denom = std::max(glm::dot(ab, ab), 1e-12f);
    const float t = std::clamp(glm::dot(p - a, ab) / denom, 0.0f, 1.0f);
    return glm::length(p - (a + ab * t)) - (ra + (rb - ra) * t);
}

// Ellipsoid with centre c, orthonormal axes (ax, ay, az) and radii r (bound, not exact).
inline float ellipsoid(glm::vec3 p, glm::vec3 c, glm::mat3 axes, glm::vec3 r) {
    const glm::vec3 q = glm::transpose(axes) * (p - c);
    const float k0 = glm::length(q / r);
    const float k1 = glm::length(q / (r * r));
    return k1 > 0.0f ? k0 * (k0 - 1.0f) / k1 : -std::min(r.x, std::min(r.y, r.z));
}

// Axis-aligned box about centre c with half extents h, rounded by radius rr.
inline float roundBox(glm::vec3 p, glm::vec3 c, glm::vec3 h, float rr) {
    const glm::vec3 q = glm::abs(p - c) - h + glm::vec3(rr);
    return glm::length(glm::max(q, glm::vec3(0.0f))) +
           std::min(std::max(q.x, std::max(q.y, q.z)), 0.0f) - rr;
}

// Polynomial smooth minimum (blend radius k): soft union of organic parts.
inline float smin(float a, float b, float k) {
    if (k <= 0.0f) {
        return std::min(a, b);
    }
    const float h = std::max(k - std::abs(a - b), 0.0f) / k;
    return std::min(a, b) - h * h * k * 0.25f;
}
inline float smax(float a, float b, float k) {
    return -smin(-a, -b, k);
}

// Signed distance to a closed 2-D polygon (negative inside), any winding.
float polygon2d(glm::vec2 p, const std::vector<glm::vec2>& poly);

// Orthonormal frame whose columns are (u, v, n).
glm::mat3 frameFromNormal(glm::vec3 n, glm::vec3 upHint);

} // namespace glutea::meshgen::sdf
