// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// From what the user asked for to a referral picture: a muscle's pattern on a side (optionally
// one trigger point), or "where does it hurt": a painted area on the skin, the patterns ranked
// by how they cover it, and the first one's picture with the painted area in it.
#include <string>
#include <string_view>
#include <vector>

#include "anatomy/atlas.h"
#include "anatomy/referral_player.h"
#include "anatomy/zone_field.h"

namespace glutea {

// The skin mesh the fields were resolved on (its vertex order is the paint's).
const Mesh& referralSkinMesh(const Atlas& atlas, const ReferralFields& fields);

// The picture of `field` (one trigger point when `triggerPoint` is not empty), with `painted`
// (per skin vertex, 0..1, may be empty) in the paint's w channel; its bounds include the painted
// area.
ReferralPicture referralPicture(const Atlas& atlas, const ReferralFields& fields,
                                const PatternField& field, std::string_view triggerPoint = {},
                                const std::vector<float>& painted = {});

// A picture of the painted area alone (nothing ranks it).
ReferralPicture paintedOnlyPicture(const Atlas& atlas, const ReferralFields& fields,
                                   const std::vector<float>& painted);

// "Where does it hurt?": the patterns covering the painted area, as ReferralFields::rank orders
// them (essential before spillover, then share) but trigger point (myofascial) patterns first: the
// question is which muscles; a nerve's pattern, a different kind of pain, is listed after them.
std::vector<ReferralFields::Rank> rankPainted(const ReferralFields& fields,
                                              const std::vector<float>& painted);

// "X,Y,Z;X,Y,Z" in metres; throws glutea::Error naming `option` and the bad item.
std::vector<glm::vec3> parsePoints(const std::string& text, std::string_view option);

} // namespace glutea
