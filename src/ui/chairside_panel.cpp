// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/chairside_panel.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>

#include <imgui.h>

#include "ui/panels.h"
#include "ui/translate.h"
#include "ui/yes_no.h"

namespace glutea {

namespace {

// Text from 2 m on a 1080p screen: body text about 40 px high, titles about 56 px (the font is
// rasterised at kFontLoadPixels, so these stay sharp).
float bodyScale(float windowHeight) {
    return std::max(1.4f, windowHeight / 1080.0f * 40.0f / kFontBasePixels);
}

void hotspot(ChairsideUiRequest& request, const std::string& name) {
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    request.hotspots[name] = {0.5f * (a.x + b.x), 0.5f * (a.y + b.y)};
}

// A combo box whose frame and items are hotspots: `name`_menu, then `name`:KEY for each item.
// Returns the key picked this frame, if any.
std::optional<std::string> pickList(const char* label, const std::string& name,
                                    const std::string& shown,
                                    const std::vector<std::pair<std::string, std::string>>& items,
                                    const std::string& current, ChairsideUiRequest& request) {
    std::optional<std::string> picked;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float width = ImGui::CalcItemWidth();
    // The frame's rectangle, taken before BeginCombo: an open combo's popup is the last item.
    request.hotspots[name + "_menu"] = {at.x + 0.5f * width, at.y + 0.5f * ImGui::GetFrameHeight()};
    if (ImGui::BeginCombo(label, shown.c_str())) {
        for (const auto& [key, text] : items) {
            if (ImGui::Selectable(text.c_str(), key == current)) {
                picked = key;
            }
            hotspot(request, name + ":" + key);
        }
        ImGui::EndCombo();
    }
    return picked;
}

// The dosage, large, above the scrolling story: it stays in view while the steps scroll.
void drawDosage(const ChairsideView& view, float scale) {
    ImGui::SetWindowFontScale(scale);
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1.0f, 0.85f, 0.35f, 1.0f));
    ImGui::TextWrapped("%s", view.dosage.c_str());
    ImGui::PopStyleColor();
}

