// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// A muscle action's pose as the view holds it (ViewState::pose; anatomy/pose_deformation makes
// it). Kept apart so the view's header needs no more than this.
#include <cstdint>
#include <memory>
#include <vector>

#include <glm/glm.hpp>

#include "geometry/mesh.h"

namespace glutea {

// What the renderer needs of a pose (ViewState::pose).
struct PoseDeformation {
    bool on = false;
    glm::mat4 moved{1.0f}; // rest -> moved, the leg at this time
    std::shared_ptr<const std::vector<std::vector<float>>> weights; // per part (poseWeights)
    std::uint64_t weightsVersion = 0; // changes when `weights` does (newPoseVersion)
    // Per part: sRGB colour and amount mixed into its colour (agonists, antagonists); empty: none.
    std::vector<glm::vec4> tint;
    // The atlas's bounds grown by the leg's reach: the camera's depth range while the leg moves.
    Bounds sceneBounds;
};
} // namespace glutea
