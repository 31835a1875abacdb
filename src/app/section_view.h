// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// What a cross-section changes in the view besides the cut (issue 12): the skin is drawn opaque, so
// its cut fills with the colour of the fat under it and the section reads as solid.
#include <string>

#include "anatomy/section.h"
#include "anatomy/view_state.h"

namespace glutea {

void applySection(ViewState& view, const SectionPlane& section);
// "section axial at y = 0.052 m, seen from superior"
std::string sectionNote(const SectionPlane& section);

} // namespace glutea