void drawRoutine(const ChairsideView& view, float scale, ChairsideUiRequest& request) {
    static int shownStep = -2; // the step last scrolled into view
    ImGui::SetWindowFontScale(scale);
    if (view.routineState == "screening") {
        ImGui::TextWrapped("%s", tr("Before we start, please answer:"));
        ImGui::SetWindowFontScale(scale * 0.8f);
        bool scrolled = false;
        for (std::size_t i = 0; i < view.questions.size(); ++i) {
            ImGui::PushID(int(i));
            ImGui::Separator();
            const int a = i < view.answers.size() ? view.answers[i] : -1;
            if (a < 0 && !scrolled) { // the first unanswered question stays in view
                ImGui::SetScrollHereY(0.2f);
                scrolled = true;
            }
            ImGui::TextWrapped("%s", view.questions[i].c_str());
            if (const auto yes = yesNoButtons(int(i), a, request.hotspots)) {
                request.answer = {int(i), *yes};
            }
            ImGui::PopID();
        }
        return;
    }
    if (view.routineState == "ended") {
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1.0f, 0.55f, 0.45f, 1.0f));
        ImGui::TextWrapped("%s", view.endAdvice.c_str());
        ImGui::PopStyleColor();
        return;
    }
    // The step playing on the body now, large and bright; the others smaller.
    for (std::size_t i = 0; i < view.routineSteps.size(); ++i) {
        const bool now = int(i) == view.routineStep;
        ImGui::SetWindowFontScale(now ? scale : scale * 0.7f);
        if (now && shownStep != view.routineStep) { // a new step: scroll it to the top
            ImGui::SetScrollHereY(0.05f);
            shownStep = view.routineStep;
        }
        if (now) {
            ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.55f, 0.85f, 1.0f, 1.0f));
            ImGui::TextWrapped(tr("Now: %s"), view.routineSteps[i].c_str());
            ImGui::PopStyleColor();
        } else {
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
            ImGui::TextWrapped("%s", view.routineSteps[i].c_str());
            ImGui::PopStyleColor();
        }
        ImGui::Spacing();
    }
    ImGui::SetWindowFontScale(scale * 0.6f);
    ImGui::TextDisabled("%s",
                        tr("Each step plays on the body, then the next; N: the next step now."));
    ImGui::SetWindowFontScale(scale * 0.75f);
    if (ImGui::Button(tr("Next step of the routine (N)"))) {
        request.nextRoutineStep = true;
    }
    hotspot(request, "next_routine_step");
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
    ImGui::TextDisabled(tr("Step %d of %d   (arrows, Page Up/Down, Space; Escape leaves)"),
                        view.step, kChairsideSteps);
    ImGui::SetWindowFontScale(scale * 1.4f);
    ImGui::TextWrapped("%s", view.title.c_str());

    // Another muscle or routine, at any step.
    ImGui::SetWindowFontScale(scale * 0.6f);
    ImGui::PushItemWidth(-ImGui::CalcTextSize(tr("Routine")).x -
                         ImGui::GetStyle().ItemInnerSpacing.x);
    if (!view.muscles.empty()) {
        std::vector<std::pair<std::string, std::string>> items;
        for (std::size_t i = 0; i < view.muscles.size(); ++i) {
            items.emplace_back(std::to_string(i), view.muscles[i]);
        }
        const int shown = std::clamp(view.muscle, 0, int(view.muscles.size()) - 1);
        if (const auto k =
                pickList(trTitle("Muscle").c_str(), "muscle", view.muscles[std::size_t(shown)],
                         items, std::to_string(view.muscle), request)) {
            request.pickMuscle = std::stoi(*k);
        }
    }
    if (!view.routines.empty()) {
        std::string shown = tr("(none)");
        for (const auto& [id, name] : view.routines) {
            shown = id == view.routine ? name : shown;
        }
        if (const auto k = pickList(trTitle("Routine").c_str(), "routine", shown, view.routines,
                                    view.routine, request)) {
            request.pickRoutine = *k;
        }
    }
    ImGui::PopItemWidth();

    // The story, scrolled when long; the buttons stay at the bottom.
    ImGui::SetWindowFontScale(scale * 0.75f);
    const float footer =
        ImGui::GetFrameHeightWithSpacing() * 2.0f +
        (view.status.empty() ? 0.0f : ImGui::GetTextLineHeightWithSpacing() * 2.0f) +
        (view.step == kChairsideSteps ? ImGui::GetFrameHeightWithSpacing() * 1.4f : 0.0f);
    const bool routine = view.step == 4 && !view.routineState.empty();
    if (routine) {
        drawDosage(view, scale);
    }
    // A child's font size is its own scale times its parent's: the parent at 1 while the story
    // is drawn, so the scales set inside it are the sizes the comments above give.
    ImGui::SetWindowFontScale(1.0f);
    ImGui::BeginChild("##story", ImVec2(0.0f, -footer));
    ImGui::SetWindowFontScale(scale);
    ImGui::Spacing();
    for (const auto& line : view.lines) {
        ImGui::TextWrapped("%s", line.c_str());
        ImGui::Spacing();
    }
    if (routine) {
        drawRoutine(view, scale, request);
    }
    ImGui::SetWindowFontScale(scale);
    for (const auto& w : view.warnings) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1.0f, 0.55f, 0.45f, 1.0f));
        ImGui::TextWrapped("%s", w.c_str());
        ImGui::PopStyleColor();
        ImGui::Spacing();
    }
    ImGui::EndChild();

    ImGui::Separator();
    if (view.step == kChairsideSteps) {
        ImGui::SetWindowFontScale(scale);
        if (ImGui::Button(tr("Write the handout (Enter)"))) {
            request.exportHandout = true;
        }
        hotspot(request, "handout");
    }
    ImGui::SetWindowFontScale(scale * 0.75f);
    if (!view.status.empty()) {
        ImGui::TextWrapped("%s", view.status.c_str());
    }
    if (ImGui::Button(tr("< Back"))) {
        request.back = true;
    }
    hotspot(request, "back");
    ImGui::SameLine();
    if (ImGui::Button(tr("Next >"))) {
        request.next = true;
    }
    hotspot(request, "next");
    ImGui::SameLine();
    if (ImGui::Button(tr("Leave chairside"))) {
        request.leave = true;
    }
    hotspot(request, "leave");
    ImGui::SetWindowFontScale(1.0f);
    ImGui::End();
}

} // namespace glutea
