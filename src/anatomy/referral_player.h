// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The referred-pain animation as a pure function of time (issue 8): a pattern's paint (zone
// weights and arrival distances over the skin, from ReferralFields::paint) and its trigger point
// sites become, at time t, the SceneOverlay the renderer draws: pulsing trigger point markers,
// the essential zone filling outward from the skin over each trigger point, then the spillover
// zone, a hold, a gentle fade and a loop. A neural pattern is a narrow band whose pulses travel
// down the nerve's course. Reduced motion: the complete still map at every t.
// docs/ANIMATION.md ("Referral timeline") states the constants.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <glm/vec3.hpp>
#include <glm/vec4.hpp>

#include "anatomy/scene_overlay.h"
#include "anatomy/zone_field.h"
#include "geometry/camera.h"
#include "geometry/mesh.h"

namespace glutea {

// The timeline, in seconds from the start of a play.
struct ReferralTimeline {
    static constexpr float kMarkersS = 1.0f;   // the trigger points pulse alone
    static constexpr float kEssentialS = 2.5f; // the essential zone fills outward
    static constexpr float kSpilloverS = 2.0f; // then the spillover zone
    static constexpr float kHoldS = 2.5f;      // the complete map holds
    static constexpr float kFadeS = 1.0f;      // it fades, and the play starts again
    static constexpr float kCompleteS = kMarkersS + kEssentialS + kSpilloverS; // 5.5 s
    static constexpr float kPeriodS = kCompleteS + kHoldS + kFadeS;            // 9 s
    static constexpr float kPulseHz = 1.2f;          // trigger point markers
    static constexpr float kNervePulseSpeed = 0.25f; // m/s down a nerve's band
    // A front this far (metres) beyond every arrival distance: the whole zone shows.
    static constexpr float kAllFront = 1e3f;
};

struct ReferralPlaySettings {
    bool reducedMotion = false; // the complete still map whatever the time
    bool highContrast = false;
};

// What a play needs, prepared once when it starts (pattern, side and trigger point chosen).
struct ReferralPicture {
    std::string patternId;
    std::string structureId;
    Side side = Side::Left;
    std::string triggerPoint; // empty: every trigger point of the pattern
    bool neural = false;
    std::vector<glm::vec4> paint; // SkinPaint::pain (w: the painted area, when any)
    std::vector<glm::vec3> sites; // trigger point markers (on the muscle), atlas frame
    // Arrival distances (pain.z) reached by each kind of zone where its weight is > 0: the
    // fronts run from the lower to the upper over their phase.
    float essentialFrom = 0.0f, essentialTo = 0.0f;
    float spilloverFrom = 0.0f, spilloverTo = 0.0f;
    bool hasSpillover = false;
    Bounds bounds;                         // trigger points and every zone vertex (weight >= 0.5)
    glm::vec3 viewFrom{0.0f, 0.0f, -1.0f}; // unit: from where the zone is best seen
    std::uint64_t version = 0;             // distinct per prepared picture (SkinPaint::version)
};

// `paint` is fields.paint(field, triggerPointId); `skin` is the skin part's full mesh (its vertex
// order is the paint's). Trigger point sites come from `field` (only `triggerPointId`'s when set).
ReferralPicture prepareReferral(const PatternField& field, std::vector<glm::vec4> paint,
                                std::string_view triggerPointId, const Mesh& skin);

// The frame at `t` seconds of the play: fills overlay.skin (when its version differs from the
// picture's), overlay.pain and overlay.markers (replacing the trigger point markers).
void playReferral(const ReferralPicture& picture, double t, const ReferralPlaySettings& settings,
                  SceneOverlay& overlay);

// The look alone (for tests and the bench): fronts, strength, pulses at `t`.
PainLook referralLookAt(const ReferralPicture& picture, double t,
                        const ReferralPlaySettings& settings);
// A trigger point marker's radius at `t` (metres): pulsing, or still with reduced motion.
float referralMarkerRadius(double t, const ReferralPlaySettings& settings);

// A camera direction for the picture: yaw and pitch (degrees, OrbitCamera's convention) looking
// at the zone from `viewFrom`, pitch kept within +-35 degrees so the body stays upright.
glm::vec2 referralYawPitch(const ReferralPicture& picture);

// Centres `camera` on `bounds` and moves it just far enough, along its current direction, that
// every corner of the box lies inside the view (tighter than OrbitCamera::frame's bounding
// sphere for a long zone down a leg). `margin` (metres) is added around the box.
void frameReferralBounds(OrbitCamera& camera, const Bounds& bounds, float aspect,
                         float margin = 0.03f);

} // namespace glutea
