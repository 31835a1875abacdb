// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The aiming cross at the 3D view's centre, while a key can mark the body ("where does it hurt?",
// a pin being added): the arrow keys bring the place under it, Enter marks it.
#include <glm/vec2.hpp>

namespace glutea {

// Drawn over the 3D view, under the panels; `size` is the text height (it scales with the text).
void drawAimCross(glm::vec2 centre, float size);

} // namespace glutea
