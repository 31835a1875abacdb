// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "render/palette.h"

#include "base/kind_colours.h"

namespace glutea {

glm::vec3 kindColorSrgb(StructureKind kind) {
    const SrgbColour c = kindColourSrgb(toString(kind));
    return {c.r, c.g, c.b};
}

glm::vec3 srgbToLinear(const glm::vec3& c) {
    return {linearFromSrgb(c.r), linearFromSrgb(c.g), linearFromSrgb(c.b)};
}

} // namespace glutea
