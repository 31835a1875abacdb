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

} // namespace glutea
