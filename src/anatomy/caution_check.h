// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Sustained pressure must never land in a caution zone (the sciatic nerve's course, bony points).
// Two checks share that rule:
//  - checkSustainedPlacementsAgainstCautions works on anchors alone, with no atlas geometry: it
//    runs in every validation;
//  - checkSustainedPlacementsOnSkin takes a resolver that turns anchors into skin points of a
//    real atlas (the app's atlas loader provides it), and measures real distances.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <glm/vec3.hpp>

#include "anatomy/content.h"
#include "anatomy/json_source.h"

namespace glutea {

// Anchor-level check. For each anchor of a sustained placement and each anchor a caution shape
// is built on, when both start from the same base (the same landmark, or the same blend), the
// distance between them is estimated from their offsets: exact when both move along anatomical
// directions or toward the same landmark, otherwise the smallest possible value |d1 - d2|, so
// the estimate never misses a conflict. A placement is reported when that estimate is below the
// shape's reach (disc or ellipse radius, half the corridor width) or zero (on the very anchor).
std::vector<ContentProblem> checkSustainedPlacementsAgainstCautions(const Content& content);

// Estimated distance in cm between two anchors sharing a base; nothing when the bases differ
// (then only geometry can tell).
std::optional<double> estimateAnchorDistanceCm(const Anchor& a, const Anchor& b);

// Turns an anchor into a skin point in metres (atlas frame) for one side of the body, or nothing
// when it cannot (unknown landmark on this atlas).
using SkinPointResolver = std::function<std::optional<glm::vec3>(const Anchor&)>;

// Distance in metres from `point` to a shape resolved on the skin; 0 inside. Nothing when an
// anchor of the shape does not resolve.
std::optional<float> distanceToShape(const Shape& shape, const glm::vec3& point,
                                     const SkinPointResolver& resolve);
// The smallest distance to any shape of a zone.
std::optional<float> distanceToShapes(const std::vector<Shape>& shapes, const glm::vec3& point,
                                      const SkinPointResolver& resolve);
// The major axis of an ellipse shape (not normalised): from `centre` toward its landmark, or along
// its direction taken at the centre's base (directions are the same everywhere on one side).
// Nothing when an anchor does not resolve. The straight-line check and the skin fields share it.
std::optional<glm::vec3> ellipseMajorAxis(const Shape& shape, const glm::vec3& centre,
                                          const SkinPointResolver& resolve);

// How far outside every caution zone sustained pressure must stay, on the skin. Distances are
// straight lines between skin points; over the curved skin the distance is never shorter than
// the straight line, so a straight-line 3 cm is on the safe side of 3 cm over the skin.
constexpr float kSustainedClearanceM = 0.03f;

// Where an anchor of a placement lies on the skin for one side (e.g. where its technique presses).
using PlacementPointResolver = std::function<std::optional<glm::vec3>(
    const Technique&, const TechniquePlacement&, const Anchor&)>;

// Geometric check on one side: every anchor of every sustained placement, resolved by
// `placementPoint`, must lie at least `clearanceM` outside every caution zone, whose shapes are
// resolved by `zonePoint`. `side` ("left", "right") goes into the messages.
std::vector<ContentProblem>
checkSustainedPlacementsOnSkin(const Content& content, const PlacementPointResolver& placementPoint,
                               const SkinPointResolver& zonePoint, const std::string& side,
                               float clearanceM = kSustainedClearanceM);
// The same with one resolver for placements and zones alike.
std::vector<ContentProblem> checkSustainedPlacementsOnSkin(const Content& content,
                                                           const SkinPointResolver& resolve,
                                                           const std::string& side,
                                                           float clearanceM = kSustainedClearanceM);

} // namespace glutea
