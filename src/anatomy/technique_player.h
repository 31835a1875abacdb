// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// A technique played on the skin (issue 9): from a placement resolved on one side of an atlas and
// the time, the markers (hand, thumb, ring of pressure, trail, arrows of pull) and props (foam
// roller, ball) of SceneOverlay. Pure: the same inputs give the same frame, so the window, `glutea
// render --time T` and the tests agree. docs/ANIMATION.md lists the motions and their timelines.
#include <optional>
#include <string>
#include <vector>

#include <glm/vec3.hpp>

#include "anatomy/content.h"
#include "anatomy/scene_overlay.h"
#include "anatomy/skin_projector.h"
#include "anatomy/structure.h"

namespace glutea {

// How a placement moves, from its technique's category and tools and the placement's direction.
enum class Motion {
    Stroke,     // effleurage: long strokes along the fibres, a lighter return
    DeepGlide,  // deep tissue: sink in slowly, glide slowly, a deeper ring
    Circles,    // kneading: small circles whose centre travels through the area
    Hold,       // trigger-point compression: sink, hold (countdown), release
    BroadPress, // palm or fist compression: broad presses stepping across the fibres
    Roller,     // foam roller rolling along the path
    RollerHold, // foam roller paused on a tender spot
    Ball,       // massage ball held on a spot
    Gun,        // massage gun, always moving
    Stretch     // the lengthened muscle shown with the direction of pull
};
Motion motionOf(const Technique& technique, const TechniquePlacement& placement);
const char* motionName(Motion motion);       // "stroke", "hold", ...
const char* pressureName(Pressure pressure); // "none", "light", "moderate", "firm", "deep"

// Holds are played this many times faster than real time; the real seconds are shown.
inline constexpr float kHoldSpeedUp = 10.0f;

// A placement's anchors resolved on one side: where each touches the skin, the fibre direction
// there, and the area's extent. Filled by the technique scene from the atlas.
struct PlacementSite {
    Side side = Side::Left;
    std::vector<SkinSample> points;        // the placement's anchors on the skin, content order
    glm::vec3 fibre{0.0f, -1.0f, 0.0f};    // unit, tangent to the skin at the first point
    float majorM = 0.05f, minorM = 0.05f;  // area: ellipse (or disc) radii
    glm::vec3 majorAxis{1.0f, 0.0f, 0.0f}; // area: unit, tangent to the skin at the centre
};

// Everything the player needs, computed once per placement: a dense path over the skin and the
// timing of one loop.
struct TechniqueTrack {
    const Technique* technique = nullptr;
    const TechniquePlacement* placement = nullptr;
    Motion motion = Motion::Stroke;
    Side side = Side::Left;
    std::vector<SkinSample> path; // over the skin, a few millimetres apart
    std::vector<float> arc;       // cumulative length along path, metres
    SkinSample centre;            // the point, or the area's centre
    glm::vec3 fibre{0.0f, -1.0f, 0.0f}, across{1.0f, 0.0f, 0.0f}; // tangent at the centre
    float majorM = 0.05f, minorM = 0.05f;
    glm::vec3 majorAxis{1.0f, 0.0f, 0.0f}, minorAxis{0.0f, 1.0f, 0.0f};
    float contactRadiusM = 0.015f; // the hand, thumb or tool on the skin
    float strokeS = 4.0f;          // one stroke, circle or press (animation seconds)
    float holdRealS = 0.0f;        // a hold in real seconds (shown), 0 when none
    float holdAnimS = 0.0f;        // the same hold as played
    float loopS = 4.0f;            // one loop of the animation
    float pathLength() const { return arc.empty() ? 0.0f : arc.back(); }
};

// Builds the track; `skin` puts intermediate points onto the skin.
TechniqueTrack buildTrack(const Technique& technique, const TechniquePlacement& placement,
                          const PlacementSite& site, const SkinProjector& skin);

// Reduced motion: the moment shown as a still picture, the middle of one loop (the hold, or half
// way along the stroke). The window and `glutea render --reduced-motion` both show it.
inline double stillSeconds(const TechniqueTrack& track) {
    return 0.5 * track.loopS;
}

// Where the hand or tool is at one moment.
struct TechniquePose {
    SkinSample contact;   // on the skin
    float press = 0.0f;   // 0..1 of the placement's pressure
    float opacity = 1.0f; // the lighter return stroke, a lifted hand
    std::string phase;    // "glide", "return", "press", "hold", "release", "rest", "roll", ...
    std::optional<float> holdRemainingS; // real seconds left, during a hold (and its approach)
};
TechniquePose poseAt(const TechniqueTrack& track, const SkinProjector& skin, double seconds);

struct TechniqueFrame {
    TechniquePose pose;
    std::vector<Marker> markers; // contact first, then its pressure ring, then trail and arrows
    std::vector<Prop> props;
    float ringRadiusM = 0.0f; // the pressure ring (size and depth show the pressure)
    float ringSinkM = 0.0f;
};
TechniqueFrame playTechnique(const TechniqueTrack& track, const SkinProjector& skin, double seconds,
                             bool highContrast = false);

// `v` made tangent to the plane of unit normal `n`, unit length (`fallback` when degenerate).
glm::vec3 tangentOf(const glm::vec3& v, const glm::vec3& n, const glm::vec3& fallback);
// Walks `offset` over the skin from `at` in centimetre steps, turning with the surface: one
// straight jump off a curved hip would squash a motion where the skin turns away.
SkinSample walkOnSkin(const SkinProjector& skin, const SkinSample& at, const glm::vec3& offset);

// The point `distance` metres along the track's path (clamped), on the skin.
SkinSample pathPoint(const TechniqueTrack& track, float distance);

} // namespace glutea
