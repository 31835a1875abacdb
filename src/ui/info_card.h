#pragma once
// The right panel's card for the selected structure, in the reader's register: names, what it
// does and where it attaches, relations, related conditions, referral pattern and techniques, and
// where each statement comes from.
#include "anatomy/atlas.h"
#include "anatomy/content.h"
#include "ui/settings.h"

namespace glutea {

// Draws into the current ImGui window. `content` may be null (an atlas without content).
void drawInfoCard(const Atlas& atlas, const Content* content, int part, Audience audience);

// How an evidence label reads for this audience ("Textbook anatomy" for a patient).
const char* evidenceLabel(Evidence evidence, Audience audience);

} // namespace glutea
