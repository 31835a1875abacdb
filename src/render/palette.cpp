// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "render/palette.h"

#include "base/kind_colours.h"

namespace glutea {

namespace {

const char* kindName(StructureKind kind) {
    switch (kind) {
    case StructureKind::Bone:
        return "bone";
    case StructureKind::Muscle:
        return "muscle";
    case StructureKind::Nerve:
        return "nerve";
    case StructureKind::Skin:
        return "skin";
    case StructureKind::Other:
        break;
    }
    return "other";
}

} // namespace

glm::vec3 kindColorSrgb(StructureKind kind) {
    const SrgbColour c = kindColourSrgb(kindName(kind));
    return {c.r, c.g, c.b};
}

glm::vec3 srgbToLinear(const glm::vec3& c) {
    return {linearFromSrgb(c.r), linearFromSrgb(c.g), linearFromSrgb(c.b)};
}

} // namespace glutea
