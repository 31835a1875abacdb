// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Points of a cross-section's cut faces, per part: a grid over the plane where the part is the
// innermost closed mesh containing the point (what the cut shows there). Labels of a section end
// on them (anatomy/label_anchors).
#include <vector>

#include <glm/glm.hpp>

#include "anatomy/atlas.h"
#include "anatomy/section.h"
#include "geometry/bvh.h"

namespace glutea {

// The innermost part (smallest bounding box) whose closed mesh contains `p`, by the parity of a
// ray's crossings; -1 outside every part.
int innermostPartAt(const Atlas& atlas, const Bvh& bvh, const glm::vec3& p);

// Per part of the atlas, the grid points (`spacing` metres apart) of the plane it shows.
std::vector<std::vector<glm::vec3>> sectionSpots(const Atlas& atlas, const Bvh& bvh,
                                                 const SectionPlane& plane, float spacing = 0.006f);

} // namespace glutea
