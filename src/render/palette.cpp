// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "render/palette.h"

#include <cmath>

namespace glutea {

glm::vec3 kindColorSrgb(StructureKind kind) {
    switch (kind) {
    case StructureKind::Bone:
        return {0.86f, 0.80f, 0.66f};
    case StructureKind::Muscle:
        return {0.62f, 0.20f, 0.16f};
    case StructureKind::Nerve:
        return {0.95f, 0.80f, 0.25f};
    case StructureKind::Skin:
        return {0.93f, 0.72f, 0.60f};
    case StructureKind::Other:
        break;
    }
    return {0.85f, 0.82f, 0.78f};
}

glm::vec3 srgbToLinear(const glm::vec3& c) {
    auto channel = [](float v) {
        return v <= 0.04045f ? v / 12.92f : std::pow((v + 0.055f) / 1.055f, 2.4f);
    };
    return {channel(c.r), channel(c.g), channel(c.b)};
}

} // namespace glutea
