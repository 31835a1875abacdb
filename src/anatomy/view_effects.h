// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Turns the user's choices in a ViewState (visibility, layers, peel, isolate, selection, hover,
// x-ray) into how each part is drawn, and eases the looks toward it so nothing jumps.
#include <vector>

#include "anatomy/atlas.h"
#include "anatomy/view_state.h"

namespace glutea {

LayerGroup layerGroupOf(const StructureDef& def);

// What each part should look like now. `xrayParts` lie over the selection from the current view;
// they fade when view.xray is on.
std::vector<PartLook> targetLooks(const Atlas& atlas, const ViewState& view,
                                  const std::vector<int>& xrayParts);

// Moves view.look toward `target`; seconds <= 0 or a first call snaps straight to it. Returns true
// while the looks are still changing.
bool easeLooks(ViewState& view, const std::vector<PartLook>& target, float seconds);

// Opacity of structures over the selection in x-ray.
inline constexpr float kXrayOpacity = 0.24f;

} // namespace glutea
