// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Content measured on an atlas's skin: what `glutea query` reports (zone areas and extents,
// which referral zones cover a skin point, how far placements are from caution zones).
#include <optional>
#include <string>
#include <vector>

#include <glm/vec3.hpp>

#include "anatomy/caution_check.h"
#include "anatomy/content.h"
#include "anatomy/skin_surface.h"
#include "anatomy/zone_field.h"

namespace glutea {

struct ZoneMeasure {
    bool resolved = false; // false when an anchor does not resolve on this atlas
    double areaCm2 = 0.0;  // skin area inside the zone
    glm::vec3 lowest{0.0f};
    glm::vec3 highest{0.0f};
};

// The zone's weights on the skin (SkinField::weights, distances over the skin), measured: the
// area where the weight is at least 0.5 (inside the boundary) and its lowest and highest points.
ZoneMeasure measureZone(const std::vector<Shape>& shapes, const SkinField& skin,
                        const SkinPointResolver& resolve);

struct ZoneHit {
    const ReferralPattern* pattern = nullptr;
    const ReferralZone* zone = nullptr;
    Side side = Side::Left;
    float weight = 0.0f;   // the zone's weight at the point (0.5 on its boundary)
    float distance = 0.0f; // metres over the skin from the point to the zone (0 inside)
};

// The pattern sides (of `side` only, when given) whose zone fields cover the skin point nearest
// `point` within `tolerance` metres, one hit per pattern side (its best zone), essential zones
// before spillover, then nearest first. Reads the same fields the window paints.
std::vector<ZoneHit> referralZonesAt(const ReferralFields& fields, const glm::vec3& point,
                                     std::optional<Side> side = std::nullopt,
                                     float tolerance = 0.005f);

// Inverse of zoneWeight within the feather: the signed distance in metres that has this weight
// (-half a feather for 1, +half a feather for 0).
float zoneDistanceOfWeight(float weight);

// The resolved points of a placement: the point, the path points, or the area shapes' centres
// and vertices. Unresolvable anchors are skipped.
std::vector<glm::vec3> placementPoints(const TechniquePlacement& placement,
                                       const SkinPointResolver& resolve);

// The smallest distance in metres from any of `points` to the zone; nothing if unresolvable.
std::optional<float> distanceToZone(const std::vector<glm::vec3>& points, const CautionZone& zone,
                                    const SkinPointResolver& resolve);

} // namespace glutea
