// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// A smooth camera move (about 0.6 s, eased in and out) from one orbit to another: yaw takes the
// short way round, the target and distance glide, and pitch stays clamped so up never flips.
#include "geometry/camera.h"

namespace glutea {

class CameraTransition {
  public:
    static constexpr float kDefaultSeconds = 0.6f;

    void start(const OrbitCamera& from, const OrbitCamera& to, float seconds = kDefaultSeconds);
    // Advances by dt and writes the in-between camera; returns true while still moving.
    bool step(OrbitCamera& camera, float dt);
    bool active() const { return active_; }
    const OrbitCamera& goal() const { return to_; }
    void cancel() { active_ = false; }

  private:
    OrbitCamera from_, to_;
    float elapsed_ = 0.0f, seconds_ = kDefaultSeconds;
    bool active_ = false;
};

} // namespace glutea
