// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Where the foot is (foot_bones.cpp): its bones are placed from measurements of the Visible Human
// Female's foot, written in that subject's frame and moved as one onto the model's ankle. The
// calf's tendon and the skin of the foot use the same move, so they meet the bones.
#include <glm/glm.hpp>

namespace glutea::meshgen {

// A point measured on the reference foot (atlas axes, metres, the subject's own origin between its
// hip joint centres; the foot turned to stand flat) -> the model's atlas frame.
glm::vec3 footPoint(glm::vec3 reference);

} // namespace glutea::meshgen
