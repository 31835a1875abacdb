// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "geometry/camera_transition.h"

#include <algorithm>
#include <cmath>

namespace glutea {

void CameraTransition::start(const OrbitCamera& from, const OrbitCamera& to, float seconds) {
    from_ = from;
    to_ = to;
    elapsed_ = 0.0f;
    seconds_ = std::max(seconds, 1e-3f);
    active_ = true;
}

bool CameraTransition::step(OrbitCamera& camera, float dt) {
    if (!active_) {
        return false;
    }
    elapsed_ += std::max(dt, 0.0f);
    const float t = std::min(elapsed_ / seconds_, 1.0f);
    const float s = t * t * (3.0f - 2.0f * t); // smoothstep: no jolt at either end
    const float yawDelta = std::remainder(to_.yawDegrees - from_.yawDegrees, 360.0f);
    camera.yawDegrees = std::remainder(from_.yawDegrees + yawDelta * s, 360.0f);
    camera.pitchDegrees = from_.pitchDegrees + (to_.pitchDegrees - from_.pitchDegrees) * s;
    // Distance eases geometrically so zooming feels even at every scale.
    camera.distance = from_.distance * std::pow(to_.distance / from_.distance, s);
    camera.target = from_.target + (to_.target - from_.target) * s;
    camera.fovYDegrees = to_.fovYDegrees;
    if (t >= 1.0f) {
        camera = to_;
        active_ = false;
    }
    return active_;
}

} // namespace glutea
