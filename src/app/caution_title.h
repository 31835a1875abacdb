// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
#include <string>

#include "anatomy/content.h"

namespace glutea {

// "Sacrum: no direct pressure" in the window's language (English for the command line): a caution
// label on the body, the "why not here" note's title and render's note of each label. `plain`:
// the zone's everyday name, for a patient ("Flat bone at the base of the spine").
std::string cautionTitle(const CautionZone& zone, bool plain = false);

} // namespace glutea
