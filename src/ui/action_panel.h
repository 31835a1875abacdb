// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The muscle-action panel (issue 12): the action's name, what moves, the joint angles, the
// legend (working muscles in orange shorten, opposing ones in blue lengthen) with each muscle's
// length against rest, play/pause and stop; and an "Actions" menu on the main menu bar. Draws what
// app/action_mode holds; what the user does comes back as an ActionUiRequest.
#include <optional>
#include <string>
#include <vector>

#include "anatomy/hip_action_scene.h"

namespace glutea {

struct ActionPanelState {
    const HipActionDef* action = nullptr; // none: only the menu
    std::string side;                     // "left"
    bool playing = false;
    bool reducedMotion = false;
    float time = 0.0f;
    HipAngles angles;
    std::vector<MuscleState> muscles;
    std::vector<std::string> names; // per muscle: its display name
    std::string note;               // the piriformis's moment, in the reversal
    glm::vec2 viewportCorner{0.0f}; // the 3D view's bottom-right corner (window pixels)
};

struct ActionUiRequest {
    std::optional<std::string> start; // an action chosen in the menu or the panel
    bool togglePlay = false;
    bool stop = false;
};

// The "Actions" menu, appended to the main menu bar.
void drawActionMenu(const ActionPanelState& state, ActionUiRequest& request);
void drawActionPanel(const ActionPanelState& state, ActionUiRequest& request);

} // namespace glutea
