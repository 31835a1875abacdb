// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// A ray in the atlas frame: picking, occlusion tests and view choice all cast these.
#include <glm/glm.hpp>

namespace glutea {

struct Ray {
    glm::vec3 origin{0.0f};
    glm::vec3 direction{0.0f, 0.0f, -1.0f}; // unit length, so t is a distance in metres

    glm::vec3 at(float t) const { return origin + direction * t; }
};

} // namespace glutea
