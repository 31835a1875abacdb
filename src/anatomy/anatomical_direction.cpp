// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "anatomy/anatomical_direction.h"

namespace glutea {

glm::vec3 directionInAtlasFrame(Direction direction, Side side) {
    const float lateral = side == Side::Right ? -1.0f : 1.0f;
    switch (direction) {
    case Direction::Superior:
        return {0, 1, 0};
    case Direction::Inferior:
        return {0, -1, 0};
    case Direction::Lateral:
        return {lateral, 0, 0};
    case Direction::Medial:
        return {-lateral, 0, 0};
    case Direction::Anterior:
        return {0, 0, 1};
    case Direction::Posterior:
        return {0, 0, -1};
    case Direction::None:
        break;
    }
    return {0, 0, 0};
}

} // namespace glutea
