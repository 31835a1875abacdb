// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/yes_no.h"
#include "ui/translate.h"

#include <imgui.h>

namespace glutea {

namespace {

void record(std::map<std::string, glm::vec2>& hotspots, const std::string& name) {
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    hotspots[name] = {0.5f * (a.x + b.x), 0.5f * (a.y + b.y)};
}

} // namespace

std::optional<bool> yesNoButtons(int index, int answer,
                                 std::map<std::string, glm::vec2>& hotspots) {
    std::optional<bool> clicked;
    if (ImGui::RadioButton(tr("Yes"), answer == 1)) {
        clicked = true;
    }
    record(hotspots, "screen_yes_" + std::to_string(index));
    ImGui::SameLine();
    if (ImGui::RadioButton(tr("No"), answer == 0)) {
        clicked = false;
    }
    record(hotspots, "screen_no_" + std::to_string(index));
    return clicked;
}

} // namespace glutea
