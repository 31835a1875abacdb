// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Body proportions (issue 17). Every structure is designed in one "design frame" (the coordinates
// written in bones.cpp, muscles.cpp, ...: a narrow pelvis, 155 mm between the hip joint centres,
// and a long leg) and then carried into the atlas frame by one smooth, monotone, mirror-symmetric
// map that widens the pelvis, shortens the thigh a little and the leg more, so that the hip width,
// femur and shank have adult female proportions (Visible Human Female: hip width / femur 0.51,
// shank / femur 0.87). The femoral head and its socket move as a whole (no stretch within 30 mm
// of the hip joint centre), so the head stays a sphere about the hip joint centre landmark.
#include "meshgen/mesh.h"

namespace glutea::meshgen {

// Design frame -> atlas frame.
glm::vec3 toAtlas(glm::vec3 design);
// Atlas frame -> design frame (the inverse, to 1e-7 m).
glm::vec3 toDesign(glm::vec3 atlas);
// A direction at a design point carried into the atlas frame (unit length).
glm::vec3 directionToAtlas(glm::vec3 design, glm::vec3 dir);
// Bounds of the image of a design box.
Box toAtlas(const Box& design);

} // namespace glutea::meshgen
