// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "meshgen/sweep.h"

#include <algorithm>
#include <cmath>

namespace glutea::meshgen {
namespace {

SweepKey catmullRom(const SweepKey& k0, const SweepKey& k1, const SweepKey& k2, const SweepKey& k3,
                    float t) {
    const float t2 = t * t, t3 = t2 * t;
    auto w = [&](float a, float b, float c, float d) {
        return 0.5f * (2.0f * b + (-a + c) * t + (2.0f * a - 5.0f * b + 4.0f * c - d) * t2 +
                       (-a + 3.0f * b - 3.0f * c + d) * t3);
    };
    SweepKey r;
    r.p = glm::vec3(w(k0.p.x, k1.p.x, k2.p.x, k3.p.x), w(k0.p.y, k1.p.y, k2.p.y, k3.p.y),
                    w(k0.p.z, k1.p.z, k2.p.z, k3.p.z));
    // Linear sizes: a spline could overshoot below zero.
    r.a = k1.a + (k2.a - k1.a) * t;
    r.b = k1.b + (k2.b - k1.b) * t;
    r.side = k1.side + (k2.side - k1.side) * t;
    return r;
}

// Bound of the signed distance to an ellipse with half axes a, b.
float ellipse(float x, float y, float a, float b) {
    const glm::vec2 q(x, y), r(a, b);
    const float k0 = glm::length(q / r);
    const float k1 = glm::length(q / (r * r));
    return k1 > 0.0f ? k0 * (k0 - 1.0f) / k1 : -std::min(a, b);
}

} // namespace

Sweep::Sweep(const std::vector<SweepKey>& keys, glm::vec3 widthHint, float segmentLength) {
    std::vector<SweepKey> pts;
    const size_t n = keys.size();
    for (size_t i = 0; i + 1 < n; ++i) {
        const SweepKey& k0 = keys[i == 0 ? 0 : i - 1];
        const SweepKey& k3 = keys[std::min(i + 2, n - 1)];
        const float len = glm::length(keys[i + 1].p - keys[i].p);
        const int steps = std::max(1, int(std::ceil(len / segmentLength)));
        for (int s = 0; s < steps; ++s) {
            pts.push_back(catmullRom(k0, keys[i], keys[i + 1], k3, float(s) / float(steps)));
        }
    }
    pts.push_back(keys.back());
    lo_ = glm::vec3(1e9f);
    hi_ = glm::vec3(-1e9f);
    for (size_t i = 0; i + 1 < pts.size(); ++i) {
        Seg s;
        s.a = pts[i].p;
        const glm::vec3 d = pts[i + 1].p - pts[i].p;
        s.len = std::max(glm::length(d), 1e-6f);
        s.dir = d / s.len;
        const glm::vec3 keySide = pts[i].side + pts[i + 1].side;
        const glm::vec3 hint = glm::length(keySide) > 1e-6f ? keySide : widthHint;
        glm::vec3 side = hint - s.dir * glm::dot(hint, s.dir);
        if (glm::length(side) < 1e-4f) {
            side = glm::cross(s.dir, glm::vec3(0.0f, 0.0f, 1.0f));
        }
        s.side = glm::normalize(side);
        s.normal = glm::cross(s.dir, s.side);
        s.ra = pts[i].a;
        s.rb = pts[i + 1].a;
        s.ba = pts[i].b;
        s.bb = pts[i + 1].b;
        s.mid = s.a + d * 0.5f;
        s.bound = 0.5f * s.len + std::max(std::max(s.ra, s.rb), std::max(s.ba, s.bb));
        s.first = i == 0;
        s.last = i + 2 == pts.size();
        segs_.push_back(s);
        const float r = std::max(std::max(s.ra, s.rb), std::max(s.ba, s.bb));
        lo_ = glm::min(lo_, glm::min(pts[i].p, pts[i + 1].p) - glm::vec3(r));
        hi_ = glm::max(hi_, glm::max(pts[i].p, pts[i + 1].p) + glm::vec3(r));
    }
}

float Sweep::segDistance(const Seg& s, glm::vec3 p) const {
    const glm::vec3 w = p - s.a;
    const float along = glm::dot(w, s.dir);
    const float t = std::clamp(along / s.len, 0.0f, 1.0f);
    const glm::vec3 q = w - s.dir * (t * s.len);
    const float e = ellipse(glm::dot(q, s.side), glm::dot(q, s.normal), s.ra + (s.rb - s.ra) * t,
                            s.ba + (s.bb - s.ba) * t);
    // Flat caps at the two ends; elsewhere the neighbouring segment continues the body.
    float out = 0.0f;
    if (along < 0.0f) {
        out = -along;
    } else if (along > s.len) {
        out = along - s.len;
    }
    if (out <= 0.0f) {
        return e;
    }
    if (!s.first && !s.last) {
        return std::sqrt(std::max(e, 0.0f) * std::max(e, 0.0f) + out * out);
    }
    const bool capped = (s.first && along < 0.0f) || (s.last && along > s.len);
    if (capped) {
        return std::max(e, 0.0f) > 0.0f ? std::sqrt(e * e + out * out) : out;
    }
    return std::sqrt(std::max(e, 0.0f) * std::max(e, 0.0f) + out * out);
}

float Sweep::distance(glm::vec3 p) const {
    float best = 1e9f;
    for (const Seg& s : segs_) {
        if (glm::length(p - s.mid) - s.bound > best) {
            continue;
        }
        best = std::min(best, segDistance(s, p));
    }
    return best;
}

glm::vec3 Sweep::direction(glm::vec3 p, float* dist) const {
    float best = 1e9f;
    glm::vec3 dir(0.0f, -1.0f, 0.0f);
    for (const Seg& s : segs_) {
        if (glm::length(p - s.mid) - s.bound > best) {
            continue;
        }
        const float d = segDistance(s, p);
        if (d < best) {
            best = d;
            dir = s.dir;
        }
    }
    if (dist) {
        *dist = best;
    }
    return dir;
}

} // namespace glutea::meshgen
