// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The leader-line labels (anatomy/scene_labels) drawn in the window with ImGui draw lists, over
// the 3D view and under the panels.
#include <string>
#include <vector>

#include <glm/glm.hpp>

#include "anatomy/scene_labels.h"

namespace glutea {

// A label's text size in the current ImGui font, padding excluded.
glm::vec2 measureLabelText(const std::string& text);
// `origin`: the viewport's top-left corner in window coordinates.
void drawSceneLabels(const std::vector<SceneLabel>& labels, glm::vec2 origin);

} // namespace glutea
