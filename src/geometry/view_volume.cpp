// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "geometry/view_volume.h"

#include <glm/geometric.hpp>
#include <glm/matrix.hpp>

namespace glutea {

bool boxOutsideView(const glm::mat4& viewProjection, const Bounds& box) {
    if (box.empty()) {
        return true;
    }
    // The six planes are w + c >= 0 and w - c >= 0 for c = x, y, z: rows of the matrix combined
    // (Gribb and Hartmann's extraction). A box is beyond a plane when the corner furthest along
    // the plane's normal is.
    const glm::mat4 rows = glm::transpose(viewProjection);
    for (int axis = 0; axis < 3; ++axis) {
        for (const float sign : {1.0f, -1.0f}) {
            const glm::vec4 plane = rows[3] + sign * rows[axis];
            const glm::vec3 normal(plane);
            const glm::vec3 furthest(normal.x >= 0.0f ? box.max.x : box.min.x,
                                     normal.y >= 0.0f ? box.max.y : box.min.y,
                                     normal.z >= 0.0f ? box.max.z : box.min.z);
            if (glm::dot(normal, furthest) + plane.w < 0.0f) {
                return true;
            }
        }
    }
    return false;
}

} // namespace glutea
