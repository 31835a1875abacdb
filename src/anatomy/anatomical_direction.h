// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Anatomical directions as vectors of the atlas frame (docs/CONVENTIONS.md: +X toward the
// subject's left, +Y up, +Z anterior). Lateral and medial depend on the side.
#include <glm/vec3.hpp>

#include "anatomy/content.h"
#include "anatomy/structure.h"

namespace glutea {

// A unit vector; zero for Direction::None. Side::None counts as the left side.
glm::vec3 directionInAtlasFrame(Direction direction, Side side);

} // namespace glutea
