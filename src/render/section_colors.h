// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The colours cut faces are filled with in a cross-section (sRGB): one per structure, so neighbours
// in the cut tell apart (the display colours go by kind: every muscle the same red-brown).
// Muscles in reds and oranges, nerves yellow, bones ivory, the skin's cut as subcutaneous fat.
#include <glm/glm.hpp>

#include "anatomy/structure.h"

namespace glutea {

glm::vec3 sectionColorSrgb(const StructureDef& structure);

} // namespace glutea
