// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Shared set-up of what to show, used alike by the window, `render` and `bench`.
#include <string>

#include "anatomy/atlas.h"
#include "anatomy/view_state.h"
#include "app/scene_queries.h"

namespace glutea {

// All parts visible, the camera on a named preset view and framed on the whole atlas.
ViewState makeViewState(const Atlas& atlas, float aspect, const std::string& viewName);
// Recomputes how each part is drawn from the view's choices (x-ray from where the camera is
// going) and eases toward it over `seconds` (0: at once, as a still render wants). Returns true
// while something is still changing. Without queries there is no x-ray.
// `cameraSettled` is false while the user drags the camera round (the x-ray set then waits).
bool updateLooks(const Atlas& atlas, SceneQueries* queries, ViewState& view, float seconds,
                 bool cameraSettled = true);

// "piriformis_l" selects that side; a bare "piriformis" its left side, or the unpaired part.
// Throws glutea::Error listing the ids that exist.
int resolvePart(const Atlas& atlas, const std::string& id);
// "1280x720" -> {1280, 720}; throws glutea::Error otherwise.
std::pair<int, int> parseSize(const std::string& text);

} // namespace glutea
