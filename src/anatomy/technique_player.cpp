// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "anatomy/technique_player.h"

#include <algorithm>
#include <cmath>

#include <glm/geometric.hpp>

#include "anatomy/content_names.h"
#include "base/text.h"

namespace glutea {
namespace {

constexpr float kPi = 3.14159265f;
constexpr float kSampleStepM = 0.004f; // path samples over the skin

float smooth(float u) {
    u = std::clamp(u, 0.0f, 1.0f);
    return u * u * (3.0f - 2.0f * u);
}

float mid(const std::optional<Range>& r, float fallback) {
    return r ? static_cast<float>(0.5 * (r->min + r->max)) : fallback;
}

bool hasTool(const Technique& t, const char* word) {
    return std::any_of(t.tools.begin(), t.tools.end(), [&](const LocalizedText& tool) {
        return asciiLower(tool.get()).find(word) != std::string::npos;
    });
}

float contactRadius(const Technique& t, Motion motion) {
    if (motion == Motion::Gun) {
        return 0.01f;
    }
    if (motion == Motion::Ball) {
        return 0.02f;
    }
    if (motion == Motion::Roller || motion == Motion::RollerHold) {
        return 0.025f;
    }
    const std::string first = t.tools.empty() ? std::string() : asciiLower(t.tools.front().get());
    if (first.find("palm") != std::string::npos) {
        return 0.035f;
    }
    if (first.find("heel") != std::string::npos || first.find("fist") != std::string::npos) {
        return 0.035f;
    }
    if (first.find("elbow") != std::string::npos || first.find("forearm") != std::string::npos) {
        return 0.025f;
    }
    if (first.find("thumb") != std::string::npos) {
        return 0.012f;
    }
    return 0.015f; // fingertips, knuckles
}

// A polyline through skin points, subdivided and put back onto the skin every few millimetres.
void appendOnSkin(std::vector<SkinSample>& out, const glm::vec3& a, const glm::vec3& b,
                  const SkinProjector& skin) {
    const int n = std::max(1, static_cast<int>(std::ceil(glm::length(b - a) / kSampleStepM)));
    for (int i = out.empty() ? 0 : 1; i <= n; ++i) {
        out.push_back(skin.project(a + (b - a) * (float(i) / float(n))));
    }
}

// The ellipse's radius in the direction at `angle` from its major axis.
float ellipseRadius(float major, float minor, float cosAngle) {
    const float s2 = std::max(0.0f, 1.0f - cosAngle * cosAngle);
    return 1.0f / std::sqrt(cosAngle * cosAngle / (major * major) + s2 / (minor * minor));
}

} // namespace

glm::vec3 tangentOf(const glm::vec3& v, const glm::vec3& n, const glm::vec3& fallback) {
    glm::vec3 t = v - n * glm::dot(v, n);
    const float len = glm::length(t);
    if (len < 1e-6f) {
        t = fallback - n * glm::dot(fallback, n);
        const float l2 = glm::length(t);
        return l2 < 1e-6f ? glm::vec3(1.0f, 0.0f, 0.0f) : t / l2;
    }
    return t / len;
}

SkinSample walkOnSkin(const SkinProjector& skin, const SkinSample& at, const glm::vec3& offset) {
    const float length = glm::length(offset);
    if (length < 1e-6f) {
        return at;
    }
    const int steps = std::max(1, static_cast<int>(std::ceil(length / 0.01f)));
    glm::vec3 dir = offset / length;
    SkinSample s = at;
    for (int i = 0; i < steps; ++i) {
        dir = tangentOf(dir, s.normal, dir);
        s = skin.project(s.position + dir * (length / float(steps)));
    }
    return s;
}

Motion motionOf(const Technique& t, const TechniquePlacement& p) {
    if (t.category == "stretch") {
        return Motion::Stretch;
    }
    if (hasTool(t, "roller")) {
        return p.sustained ? Motion::RollerHold : Motion::Roller;
    }
    if (hasTool(t, "ball")) {
        return Motion::Ball;
    }
    if (hasTool(t, "gun")) {
        return Motion::Gun;
    }
    if (p.sustained || p.direction == FibreDirection::Static) {
        return Motion::Hold;
    }
    if (p.direction == FibreDirection::Circular) {
        return Motion::Circles;
    }
    if (p.direction == FibreDirection::Across && p.form == PlacementForm::Area) {
        return Motion::BroadPress;
    }
    if (t.pressure == Pressure::Deep || p.pressure == Pressure::Deep) {
        return Motion::DeepGlide;
    }
    return p.form == PlacementForm::Area ? Motion::Circles : Motion::Stroke;
}

const char* motionName(Motion m) {
    static const char* names[] = {"stroke", "deep_glide",  "circles", "hold", "broad_press",
                                  "roller", "roller_hold", "ball",    "gun",  "stretch"};
    return names[static_cast<int>(m)];
}

const char* pressureName(Pressure p) {
    return nameIn(pressureNames(), p);
}

TechniqueTrack buildTrack(const Technique& technique, const TechniquePlacement& placement,
                          const PlacementSite& site, const SkinProjector& skin) {
    TechniqueTrack k;
    k.technique = &technique;
    k.placement = &placement;
    k.motion = motionOf(technique, placement);
    k.side = site.side;
    k.contactRadiusM = contactRadius(technique, k.motion);
    k.majorM = site.majorM;
    k.minorM = site.minorM;
    if (site.points.empty()) {
        return k;
    }
    // The centre: the point, the area's first centre, or the middle of a path.
    k.centre = site.points.front();
    const glm::vec3 n = k.centre.normal;
    k.fibre = tangentOf(site.fibre, n, glm::vec3(0.0f, -1.0f, 0.0f));
    k.across = glm::normalize(glm::cross(n, k.fibre));
    k.majorAxis = tangentOf(site.majorAxis, n, k.fibre);
    k.minorAxis = glm::normalize(glm::cross(n, k.majorAxis));

    std::vector<glm::vec3> corners;
    if (placement.form == PlacementForm::Path) {
        for (const auto& s : site.points) {
            corners.push_back(s.position);
        }
    } else if (k.motion == Motion::BroadPress) {
        // Hand-widths across the fibres through the area.
        const float reach =
            0.75f * ellipseRadius(k.majorM, k.minorM, glm::dot(k.across, k.majorAxis));
        corners = {k.centre.position - k.across * reach, k.centre.position + k.across * reach};
    } else if (k.motion == Motion::Circles) {
        corners = {k.centre.position - k.majorAxis * (0.6f * k.majorM),
                   k.centre.position + k.majorAxis * (0.6f * k.majorM)};
    } else {
        corners = {k.centre.position};
    }
    if (corners.size() == 1) {
        k.path = {k.centre};
    } else {
        for (std::size_t i = 0; i + 1 < corners.size(); ++i) {
            appendOnSkin(k.path, corners[i], corners[i + 1], skin);
        }
    }
    k.arc.assign(k.path.size(), 0.0f);
    for (std::size_t i = 1; i < k.path.size(); ++i) {
        k.arc[i] = k.arc[i - 1] + glm::length(k.path[i].position - k.path[i - 1].position);
    }
    if (placement.form == PlacementForm::Path && k.path.size() > 1) {
        k.centre = pathPoint(k, 0.5f * k.pathLength());
    }

    const float stroke = mid(placement.strokeS, 4.0f);
    const float hold = placement.holdS ? static_cast<float>(placement.holdS->max) : 0.0f;
    switch (k.motion) {
    case Motion::Stroke:
        k.strokeS = stroke;
        k.loopS = stroke + 1.0f; // a lighter return
        break;
    case Motion::DeepGlide:
        k.strokeS = mid(placement.strokeS, 7.5f);
        k.loopS = k.strokeS + 1.5f;
        break;
    case Motion::Circles: {
        k.strokeS = mid(placement.strokeS, 1.5f);
        const float travel = std::clamp(k.pathLength() / 0.012f, 4.0f, 12.0f);
        k.loopS = 2.0f * travel;
        break;
    }
    case Motion::BroadPress: {
        k.strokeS = mid(placement.strokeS, 1.5f);
        const int spots = std::clamp(int(std::round(k.pathLength() / 0.04f)) + 1, 3, 6);
        k.loopS = float(spots) * (k.strokeS + 0.5f);
        break;
    }
    case Motion::Roller:
        k.strokeS = stroke;
        k.loopS = 2.0f * stroke; // there and back
        break;
    case Motion::Gun:
        k.strokeS = 4.1f;
        k.loopS = 4.1f * 7.0f; // the figure repeats after a while; it never rests meanwhile
        break;
    case Motion::Hold:
    case Motion::RollerHold:
    case Motion::Ball:
    case Motion::Stretch: {
        k.holdRealS = hold > 0.0f ? hold : 30.0f;
        k.holdAnimS = k.holdRealS / kHoldSpeedUp;
        const float in = k.motion == Motion::Stretch ? 2.0f : 1.0f;
        const float out = k.motion == Motion::Stretch ? 1.5f : 1.0f;
        k.strokeS = in;
        k.loopS = in + k.holdAnimS + out + 0.6f;
        break;
    }
    }
    return k;
}

SkinSample pathPoint(const TechniqueTrack& k, float distance) {
    if (k.path.empty()) {
        return k.centre;
    }
    if (k.path.size() == 1 || distance <= 0.0f) {
        return k.path.front();
    }
    if (distance >= k.pathLength()) {
        return k.path.back();
    }
    const auto it = std::upper_bound(k.arc.begin(), k.arc.end(), distance);
    const std::size_t i = std::size_t(it - k.arc.begin());
    const float span = k.arc[i] - k.arc[i - 1];
    const float u = span > 0.0f ? (distance - k.arc[i - 1]) / span : 0.0f;
    SkinSample s;
    s.position = glm::mix(k.path[i - 1].position, k.path[i].position, u);
    s.normal = glm::normalize(glm::mix(k.path[i - 1].normal, k.path[i].normal, u));
    return s;
}

TechniquePose poseAt(const TechniqueTrack& k, const SkinProjector& skin, double seconds) {
    TechniquePose pose;
    pose.contact = k.centre;
    const float L = k.pathLength();
    float t = static_cast<float>(std::fmod(seconds, double(k.loopS)));
    if (t < 0.0f) {
        t += k.loopS;
    }
    switch (k.motion) {
    case Motion::Stroke:
    case Motion::DeepGlide: {
        if (t < k.strokeS) {
            const float u = t / k.strokeS;
            pose.contact = pathPoint(k, smooth(u) * L);
            pose.phase = "glide";
            pose.press = 1.0f;
            if (k.motion == Motion::DeepGlide) { // sink in slowly, ease off at the end
                pose.press = std::min({1.0f, smooth(u / 0.15f), smooth((1.0f - u) / 0.1f)});
            }
        } else {
            const float v = (t - k.strokeS) / (k.loopS - k.strokeS);
            pose.contact = pathPoint(k, (1.0f - smooth(v)) * L);
            pose.phase = "return";
            pose.press = 0.2f;
            pose.opacity = 0.35f;
        }
        break;
    }
    case Motion::Circles: {
        const float half = 0.5f * k.loopS;
        const float p = t < half ? t / half : 2.0f - t / half;
        const SkinSample c = pathPoint(k, p * L);
        const glm::vec3 e1 = tangentOf(k.fibre, c.normal, k.fibre);
        const glm::vec3 e2 = glm::normalize(glm::cross(c.normal, e1));
        const float a = 2.0f * kPi * t / k.strokeS;
        const float r = std::min(0.015f, 0.4f * k.minorM);
        pose.contact = walkOnSkin(skin, c, r * (std::cos(a) * e1 + std::sin(a) * e2));
        pose.press = 0.75f + 0.25f * (0.5f + 0.5f * std::sin(a));
        pose.phase = "circles";
        break;
    }
    case Motion::BroadPress: {
        const int spots = std::clamp(int(std::round(L / 0.04f)) + 1, 3, 6);
        const float slot = k.strokeS + 0.5f;
        const int i = std::min(spots - 1, int(t / slot));
        const float local = t - float(i) * slot;
        const float at = L * float(i) / float(spots - 1);
        if (local < k.strokeS) {
            pose.contact = pathPoint(k, at);
            pose.press = std::sin(kPi * local / k.strokeS);
            pose.phase = "press";
        } else {
            const float u = smooth((local - k.strokeS) / 0.5f);
            const bool last = i == spots - 1;
            const float next = last ? 0.0f : L * float(i + 1) / float(spots - 1);
            pose.contact = pathPoint(k, at + (next - at) * u);
            pose.opacity = last ? 0.35f : 1.0f;
            pose.phase = "move";
        }
        break;
    }
    case Motion::Roller: {
        const float half = 0.5f * k.loopS;
        const float p = t < half ? smooth(t / half) : 1.0f - smooth(t / half - 1.0f);
        pose.contact = pathPoint(k, p * L);
        pose.press = 1.0f;
        pose.phase = "roll";
        break;
    }
    case Motion::Gun: {
        // An ellipse swept at constant angular speed while its size breathes: the velocity
        // never vanishes, so the head never rests on one spot.
        const float a = 2.0f * kPi * t / k.strokeS;
        const float s = 0.55f + 0.3f * std::sin(2.0f * kPi * t / k.loopS * 3.0f);
        const glm::vec3 off = s * (k.majorM * 0.8f * std::cos(a) * k.majorAxis +
                                   k.minorM * 0.8f * std::sin(a) * k.minorAxis);
        pose.contact = walkOnSkin(skin, k.centre, off);
        pose.press = 0.5f + 0.5f * std::abs(std::sin(2.0f * kPi * 4.0f * t)); // percussion
        pose.phase = "moving";
        break;
    }
    case Motion::Hold:
    case Motion::RollerHold:
    case Motion::Ball:
    case Motion::Stretch: {
        const bool stretch = k.motion == Motion::Stretch;
        const float in = k.strokeS, out = stretch ? 1.5f : 1.0f;
        if (t < in) {
            pose.press = smooth(t / in);
            pose.phase = stretch ? "into the stretch" : "press";
            pose.holdRemainingS = k.holdRealS;
        } else if (t < in + k.holdAnimS) {
            pose.press = 1.0f;
            pose.phase = "hold";
            pose.holdRemainingS = k.holdRealS * (1.0f - (t - in) / k.holdAnimS);
        } else if (t < in + k.holdAnimS + out) {
            pose.press = 1.0f - smooth((t - in - k.holdAnimS) / out);
            pose.phase = stretch ? "ease out" : "release";
        } else {
            pose.press = 0.0f;
            pose.phase = "rest";
        }
        break;
    }
    }
    return pose;
}

} // namespace glutea
