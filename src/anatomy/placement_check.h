// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Checks of techniques and trigger points on a real atlas, where the hand presses
// (anatomy/press_point): every anchor must reach its muscle pressing in from its technique's
// direction, and strokes must follow (or cross) the fibres of the muscle under them.
#include <string>
#include <vector>

#include "anatomy/atlas.h"
#include "anatomy/content.h"
#include "anatomy/json_source.h"
#include "anatomy/press_point.h"

namespace glutea {

// Placement anchors (point, path points, area centres and vertices) not `on` the placement's
// structure, and placement and trigger point anchors whose press point does not reach their
// structure on this side (something but skin, fascia or a covering muscle comes first, or bone),
// does not resolve, or meets the skin turned more than kMaxSkinAngleDeg from the pressing
// direction (a hand slides off there).
std::vector<ContentProblem> checkPressReachesTarget(const Content& content,
                                                    const PressResolver& press, Side side);

constexpr float kMaxSkinAngleDeg = 60.0f;

// The angle in degrees between a stroke and the fibres under it, both projected onto the skin's
// tangent plane (0 = along the fibres, 90 = straight across). Fibres have no sign.
float strokeFibreAngleDeg(const glm::vec3& stroke, const glm::vec3& fibre,
                          const glm::vec3& skinNormal);

// Limits of the fibre check: "along" strokes within 25° of the fibres, "across" beyond 65°.
constexpr float kAlongMaxDeg = 25.0f;
constexpr float kAcrossMinDeg = 65.0f;

struct StrokeFibre {
    const Technique* technique = nullptr;
    const TechniquePlacement* placement = nullptr;
    std::size_t segment = 0; // path segment from point `segment` to `segment + 1`
    Side side = Side::Left;
    float angleDeg = 0.0f;
};

// Every segment of every path placement with direction along or across, on one side: the angle
// between the segment (between its two press points on the skin) and the fibre direction (the
// mesh tangent) at the placement muscle's vertex nearest the segment's middle.
std::vector<StrokeFibre> strokeFibreAngles(const Content& content, const Atlas& atlas,
                                           const PressResolver& press, Side side);

// The strokes of strokeFibreAngles that break the limits above, as problems.
std::vector<ContentProblem> checkStrokesFollowFibres(const Content& content, const Atlas& atlas,
                                                     const PressResolver& press, Side side);

} // namespace glutea
