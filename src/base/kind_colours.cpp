// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "base/kind_colours.h"

#include <cmath>

namespace glutea {

SrgbColour kindColourSrgb(std::string_view kind) {
    if (kind == "bone") {
        return {0.86f, 0.80f, 0.66f};
    }
    if (kind == "muscle") {
        return {0.62f, 0.20f, 0.16f};
    }
    if (kind == "nerve") {
        return {0.95f, 0.80f, 0.25f};
    }
    if (kind == "skin") {
        return {0.93f, 0.72f, 0.60f};
    }
    return {0.85f, 0.82f, 0.78f};
}

float linearFromSrgb(float channel) {
    return channel <= 0.04045f ? channel / 12.92f : std::pow((channel + 0.055f) / 1.055f, 2.4f);
}

} // namespace glutea
