// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/aim_cross.h"

#include <initializer_list>
#include <utility>

#include <imgui.h>

namespace glutea {

void drawAimCross(glm::vec2 centre, float size) {
    ImDrawList* draw = ImGui::GetBackgroundDrawList(); // over the blitted 3D view, under panels
    const float arm = 0.9f * size;
    const float gap = 0.25f * size; // the place itself stays visible
    const ImU32 dark = IM_COL32(0, 0, 0, 200);
    const ImU32 light = IM_COL32(255, 255, 255, 255);
    // A dark outline under a white stroke: seen on skin, on muscle and on the background alike.
    for (const auto& [colour, width] : {std::pair{dark, 4.0f}, std::pair{light, 2.0f}}) {
        draw->AddLine({centre.x - arm, centre.y}, {centre.x - gap, centre.y}, colour, width);
        draw->AddLine({centre.x + gap, centre.y}, {centre.x + arm, centre.y}, colour, width);
        draw->AddLine({centre.x, centre.y - arm}, {centre.x, centre.y - gap}, colour, width);
        draw->AddLine({centre.x, centre.y + gap}, {centre.x, centre.y + arm}, colour, width);
    }
}

} // namespace glutea
