// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "anatomy/referral_player.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>

#include <glm/geometric.hpp>
#include <glm/trigonometric.hpp>

namespace glutea {

namespace {

constexpr float kPi = 3.14159265f;
constexpr float kMarkerRadiusM = 0.011f;
constexpr glm::vec3 kMarkerWhite{1.0f, 1.0f, 1.0f};

float smooth01(float x) {
    x = std::clamp(x, 0.0f, 1.0f);
    return x * x * (3.0f - 2.0f * x);
}

// The front of one phase: none before it, from -> to across it, everything after it.
float frontAt(float t, float start, float duration, float from, float to) {
    if (t < start) {
        return -1.0f;
    }
    if (t >= start + duration) {
        return ReferralTimeline::kAllFront;
    }
    // Eased, so the fill starts and settles gently; never below `from` (nothing shows at the
    // first instant) and monotonic in t.
    return from + (to - from) * smooth01((t - start) / duration);
}

} // namespace

ReferralPicture prepareReferral(const PatternField& field, std::vector<glm::vec4> paint,
                                std::string_view triggerPointId, const Mesh& skin) {
    ReferralPicture p;
    if (field.pattern) {
        p.patternId = field.pattern->id;
        p.structureId = field.pattern->structure;
        p.neural = field.pattern->kind != "myofascial"; // neural or radicular
    }
    p.side = field.side;
    p.triggerPoint = std::string(triggerPointId);
    for (const auto& site : field.triggerPoints) {
        if (triggerPointId.empty() ||
            (site.triggerPoint && site.triggerPoint->id == triggerPointId)) {
            p.sites.push_back(site.site.target);
            p.bounds.add(site.site.target);
            p.bounds.add(site.site.skin);
        }
    }
    const float inf = std::numeric_limits<float>::infinity();
    float eFrom = inf, eTo = -inf, sFrom = inf, sTo = -inf;
    glm::vec3 normalSum(0.0f);
    const std::size_t n = std::min(paint.size(), skin.positions.size());
    for (std::size_t i = 0; i < n; ++i) {
        const glm::vec4& v = paint[i];
        if (!std::isfinite(v.z)) {
            continue; // unreached by the spread: never shown
        }
        if (v.x > 0.0f) {
            eFrom = std::min(eFrom, v.z);
            eTo = std::max(eTo, v.z);
        }
        if (v.y > 0.0f) {
            sFrom = std::min(sFrom, v.z);
            sTo = std::max(sTo, v.z);
        }
        const float w = std::max(v.x, v.y);
        if (w >= 0.5f) {
            p.bounds.add(skin.positions[i]);
            if (i < skin.normals.size()) {
                normalSum += w * skin.normals[i];
            }
        }
    }
    if (eFrom <= eTo) {
        p.essentialFrom = eFrom;
        p.essentialTo = eTo;
    }
    p.hasSpillover = sFrom <= sTo;
    if (p.hasSpillover) {
        p.spilloverFrom = sFrom;
        p.spilloverTo = sTo;
    }
    if (glm::length(normalSum) > 1e-6f) {
        p.viewFrom = glm::normalize(normalSum);
    }
    p.paint = std::move(paint);
    p.version = newSkinPaintVersion();
    return p;
}

PainLook referralLookAt(const ReferralPicture& picture, double time,
                        const ReferralPlaySettings& settings) {
    using T = ReferralTimeline;
    PainLook look;
    look.neural = picture.neural;
    if (settings.reducedMotion) {
        look.essentialFront = T::kAllFront;
        look.spilloverFront = T::kAllFront;
        look.strength = 1.0f;
        look.pulseTravel = 0.0f; // still pulses: the band's pattern without motion
        return look;
    }
    const double since = std::max(0.0, time);
    const float t = static_cast<float>(std::fmod(since, double(T::kPeriodS)));
    look.essentialFront =
        frontAt(t, T::kMarkersS, T::kEssentialS, picture.essentialFrom, picture.essentialTo);
    look.spilloverFront = frontAt(t, T::kMarkersS + T::kEssentialS, T::kSpilloverS,
                                  picture.spilloverFrom, picture.spilloverTo);
    const float fadeStart = T::kCompleteS + T::kHoldS;
    look.strength = t < fadeStart ? 1.0f : 1.0f - smooth01((t - fadeStart) / T::kFadeS);
    if (picture.neural) {
        // Pulses keep travelling over the whole play (they do not jump back at the loop).
        look.pulseTravel = static_cast<float>(since) * T::kNervePulseSpeed;
    }
    return look;
}

float referralMarkerRadius(double t, const ReferralPlaySettings& settings) {
    if (settings.reducedMotion) {
        return kMarkerRadiusM;
    }
    const float phase =
        static_cast<float>(std::fmod(std::max(0.0, t) * ReferralTimeline::kPulseHz, 1.0));
    return kMarkerRadiusM * (1.0f + 0.3f * std::sin(2.0f * kPi * phase));
}

void playReferral(const ReferralPicture& picture, double t, const ReferralPlaySettings& settings,
                  SceneOverlay& overlay) {
    if (overlay.skin.version != picture.version) {
        overlay.skin.pain = picture.paint;
        overlay.skin.version = picture.version;
    }
    overlay.pain = referralLookAt(picture, t, settings);
    overlay.pain.showPainted = false;
    for (const auto& p : picture.paint) {
        if (p.w > 0.0f) {
            overlay.pain.showPainted = true;
            break;
        }
    }
    overlay.highContrast = settings.highContrast;
    overlay.markers.clear();
    const float radius = referralMarkerRadius(t, settings);
    for (const glm::vec3& site : picture.sites) {
        Marker m;
        m.shape = MarkerShape::Sphere;
        m.position = site;
        m.radius = radius;
        m.colorSrgb = kMarkerWhite;
        m.onTop = true; // the trigger point lies inside the body; keep it seen
        overlay.markers.push_back(m);
    }
}

void frameReferralBounds(OrbitCamera& camera, const Bounds& bounds, float aspect, float margin) {
    if (bounds.empty()) {
        return;
    }
    const glm::vec3 lo = bounds.min - glm::vec3(margin), hi = bounds.max + glm::vec3(margin);
    camera.target = (lo + hi) * 0.5f;
    const glm::vec3 f = camera.forward();
    const glm::vec3 right = glm::normalize(glm::cross(f, glm::vec3(0, 1, 0)));
    const glm::vec3 up = glm::cross(right, f);
    const float tanY = std::tan(glm::radians(camera.fovYDegrees) * 0.5f);
    const float tanX = tanY * std::max(aspect, 1e-3f);
    float distance = 0.05f;
    for (int i = 0; i < 8; ++i) {
        const glm::vec3 corner((i & 1) ? hi.x : lo.x, (i & 2) ? hi.y : lo.y, (i & 4) ? hi.z : lo.z);
        const glm::vec3 d = corner - camera.target;
        // A corner nearer the eye by `toward` needs the eye that much farther back.
        const float toward = -glm::dot(d, f);
        distance = std::max({distance, toward + std::abs(glm::dot(d, right)) / tanX,
                             toward + std::abs(glm::dot(d, up)) / tanY});
    }
    camera.distance = distance;
}

glm::vec2 referralYawPitch(const ReferralPicture& picture) {
    const glm::vec3 d = picture.viewFrom;
    const float yaw = glm::degrees(std::atan2(d.x, d.z));
    const float pitch = glm::degrees(std::asin(std::clamp(d.y, -1.0f, 1.0f)));
    return {yaw, std::clamp(pitch, -35.0f, 35.0f)};
}

} // namespace glutea
