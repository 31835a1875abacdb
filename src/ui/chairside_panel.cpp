// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/chairside_panel.h"

#include <algorithm>
#include <cmath>

#include <imgui.h>

#include "ui/panels.h"

namespace glutea {

namespace {

// Text from 2 m on a 1080p screen: body text about 40 px high, titles about 56 px (the font is
// rasterised at kFontLoadPixels, so these stay sharp).
float bodyScale(float windowHeight) {
    return std::max(1.4f, windowHeight / 1080.0f * 40.0f / kFontBasePixels);
}

} // namespace

float chairsidePanelWidth(float windowWidth) {
    return std::round(windowWidth * 0.42f);
}

void drawChairside(const ChairsideView& view, ChairsideUiRequest& request) {
    const ImGuiIO& io = ImGui::GetIO();
    const float width = chairsidePanelWidth(io.DisplaySize.x);
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x - width, 0.0f));
    ImGui::SetNextWindowSize(ImVec2(width, io.DisplaySize.y));
    ImGui::Begin("##chairside", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus);
    const float scale = bodyScale(io.DisplaySize.y);
    ImGui::SetWindowFontScale(scale * 0.6f);
    ImGui::TextDisabled("Step %d of %d   (arrows, Page Up/Down, Space; Escape leaves)", view.step,
                        kChairsideSteps);
    ImGui::SetWindowFontScale(scale * 1.4f);
    ImGui::TextWrapped("%s", view.title.c_str());
    ImGui::SetWindowFontScale(scale);
    ImGui::Spacing();
    for (const auto& line : view.lines) {
        ImGui::TextWrapped("%s", line.c_str());
        ImGui::Spacing();
    }
    for (const auto& w : view.warnings) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1.0f, 0.55f, 0.45f, 1.0f));
        ImGui::TextWrapped("%s", w.c_str());
        ImGui::PopStyleColor();
        ImGui::Spacing();
    }
    ImGui::SetWindowFontScale(scale * 0.75f);
    if (!view.muscles.empty()) {
        ImGui::Separator();
        ImGui::TextDisabled("Likely muscles (click to show another):");
        for (std::size_t i = 0; i < view.muscles.size(); ++i) {
            if (ImGui::Selectable(view.muscles[i].c_str(), int(i) == view.muscle)) {
                request.pickMuscle = int(i);
            }
        }
    }
    if (!view.routines.empty()) {
        ImGui::Separator();
        ImGui::TextDisabled("Routine (click to show another):");
        for (const auto& [id, name] : view.routines) {
            if (ImGui::Selectable(name.c_str(), id == view.routine)) {
                request.pickRoutine = id;
            }
        }
    }
    ImGui::Separator();
    if (view.step == kChairsideSteps) {
        ImGui::SetWindowFontScale(scale);
        if (ImGui::Button("Write the handout (Enter)")) {
            request.exportHandout = true;
        }
    }
    ImGui::SetWindowFontScale(scale * 0.75f);
    if (!view.status.empty()) {
        ImGui::TextWrapped("%s", view.status.c_str());
    }
    if (ImGui::Button("< Back")) {
        request.back = true;
    }
    ImGui::SameLine();
    if (ImGui::Button("Next >")) {
        request.next = true;
    }
    ImGui::SameLine();
    if (ImGui::Button("Leave chairside")) {
        request.leave = true;
    }
    ImGui::SetWindowFontScale(1.0f);
    ImGui::End();
}

} // namespace glutea
