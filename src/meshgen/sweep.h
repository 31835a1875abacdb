// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// A profile swept along a smooth path: the building block for muscle bands, nerves, rami and the
// sacrum. The cross-section is an ellipse with half-width `a` along a side direction and
// half-thickness `b` across it, both varying along the path.
#include <glm/glm.hpp>

#include <vector>

namespace glutea::meshgen {

struct SweepKey {
    glm::vec3 p;
    float a; // half width along the side direction
    float b; // half thickness
    // Optional width direction at this key (zero: the sweep's widthHint). Lets a band twist, as
    // the maximus does where it wraps around the hip.
    glm::vec3 side{0.0f};
};

class Sweep {
  public:
    // keys: control points (Catmull-Rom interpolated); widthHint: the direction the width runs in
    // (projected perpendicular to the path at each segment).
    Sweep(const std::vector<SweepKey>& keys, glm::vec3 widthHint, float segmentLength = 0.006f);

    float distance(glm::vec3 p) const;
    // Unit path direction at the segment nearest to p, and that distance.
    glm::vec3 direction(glm::vec3 p, float* dist = nullptr) const;
    const glm::vec3& lo() const { return lo_; }
    const glm::vec3& hi() const { return hi_; }

  private:
    struct Seg {
        glm::vec3 a, dir, side, normal, mid;
        float len, ra, rb, ba, bb, bound;
        bool first, last;
    };
    float segDistance(const Seg& s, glm::vec3 p) const;
    std::vector<Seg> segs_;
    glm::vec3 lo_, hi_;
};

} // namespace glutea::meshgen
