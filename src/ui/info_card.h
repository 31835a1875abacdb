// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The right panel's card for the selected structure, in the reader's register: names, what it
// does and where it attaches, relations, related conditions, referral pattern and techniques, and
// where each statement comes from.
#include <string>

#include "anatomy/atlas.h"
#include "anatomy/content.h"
#include "ui/settings.h"

namespace glutea {

// What the card's buttons asked for this frame.
struct CardRequests {
    bool showReferral = false; // "Show referred pain"
    std::string triggerPoint;  // with showReferral: one trigger point only (empty: all)
    std::string technique;     // a technique id to play on this structure
    std::string placement;     // with technique: one placement (empty: the first on it)
};

// Draws into the current ImGui window. `content` may be null (an atlas without content).
void drawInfoCard(const Atlas& atlas, const Content* content, int part, Audience audience,
                  CardRequests& requests);

// How an evidence label reads for this audience ("Textbook anatomy" for a patient).
const char* evidenceLabel(Evidence evidence, Audience audience);

} // namespace glutea
