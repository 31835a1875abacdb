// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// The markers and props of one moment of a technique: the hand or tool, its pressure ring, a
// fading trail, arrows of pull (stretches), the foam roller or ball.
#include <algorithm>

#include <glm/geometric.hpp>

#include "anatomy/technique_player.h"

namespace glutea {
namespace {

constexpr glm::vec3 kHandWhite{1.0f, 1.0f, 1.0f};
constexpr glm::vec3 kRingCyan{0.2f, 0.851f, 1.0f}; // #33D9FF

// Ring size (times the contact) and depth (metres) per pressure: what "firm" looks like.
struct PressureLook {
    float ringScale;
    float sinkM;
};
PressureLook pressureLook(Pressure p) {
    switch (p) {
    case Pressure::None:
        return {1.0f, 0.0f};
    case Pressure::Light:
        return {1.15f, 0.002f};
    case Pressure::Moderate:
        return {1.45f, 0.005f};
    case Pressure::Firm:
        return {1.65f, 0.009f};
    case Pressure::Deep:
        break;
    }
    return {1.9f, 0.014f};
}

} // namespace

TechniqueFrame playTechnique(const TechniqueTrack& k, const SkinProjector& skin, double seconds,
                             bool highContrast) {
    TechniqueFrame f;
    f.pose = poseAt(k, skin, seconds);
    const TechniquePose& pose = f.pose;
    const Pressure pressure = k.placement ? k.placement->pressure : Pressure::Moderate;
    const PressureLook look = pressureLook(pressure);
    const float strength = highContrast ? 1.0f : 0.9f;
    auto marker = [&](MarkerShape shape, const SkinSample& at, float radius, glm::vec3 colour,
                      float opacity, float sink) {
        Marker m;
        m.shape = shape;
        m.position = at.position;
        m.normal = at.normal;
        m.radius = radius;
        m.sink = sink;
        m.colorSrgb = colour;
        m.opacity = std::clamp(opacity * strength, 0.0f, 1.0f);
        return m;
    };
    f.ringRadiusM = k.contactRadiusM * look.ringScale * (0.75f + 0.25f * pose.press);
    f.ringSinkM = look.sinkM * pose.press;

    if (k.motion == Motion::Stretch) {
        // The lengthened muscle: a tint over the area and arrows of pull along its fibres.
        f.markers.push_back(marker(MarkerShape::Disc, k.centre, std::max(k.majorM, k.minorM),
                                   kRingCyan, 0.25f + 0.25f * pose.press, 0.0f));
        f.markers.back().onTop = false;
        const float reach = 0.55f * std::max(k.majorM, 0.02f);
        for (float sign : {-1.0f, 1.0f}) {
            for (float at : {0.6f, 1.0f}) {
                const SkinSample s = walkOnSkin(skin, k.centre, sign * k.fibre * (reach * at));
                Marker cone = marker(MarkerShape::Cone, s, 0.008f, kHandWhite, 1.0f, 0.0f);
                cone.normal = tangentOf(sign * k.fibre, s.normal, sign * k.fibre);
                cone.length = 0.012f + 0.018f * pose.press;
                f.markers.push_back(cone);
            }
        }
        return f;
    }

    const bool tool =
        k.motion == Motion::Ball || k.motion == Motion::Roller || k.motion == Motion::RollerHold;
    if (!tool) {
        f.markers.push_back(marker(MarkerShape::Disc, pose.contact, k.contactRadiusM, kHandWhite,
                                   pose.opacity, f.ringSinkM));
    }
    f.markers.push_back(marker(MarkerShape::Ring, pose.contact, f.ringRadiusM, kRingCyan,
                               pose.opacity, f.ringSinkM));
    if (k.motion == Motion::Gun) {
        f.markers.push_back(marker(MarkerShape::Sphere, pose.contact, 0.007f, kHandWhite, 1.0f,
                                   0.003f * pose.press));
    }

    // A fading trail behind a gliding hand: where it was over the last moments of this phase.
    const bool trails = k.motion == Motion::Stroke || k.motion == Motion::DeepGlide ||
                        k.motion == Motion::Circles || k.motion == Motion::Gun;
    if (trails && pose.opacity > 0.5f) {
        const int n = 10;
        const float span = k.motion == Motion::Circles ? 0.6f : 0.8f;
        for (int i = 1; i <= n; ++i) {
            const double back = seconds - span * float(i) / float(n);
            const TechniquePose p = poseAt(k, skin, back);
            if (p.phase != pose.phase || back < 0.0) {
                break;
            }
            const float fade = 1.0f - float(i) / float(n + 1);
            f.markers.push_back(marker(MarkerShape::Disc, p.contact,
                                       k.contactRadiusM * (0.25f + 0.35f * fade), kHandWhite,
                                       0.55f * fade, 0.0f));
        }
    }

    if (k.motion == Motion::Ball) {
        Prop ball;
        ball.kind = PropKind::Ball;
        ball.radius = 0.032f;
        ball.position = pose.contact.position + pose.contact.normal * (ball.radius - f.ringSinkM);
        f.props.push_back(ball);
    } else if (k.motion == Motion::Roller || k.motion == Motion::RollerHold) {
        Prop roller;
        roller.kind = PropKind::FoamRoller;
        roller.radius = 0.075f;
        roller.length = 0.32f;
        roller.position =
            pose.contact.position + pose.contact.normal * (roller.radius - f.ringSinkM);
        // Across the rolling direction, in the skin's tangent plane.
        glm::vec3 roll = k.fibre;
        if (k.path.size() > 1) {
            roll = k.path.back().position - k.path.front().position;
        }
        roll = tangentOf(roll, pose.contact.normal, k.fibre);
        roller.axis = glm::normalize(glm::cross(roll, pose.contact.normal));
        f.props.push_back(roller);
    }
    return f;
}

} // namespace glutea
