// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Named anatomical points (landmarks.json) that content anchors to, instead of raw mesh
// coordinates.
#include <filesystem>
#include <map>
#include <string>

#include <glm/glm.hpp>

namespace glutea {

struct Landmark {
    std::string id; // e.g. "psis_l"
    std::string name;
    std::string structure; // node the point lies on, e.g. "hip_bone_l"
    glm::vec3 position{0.0f};
    glm::vec3 skin{0.0f}; // nearest point on the skin
};

using Landmarks = std::map<std::string, Landmark>;

// Throws glutea::Error naming the file and the place of every problem.
Landmarks loadLandmarks(const std::filesystem::path& file);

} // namespace glutea
