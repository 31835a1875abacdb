// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The atlas landmarks of docs/CONVENTIONS.md, in the atlas frame (metres, +X subject's left,
// +Y up, +Z anterior, origin midway between the hip joint centres).
#include <glm/glm.hpp>

#include <string>
#include <vector>

namespace glutea::meshgen {

struct Landmark {
    std::string id;        // e.g. "psis_l"; unpaired ids have no suffix
    std::string name;      // English display name
    std::string structure; // node name of the structure it lies on, e.g. "hip_bone_l"
    glm::vec3 position{0.0f};
    glm::vec3 skin{0.0f}; // nearest skin point, filled once the skin exists
};

// Left-side (or midline) position of a landmark by its bare id, in the design frame of
// proportions.h; throws on an unknown id.
// Every bone, muscle and nerve is placed relative to these points.
glm::vec3 landmarkLeft(const std::string& bareId);

// All landmarks, paired ones on both sides, sorted by id.
std::vector<Landmark> atlasLandmarks();

} // namespace glutea::meshgen
