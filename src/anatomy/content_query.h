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

namespace glutea {

struct ZoneMeasure {
    bool resolved = false; // false when an anchor does not resolve on this atlas
    double areaCm2 = 0.0;  // skin area inside the zone
    glm::vec3 lowest{0.0f};
    glm::vec3 highest{0.0f};
};

// Sums the skin facets whose centre lies in the union of `shapes`.
ZoneMeasure measureZone(const std::vector<Shape>& shapes, const SkinSurface& skin,
                        const SkinPointResolver& resolve);

struct ZoneHit {
    const ReferralPattern* pattern = nullptr;
    const ReferralZone* zone = nullptr;
    float distance = 0.0f; // metres from the point to the zone (0 inside)
};

// The patterns whose zones cover `skinPoint` (within `tolerance` metres), one hit per pattern
// (its best zone), essential zones before spillover, then by distance.
std::vector<ZoneHit> referralZonesAt(const Content& content, const glm::vec3& skinPoint,
                                     const SkinPointResolver& resolve, float tolerance = 0.005f);

// The resolved points of a placement: the point, the path points, or the area shapes' centres
// and vertices. Unresolvable anchors are skipped.
std::vector<glm::vec3> placementPoints(const TechniquePlacement& placement,
                                       const SkinPointResolver& resolve);

// The smallest distance in metres from any of `points` to the zone; nothing if unresolvable.
std::optional<float> distanceToZone(const std::vector<glm::vec3>& points, const CautionZone& zone,
                                    const SkinPointResolver& resolve);

} // namespace glutea
