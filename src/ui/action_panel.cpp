// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/action_panel.h"
#include "ui/translate.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <imgui.h>

namespace glutea {

namespace {
ImVec4 colourOf(const glm::vec3& srgb) {
    return ImVec4(srgb.r, srgb.g, srgb.b, 1.0f);
}

void swatch(const glm::vec3& srgb) {
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float h = ImGui::GetTextLineHeight();
    ImGui::GetWindowDrawList()->AddRectFilled(p, ImVec2(p.x + h, p.y + h),
                                              ImGui::GetColorU32(colourOf(srgb)), 2.0f);
    ImGui::Dummy(ImVec2(h, h));
    ImGui::SameLine();
}

// A bar from the middle: left (shorter) or right (longer), 20 % change at the ends.
void lengthBar(float change, const glm::vec3& srgb) {
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float w = 70.0f * ImGui::GetFontSize() / 17.0f, h = ImGui::GetTextLineHeight() * 0.6f;
    const float y = p.y + ImGui::GetTextLineHeight() * 0.2f;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRect(ImVec2(p.x, y), ImVec2(p.x + w, y + h), ImGui::GetColorU32(ImGuiCol_Border));
    const float mid = p.x + w * 0.5f;
    const float end = mid + std::clamp(change / 0.2f, -1.0f, 1.0f) * w * 0.5f;
    draw->AddRectFilled(ImVec2(std::min(mid, end), y), ImVec2(std::max(mid, end), y + h),
                        ImGui::GetColorU32(colourOf(srgb)));
    draw->AddLine(ImVec2(mid, y - 2.0f), ImVec2(mid, y + h + 2.0f),
                  ImGui::GetColorU32(ImGuiCol_Text));
    ImGui::Dummy(ImVec2(w, ImGui::GetTextLineHeight()));
}
} // namespace

void drawActionMenu(const ActionPanelState& state, ActionUiRequest& request) {
    if (!ImGui::BeginMainMenuBar()) {
        return;
    }
    if (ImGui::BeginMenu(tr("Actions"))) {
        for (const auto& a : hipActions()) {
            const bool current = state.action && state.action->id == a.id;
            if (ImGui::MenuItem(tr(a.name.c_str()), current ? "A" : nullptr, current)) {
                request.start = a.id;
            }
        }
        ImGui::Separator();
        if (ImGui::MenuItem(tr("Play / pause"), "Shift+A", false, state.action != nullptr)) {
            request.togglePlay = true;
        }
        if (ImGui::MenuItem(tr("Stop"), "Escape", false, state.action != nullptr)) {
            request.stop = true;
        }
        ImGui::EndMenu();
    }
    ImGui::EndMainMenuBar();
}

void drawActionPanel(const ActionPanelState& state, ActionUiRequest& request) {
    if (!state.action) {
        return;
    }
    const HipActionDef& a = *state.action;
    const ImGuiIO& io = ImGui::GetIO();
    const float width = 29.0f * ImGui::GetFontSize();
    ImGui::SetNextWindowSize(ImVec2(width, 0.0f), ImGuiCond_Always);
    // In the view's bottom-right corner: the camera frames the pelvis above and the legs in the
    // middle.
    const ImVec2 corner = state.viewportCorner.x > 0.0f
                              ? ImVec2(state.viewportCorner.x - 8.0f, state.viewportCorner.y - 8.0f)
                              : ImVec2(io.DisplaySize.x - 8.0f, io.DisplaySize.y - 8.0f);
    ImGui::SetNextWindowPos(corner, ImGuiCond_Appearing, ImVec2(1.0f, 1.0f));
    if (!ImGui::Begin(trTitle("Muscle action").c_str(), nullptr,
                      ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings)) {
        ImGui::End();
        return;
    }
    // The action's name and movement are the table's English (hip_action_table.cpp), the
    // catalogue's keys; the id stays as it is.
    ImGui::Text(state.side == "right" ? tr("%s (right leg)") : tr("%s (left leg)"),
                tr(a.name.c_str()));
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(tr(a.moves.c_str()));
    ImGui::PopTextWrapPos();
    char angles[160];
    std::snprintf(angles, sizeof angles,
                  tr("Flexion %.0f, abduction %.0f, inward rotation %.0f deg"),
                  state.angles.flexion, state.angles.abduction, state.angles.rotation);
    ImGui::TextDisabled("%s", angles);
    if (ImGui::Button(tr(state.playing ? "Pause" : "Play"))) {
        request.togglePlay = true;
    }
    ImGui::SameLine();
    if (ImGui::Button(tr("Stop"))) {
        request.stop = true;
    }
    if (state.reducedMotion) {
        ImGui::SameLine();
        ImGui::TextDisabled("%s", tr("reduced motion: the end position"));
    }
    ImGui::Separator();
    swatch(kAgonistSrgb);
    ImGui::TextUnformatted(tr("Working (agonists): shorten"));
    swatch(kAntagonistSrgb);
    ImGui::TextUnformatted(tr("Opposing (antagonists): lengthen"));
    ImGui::TextDisabled(tr("Origin to insertion against rest (bar ends: 20 %%)"));
    if (ImGui::BeginTable("muscles", 3, ImGuiTableFlags_SizingFixedFit)) {
        for (std::size_t i = 0; i < state.muscles.size(); ++i) {
            const MuscleState& m = state.muscles[i];
            const bool agonist = m.role == MuscleRole::Agonist;
            const glm::vec3 colour = agonist ? kAgonistSrgb : kAntagonistSrgb;
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            const std::string name = i < state.names.size() ? state.names[i] : m.id;
            if (m.inModel) {
                ImGui::TextColored(colourOf(colour), "%s", name.c_str());
            } else {
                ImGui::TextDisabled(tr("%s (not shown)"), name.c_str());
            }
            ImGui::TableNextColumn();
            lengthBar(m.change(), colour);
            ImGui::TableNextColumn();
            const float pct = m.change() * 100.0f;
            ImGui::Text(tr("%+.0f %% %s"), pct,
                        std::abs(pct) < 0.5f ? "" : (pct < 0.0f ? tr("shorter") : tr("longer")));
        }
        ImGui::EndTable();
    }
    if (!state.note.empty()) {
        ImGui::Separator();
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(state.note.c_str());
        ImGui::PopTextWrapPos();
    }
    ImGui::End();
}

} // namespace glutea
