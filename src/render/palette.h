// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Default display colours by structure kind (sRGB, as a person would pick them).
#include <glm/glm.hpp>

#include "anatomy/structure.h"

namespace glutea {

glm::vec3 kindColorSrgb(StructureKind kind);
glm::vec3 srgbToLinear(const glm::vec3& srgb);
// The selection glow: a cyan that stands out on red-brown muscle and ivory bone alike.
inline constexpr glm::vec3 kHighlightSrgb{0.20f, 0.85f, 1.00f};
inline constexpr glm::vec3 kBackgroundSrgb{0.13f, 0.14f, 0.16f};

// Paint on the skin (docs/ANIMATION.md): a colour-blind-safe ramp (plasma) for pain, no red/green
// pair; hatching carries the difference between essential and spillover in greyscale too.
inline constexpr glm::vec3 kEssentialSrgb{0.694f, 0.165f, 0.565f};   // #B12A90
inline constexpr glm::vec3 kSpilloverSrgb{0.988f, 0.651f, 0.212f};   // #FCA636
inline constexpr glm::vec3 kNeuralSrgb{0.416f, 0.0f, 0.659f};        // #6A00A8
inline constexpr glm::vec3 kNeuralPulseSrgb{0.941f, 0.976f, 0.129f}; // #F0F921
inline constexpr glm::vec3 kPaintedSrgb{0.337f, 0.706f, 0.914f};     // #56B4E9
inline constexpr glm::vec3 kCautionNerveSrgb{1.0f, 0.690f, 0.0f};    // #FFB000
inline constexpr glm::vec3 kCautionBoneSrgb{0.616f, 0.722f, 0.851f}; // #9DB8D9

} // namespace glutea
