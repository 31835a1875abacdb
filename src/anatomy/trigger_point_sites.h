// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Where the referral pictures put each trigger point: the point on its muscle reached from the
// side it is palpated from (TriggerPoint::pressFrom), and the skin a finger presses there, so the
// referral and the technique pictures agree on where a knot is (anatomy/press_point.h).
#include <memory>

#include "anatomy/atlas.h"
#include "anatomy/content.h"
#include "anatomy/press_point.h"
#include "anatomy/zone_field.h"

namespace glutea {

// A locator for ReferralFields::compute, built on a PressResolver over `atlas` (with the covering
// relation of `content`). The atlas and content must outlive it. Nothing for a trigger point the
// resolver cannot place: the fields then use the closest skin point.
AnchorSiteLocator triggerPointLocator(const Atlas& atlas, const Content& content);
// The same on a resolver the caller already has (a TechniqueScene's: building one is costly).
AnchorSiteLocator triggerPointLocator(std::shared_ptr<const PressResolver> resolver);

} // namespace glutea
