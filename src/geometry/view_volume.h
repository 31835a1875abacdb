// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Whether a box can show in a view: the renderer skips parts wholly outside the view volume (the
// legs below the frame in the posterior view), whose vertices a software rasteriser would
// otherwise transform on one thread only to clip them away.
#include <glm/mat4x4.hpp>

#include "geometry/mesh.h"

namespace glutea {

// True when no point of `box` lies inside the view volume of `viewProjection` (OpenGL clip space:
// -w <= x, y, z <= w). Conservative: a box beside a corner of the volume, outside it but not
// wholly beyond any one of its six planes, counts as inside. An empty box is outside.
bool boxOutsideView(const glm::mat4& viewProjection, const Bounds& box);

} // namespace glutea
