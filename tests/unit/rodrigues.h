// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Rotations written out for tests (Rodrigues' formula), independent of glm::rotate, so tests of
// code that turns things compute what to expect their own way.
#include <cmath>

#include <glm/glm.hpp>

namespace glutea::test {

// p turned by `degrees` about `axis` through `centre`, right-handed.
inline glm::vec3 turn(const glm::vec3& p, const glm::vec3& centre, glm::vec3 axis, float degrees) {
    axis = glm::normalize(axis);
    const float a = degrees * 3.14159265358979f / 180.0f;
    const glm::vec3 v = p - centre;
    return centre + v * std::cos(a) + glm::cross(axis, v) * std::sin(a) +
           axis * glm::dot(axis, v) * (1.0f - std::cos(a));
}

} // namespace glutea::test
