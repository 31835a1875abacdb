// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/labels.h"

#include <imgui.h>

namespace glutea {

namespace {
constexpr ImU32 kBox = IM_COL32(18, 18, 23, 210);
constexpr ImU32 kLeader = IM_COL32(242, 242, 235, 255);
constexpr ImU32 kText = IM_COL32(255, 255, 255, 255);
constexpr ImU32 kLandmark = IM_COL32(255, 217, 115, 255);
} // namespace

glm::vec2 measureLabelText(const std::string& text) {
    const ImVec2 size = ImGui::CalcTextSize(text.c_str());
    return {size.x, size.y};
}

void drawSceneLabels(const std::vector<SceneLabel>& labels, glm::vec2 origin) {
    ImDrawList* draw = ImGui::GetBackgroundDrawList(); // over the blitted 3D view, under panels
    auto at = [&](glm::vec2 p) { return ImVec2(origin.x + p.x, origin.y + p.y); };
    for (const auto& l : labels) {
        draw->AddLine(at(l.placed.leaderStart), at(l.placed.anchor), kLeader, 1.2f);
        draw->AddCircleFilled(at(l.placed.anchor), 2.5f, kLeader);
    }
    for (const auto& l : labels) {
        const ImU32 edge = l.landmark ? kLandmark : kLeader;
        draw->AddRectFilled(at(l.placed.boxMin), at(l.placed.boxMax), kBox, 3.0f);
        draw->AddRect(at(l.placed.boxMin), at(l.placed.boxMax), edge, 3.0f);
        const ImVec2 size = ImGui::CalcTextSize(l.placed.text.c_str());
        const glm::vec2 corner =
            (l.placed.boxMin + l.placed.boxMax - glm::vec2(size.x, size.y)) * 0.5f;
        draw->AddText(at(glm::floor(corner)), l.landmark ? kLandmark : kText,
                      l.placed.text.c_str());
    }
}

} // namespace glutea
