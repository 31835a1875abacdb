#pragma once
// Where the referral pictures put each trigger point: the point on its muscle reached from the
// side it is palpated from (TriggerPoint::pressFrom), and the skin a finger presses there, so the
// referral and the technique pictures agree on where a knot is (anatomy/press_point.h).
#include <memory>

#include "anatomy/atlas.h"
#include "anatomy/zone_field.h"

namespace glutea {

// A locator for ReferralFields::compute. The atlas must outlive it.
AnchorSiteLocator triggerPointLocator(const Atlas& atlas);

} // namespace glutea
