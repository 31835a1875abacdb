// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "meshgen/proportions.h"

#include <algorithm>
#include <cmath>

namespace glutea::meshgen {
namespace {

// Vertical scale: 1 above the hip, kThigh along the thigh, kShank below the knee, with linear
// changes of scale between (so the map is smooth: no crease in any surface). Knots from the top.
struct Knot {
    float y, scale;
};
constexpr float kThigh = 0.93f, kShank = 0.90f;
constexpr Knot kKnots[] = {
    {-0.030f, 1.0f}, {-0.090f, kThigh}, {-0.400f, kThigh}, {-0.460f, kShank}};

float scaleAt(float y) {
    if (y >= kKnots[0].y) {
        return kKnots[0].scale;
    }
    for (size_t i = 0; i + 1 < std::size(kKnots); ++i) {
        if (y >= kKnots[i + 1].y) {
            const float t = (kKnots[i].y - y) / (kKnots[i].y - kKnots[i + 1].y);
            return kKnots[i].scale + (kKnots[i + 1].scale - kKnots[i].scale) * t;
        }
    }
    return kKnots[std::size(kKnots) - 1].scale;
}

// y' = integral of the scale from 0 to y (identity above the first knot).
float mapY(float y) {
    if (y >= kKnots[0].y) {
        return y;
    }
    float out = kKnots[0].y;
    float top = kKnots[0].y;
    for (size_t i = 0; i + 1 < std::size(kKnots) && y < top; ++i) {
        const float bottom = std::max(y, kKnots[i + 1].y);
        out -= 0.5f * (scaleAt(top) + scaleAt(bottom)) * (top - bottom); // exact: scale linear
        top = kKnots[i + 1].y;
    }
    if (y < top) {
        out -= kKnots[std::size(kKnots) - 1].scale * (top - y);
    }
    return out;
}

float unmapY(float yAtlas) {
    float y = yAtlas;
    for (int i = 0; i < 8; ++i) { // Newton: the scale is the derivative
        y -= (mapY(y) - yAtlas) / scaleAt(y);
    }
    return y;
}

// Lateral shift: kShift at the hip (hip joint centres 2 x 20 mm further apart), less toward the
// knee (the thigh converges, as a wider pelvis makes it), a third of it at the knee and below.
constexpr float kShift = 0.0200f;
float shiftAt(float y) {
    const float t = std::clamp((-0.050f - y) / 0.350f, 0.0f, 1.0f);
    return kShift * (1.0f - (2.0f / 3.0f) * t * t * (3.0f - 2.0f * t));
}

// Fraction of the shift at distance a from the midline: uniform stretch (1 + kStretch) of the
// middle (the sacrum widens with the pelvis) out to kA0, fading to no stretch at kA1, beyond which
// everything moves by the full shift. ramp(kA1) = 1 fixes kStretch.
constexpr float kA0 = 0.050f, kA1 = 0.140f;
constexpr float kStretch = 2.0f / (kA0 + kA1); // of the shift, per metre
float ramp(float a) {
    if (a <= kA0) {
        return kStretch * a;
    }
    if (a >= kA1) {
        return 1.0f;
    }
    const float u = a - kA0;
    return kStretch * (kA0 + u - 0.5f * u * u / (kA1 - kA0));
}

// Within 30 mm of the hip joint centre (design frame) everything moves by the full shift (the
// head and its socket translate), blending into the ramp by 60 mm.
const glm::vec3 kHip(0.0773f, 0.0f, 0.0f);
float rigid(glm::vec3 leftPoint) {
    const float r = glm::length(leftPoint - kHip);
    const float t = std::clamp((r - 0.030f) / 0.030f, 0.0f, 1.0f);
    return 1.0f - t * t * (3.0f - 2.0f * t);
}

float fraction(float a, float y, float z) {
    const float r = ramp(a);
    return r + (1.0f - r) * rigid(glm::vec3(a, y, z));
}

} // namespace

glm::vec3 toAtlas(glm::vec3 p) {
    const float a = std::abs(p.x);
    const float x = a + shiftAt(p.y) * fraction(a, p.y, p.z);
    return glm::vec3(std::copysign(x, p.x), mapY(p.y), p.z);
}

glm::vec3 toDesign(glm::vec3 q) {
    const float y = unmapY(q.y);
    const float ax = std::abs(q.x), s = shiftAt(y);
    // x' = a + s f(a): a contraction for s |df/da| < 1 (here below 0.4), so iterate.
    float a = std::max(0.0f, ax - s);
    for (int i = 0; i < 24; ++i) {
        a = std::max(0.0f, ax - s * fraction(a, y, q.z));
    }
    return glm::vec3(std::copysign(a, q.x), y, q.z);
}

glm::vec3 directionToAtlas(glm::vec3 p, glm::vec3 dir) {
    const float h = 1e-4f;
    const glm::vec3 d = toAtlas(p + dir * h) - toAtlas(p - dir * h);
    const float l = glm::length(d);
    return l > 0.0f ? d / l : dir;
}

Box toAtlas(const Box& b) {
    // x' grows with x and with y (the shift is largest at the hip), y' with y: the corners and the
    // hip level bound the image; sample the box's faces to be safe with the rigid blend.
    Box out{glm::vec3(1e9f), glm::vec3(-1e9f)};
    for (int i = 0; i <= 8; ++i) {
        for (int j = 0; j <= 8; ++j) {
            for (int k = 0; k <= 8; ++k) {
                const glm::vec3 t(float(i) / 8, float(j) / 8, float(k) / 8);
                const glm::vec3 q = toAtlas(b.lo + (b.hi - b.lo) * t);
                out.lo = glm::min(out.lo, q);
                out.hi = glm::max(out.hi, q);
            }
        }
    }
    out.lo -= glm::vec3(0.002f);
    out.hi += glm::vec3(0.002f);
    if (b.lo.x == -b.hi.x) { // a midline box stays exactly symmetric
        const float x = std::max(-out.lo.x, out.hi.x);
        out.lo.x = -x;
        out.hi.x = x;
    }
    return out;
}

} // namespace glutea::meshgen
