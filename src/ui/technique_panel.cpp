// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/technique_panel.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>

#include <vector>

#include <imgui.h>

#include "ui/translate.h"
#include "ui/yes_no.h"

namespace glutea {
namespace {

constexpr ImGuiWindowFlags kFloating =
    ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings |
    ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoFocusOnAppearing;
// Caution labels take the keyboard (F6 reaches each, Enter asks "why not here?"), but never on
// appearing: a label must not take the keys from the panel in use.
constexpr ImGuiWindowFlags kLabel = ImGuiWindowFlags_NoDecoration |
                                    ImGuiWindowFlags_AlwaysAutoResize |
                                    ImGuiWindowFlags_NoSavedSettings |
                                    ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoMove;

const ImVec4 kAmber(1.0f, 0.69f, 0.0f, 1.0f);         // #FFB000: no sustained pressure
const ImVec4 kBoneGrey(0.616f, 0.722f, 0.851f, 1.0f); // #9DB8D9: no direct pressure

void hotspot(TechniqueUiRequest& request, const std::string& name) {
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    request.hotspots[name] = {0.5f * (a.x + b.x), 0.5f * (a.y + b.y)};
}

std::string clock(double seconds) {
    const int s = static_cast<int>(std::lround(seconds));
    char text[16];
    std::snprintf(text, sizeof text, "%d:%02d", s / 60, s % 60);
    return text;
}

void drawMenu(const TechniquePanel& p, TechniqueUiRequest& request) {
    if (!ImGui::BeginMainMenuBar()) {
        return;
    }
    const bool open = ImGui::BeginMenu(tr("Routines"));
    hotspot(request, "routines_menu");
    if (open) {
        for (const auto& [id, name] : p.routines) {
            if (ImGui::MenuItem(name.c_str())) {
                request.startRoutine = id;
            }
            hotspot(request, "routine:" + id);
        }
        ImGui::EndMenu();
    }
    if (ImGui::MenuItem(tr("Cautions"), "C", p.cautionsOn)) {
        request.toggleCautions = true;
    }
    ImGui::EndMainMenuBar();
}

void drawCountdown(const TechniquePanel& p) {
    if (p.holdRealS <= 0.0f) {
        return;
    }
    ImGui::SetWindowFontScale(1.35f);
    if (p.holdRemainingS) {
        ImGui::Text(tr("Hold %.0f s: %.0f s left"), p.holdRealS, std::max(0.0f, *p.holdRemainingS));
    } else {
        ImGui::Text(tr("Hold %.0f s: %s"), p.holdRealS, p.phase.c_str());
    }
    ImGui::SetWindowFontScale(1.0f);
    ImGui::TextDisabled("%s", tr("(played 10 times faster than real time)"));
}

void drawTimeline(const TechniquePanel& p, TechniqueUiRequest& request) {
    ImGui::Separator();
    ImGui::TextWrapped("%s", p.routineName.c_str());
    if (p.step == 0) {
        ImGui::Text(tr("Warm-up (then %d steps)"), p.stepCount);
        ImGui::TextWrapped("%s", p.warmUp.c_str());
    } else {
        ImGui::Text(tr("Step %d of %d"), p.step, p.stepCount);
    }
    // Wrapped: in Spanish the sentence is wider than the panel.
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped(tr("Dosage: %s"), p.dosage.c_str());
    ImGui::PopStyleColor();
    float t = static_cast<float>(p.time);
    const std::string label = clock(p.time) + " / " + clock(p.duration);
    ImGui::SetNextItemWidth(-1.0f);
    if (ImGui::SliderFloat("##timeline", &t, 0.0f, static_cast<float>(p.duration), label.c_str())) {
        request.seek = t;
    }
    hotspot(request, "timeline");
    // Step boundaries as ticks under the slider.
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    for (double s : p.stepStarts) {
        const float x = a.x + float(s / std::max(p.duration, 1e-6)) * (b.x - a.x);
        draw->AddLine({x, b.y}, {x, b.y + 4.0f}, ImGui::GetColorU32(ImGuiCol_Text));
    }
    ImGui::Dummy({0.0f, 4.0f});
    if (ImGui::Button(tr("|< Back"))) {
        request.stepBack = true;
    }
    hotspot(request, "step_back");
    ImGui::SameLine();
    if (ImGui::Button(tr(p.routineState == "playing" ? "Pause" : "Play"))) {
        request.togglePlay = true;
    }
    hotspot(request, "play");
    ImGui::SameLine();
    if (ImGui::Button(tr("Next >|"))) {
        request.stepForward = true;
    }
    hotspot(request, "step_forward");
    ImGui::SameLine();
    static constexpr float kSpeeds[] = {0.5f, 1.0f, 2.0f, 4.0f};
    for (float s : kSpeeds) {
        ImGui::SameLine();
        char name[16];
        std::snprintf(name, sizeof name, "%gx", s);
        const bool on = std::abs(p.speed - s) < 1e-3;
        if (on) {
            ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        }
        if (ImGui::SmallButton(name)) {
            request.speed = s;
        }
        if (on) {
            ImGui::PopStyleColor();
        }
    }
}

// The player's window; returns where it is on screen, for the labels to keep clear of.
ImVec4 drawPlayer(const TechniquePanel& p, TechniqueUiRequest& request) {
    const glm::vec4& v = p.viewport;
    const float width = std::min(v.z - 20.0f, ImGui::GetFontSize() * 26.0f);
    ImGui::SetNextWindowPos({v.x + 10.0f, v.y + v.w - 10.0f}, ImGuiCond_Always, {0.0f, 1.0f});
    ImGui::SetNextWindowSizeConstraints({width, 0.0f}, {width, v.w * 0.75f});
    // Foldable: the text can be tucked away to see the body.
    const auto rect = [] {
        const ImVec2 at = ImGui::GetWindowPos();
        const ImVec2 size = ImGui::GetWindowSize();
        return ImVec4(at.x, at.y, at.x + size.x, at.y + size.y);
    };
    if (!ImGui::Begin(trTitle("Technique").c_str(), nullptr,
                      kFloating & ~ImGuiWindowFlags_NoCollapse)) {
        const ImVec4 folded = rect();
        ImGui::End();
        return folded;
    }
    if (!p.lines.empty()) {
        ImGui::SetWindowFontScale(1.15f);
        ImGui::TextWrapped("%s", p.lines.front().c_str());
        ImGui::SetWindowFontScale(1.0f);
        for (std::size_t i = 1; i < p.lines.size(); ++i) {
            ImGui::TextWrapped("%s", p.lines[i].c_str());
        }
    }
    if (!p.note.empty()) {
        ImGui::TextWrapped(tr("Note: %s"), p.note.c_str());
    }
    drawCountdown(p);
    if (!p.steps.empty() && ImGui::CollapsingHeader(tr("Steps"))) {
        for (std::size_t i = 0; i < p.steps.size(); ++i) {
            ImGui::TextWrapped("%zu. %s", i + 1, p.steps[i].c_str());
        }
    }
    if (!p.cautions.empty() && ImGui::CollapsingHeader(tr("Cautions"))) {
        for (const auto& c : p.cautions) {
            ImGui::BulletText("%s", c.c_str());
        }
    }
    if (p.routineOpen) {
        drawTimeline(p, request);
    }
    if (ImGui::Button(tr("Stop (Esc)"))) {
        request.stop = true;
    }
    hotspot(request, "stop");
    const ImVec4 shown = rect();
    ImGui::End();
    return shown;
}

void centreNext(const TechniquePanel& p, float widthInLines) {
    const glm::vec4& v = p.viewport;
    ImGui::SetNextWindowPos({v.x + 0.5f * v.z, v.y + 0.45f * v.w}, ImGuiCond_Always, {0.5f, 0.5f});
    const float w = std::min(v.z - 20.0f, ImGui::GetFontSize() * widthInLines);
    ImGui::SetNextWindowSizeConstraints({w, 0.0f}, {w, v.w * 0.9f});
}

void drawGates(const TechniquePanel& p, TechniqueUiRequest& request) {
    if (p.routineState == "screening") {
        centreNext(p, 28.0f);
        ImGui::Begin(trTitle("Before you start").c_str(), nullptr, kFloating);
        ImGui::TextWrapped(tr("\"%s\" is for sciatic-like pain. First answer these questions; "
                              "a yes means see a clinician instead."),
                           p.routineName.c_str());
        for (std::size_t i = 0; i < p.questions.size(); ++i) {
            ImGui::PushID(int(i));
            ImGui::Separator();
            ImGui::TextWrapped("%s", p.questions[i].c_str());
            const int a = i < p.answers.size() ? p.answers[i] : -1;
            if (const auto yes = yesNoButtons(int(i), a, request.hotspots)) {
                request.answer = {int(i), *yes};
            }
            ImGui::PopID();
        }
        if (ImGui::Button(tr("Cancel"))) {
            request.stop = true;
        }
        ImGui::End();
    } else if (p.routineState == "red_flags") {
        centreNext(p, 30.0f);
        ImGui::Begin(trTitle("Stop and see a clinician if").c_str(), nullptr, kFloating);
        ImGui::TextWrapped(tr("Before %s: do not use it, and see a doctor or physiotherapist, if "
                              "any of these applies to you."),
                           p.routineName.c_str());
        // Every red flag, in a list that scrolls when they do not all fit (22 in the default
        // content); the buttons below it always show.
        const float wrap = ImGui::GetContentRegionAvail().x - ImGui::GetTreeNodeToLabelSpacing() -
                           ImGui::GetStyle().ScrollbarSize;
        float listHeight = 0.0f;
        for (const auto& [text, emergency] : p.redFlags) {
            listHeight += ImGui::CalcTextSize((emergency ? "Emergency: " + text : text).c_str(),
                                              nullptr, false, wrap)
                              .y +
                          ImGui::GetStyle().ItemSpacing.y;
        }
        const float room = p.viewport.w * 0.9f - ImGui::GetCursorPosY() -
                           ImGui::GetFrameHeightWithSpacing() * 2.0f -
                           ImGui::GetStyle().WindowPadding.y * 2.0f;
        ImGui::BeginChild("##red_flags", ImVec2(0.0f, std::max(ImGui::GetFontSize() * 4.0f,
                                                               std::min(listHeight + 4.0f, room))));
        for (const auto& [text, emergency] : p.redFlags) {
            if (emergency) {
                ImGui::Bullet();
                ImGui::PushStyleColor(ImGuiCol_Text, kAmber);
                ImGui::TextWrapped(tr("Emergency: %s"), text.c_str());
                ImGui::PopStyleColor();
            } else {
                ImGui::Bullet();
                ImGui::TextWrapped("%s", text.c_str());
            }
        }
        ImGui::EndChild();
        ImGui::Separator();
        if (ImGui::Button(tr("I have read these; none applies to me"))) {
            request.acknowledgeRedFlags = true;
        }
        hotspot(request, "ack_red_flags");
        ImGui::SameLine();
        if (ImGui::Button(tr("Cancel"))) {
            request.stop = true;
        }
        ImGui::End();
    } else if (p.routineState == "ended") {
        centreNext(p, 26.0f);
        ImGui::Begin(trTitle("See a clinician first").c_str(), nullptr, kFloating);
        ImGui::TextWrapped("%s", p.endAdvice.c_str());
        if (ImGui::Button(tr("Close"))) {
            request.stop = true;
        }
        hotspot(request, "close_advice");
        ImGui::End();
    }
}

bool overlapsAny(const ImVec4& box, const std::vector<ImVec4>& rects) {
    return std::any_of(rects.begin(), rects.end(), [&](const ImVec4& r) {
        return box.x < r.z && box.z > r.x && box.y < r.w && box.w > r.y;
    });
}

// Where a label's box goes: it runs away from the middle of the view (so the left and right
// labels of a paired zone do not cover each other), stays inside the viewport, and moves down
// past boxes already placed. It never covers `panels` (the player's text would be unreadable):
// if neither side of its point is clear of them, the label is not shown (its zone is then
// mostly under the panel too).
std::optional<ImVec2> labelCorner(const glm::vec4& v, const glm::vec2& at, const ImVec2& size,
                                  std::vector<ImVec4>& placed, const std::vector<ImVec4>& panels) {
    const bool leftHalf = at.x < v.x + 0.5f * v.z;
    for (const bool toTheLeft : {leftHalf, !leftHalf}) {
        float x = toTheLeft ? at.x - size.x : at.x;
        x = std::clamp(x, v.x, std::max(v.x, v.x + v.z - size.x - 4.0f));
        float y = at.y - 0.5f * size.y;
        const auto box = [&] { return ImVec4(x, y, x + size.x, y + size.y); };
        for (int tries = 0; tries < 6 && overlapsAny(box(), placed); ++tries) {
            y += size.y + 2.0f;
        }
        if (!overlapsAny(box(), panels)) {
            placed.push_back(box());
            return ImVec2(x, y);
        }
    }
    return std::nullopt;
}

void drawLabels(const TechniquePanel& p, const std::vector<ImVec4>& panels,
                TechniqueUiRequest& request) {
    const glm::vec4& v = p.viewport;
    int index = 0;
    std::vector<ImVec4> placed;
    for (const auto& l : p.labels) {
        ++index;
        if (l.at.x < v.x || l.at.y < v.y || l.at.x > v.x + v.z - 40.0f ||
            l.at.y > v.y + v.w - 20.0f) {
            continue;
        }
        const ImVec2 padding = ImGui::GetStyle().WindowPadding;
        const ImVec2 text = ImGui::CalcTextSize(l.text.c_str());
        const ImVec2 size(text.x + 2.0f * padding.x, text.y + 2.0f * padding.y);
        const std::optional<ImVec2> corner = labelCorner(v, l.at, size, placed, panels);
        if (!corner) {
            continue;
        }
        ImGui::SetNextWindowPos(*corner, ImGuiCond_Always);
        ImGui::SetNextWindowBgAlpha(0.8f);
        // Named by its text (shown as the focused panel), one window per place in the list.
        const std::string name = l.text + "###caution_label_" + std::to_string(index);
        ImGui::Begin(name.c_str(), nullptr, kLabel);
        ImGui::PushStyleColor(ImGuiCol_Text, l.sustained ? kAmber : kBoneGrey);
        if (ImGui::Selectable(l.text.c_str(), false, 0, ImGui::CalcTextSize(l.text.c_str()))) {
            request.cautionClicked = l.zoneId;
        }
        ImGui::PopStyleColor();
        if (!request.hotspots.count("caution:" + l.zoneId)) {
            hotspot(request, "caution:" + l.zoneId);
        }
        if (ImGui::IsItemHovered()) {
            ImGui::SetTooltip("%s", tr("Why not here? Click, or Enter."));
        }
        ImGui::End();
    }
    if (!p.noteTitle.empty()) {
        ImGui::SetNextWindowPos({v.x + v.z - 10.0f, v.y + 10.0f}, ImGuiCond_Always, {1.0f, 0.0f});
        const float w = std::min(v.z - 20.0f, ImGui::GetFontSize() * 22.0f);
        ImGui::SetNextWindowSizeConstraints({w, 0.0f}, {w, v.w * 0.6f});
        ImGui::Begin(trTitle("Why not here").c_str(), nullptr, kFloating);
        ImGui::TextWrapped("%s", p.noteTitle.c_str());
        ImGui::Separator();
        ImGui::TextWrapped("%s", p.noteText.c_str());
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        ImGui::TextWrapped("%s", p.noteSource.c_str()); // a long citation wraps
        ImGui::PopStyleColor();
        if (ImGui::Button(tr("Close"))) {
            request.closeNote = true;
        }
        ImGui::End();
    }
}

} // namespace

void TechniquePanel::draw(const UiSettings&, TechniqueUiRequest& request) const {
    drawMenu(*this, request);
    if (!active) {
        return;
    }
    std::vector<ImVec4> panels;
    if (routineOpen &&
        (routineState == "screening" || routineState == "red_flags" || routineState == "ended")) {
        drawGates(*this, request);
    } else if (playing || routineOpen) {
        panels.push_back(drawPlayer(*this, request));
    }
    drawLabels(*this, panels, request);
}

void drawCardTechniques(const Content& content, const std::string& id, Audience audience,
                        CardRequests& requests) {
    std::vector<const Technique*> on;
    for (const auto& t : content.techniques) {
        if (std::any_of(t.placements.begin(), t.placements.end(),
                        [&](const TechniquePlacement& p) { return p.structure == id; })) {
            on.push_back(&t);
        }
    }
    if (on.empty()) {
        return;
    }
    const ImGuiTreeNodeFlags open =
        audience == Audience::Patient ? 0 : ImGuiTreeNodeFlags_DefaultOpen;
    if (!ImGui::CollapsingHeader(tr("Techniques (T plays the first)"), open)) {
        return;
    }
    for (const Technique* t : on) {
        ImGui::PushID(t->id.c_str());
        int n = 0;
        for (const auto& p : t->placements) {
            if (p.structure != id) {
                continue;
            }
            if (n > 0) {
                ImGui::SameLine();
            }
            const std::string label = n == 0 ? std::string(tr("Play")) : std::to_string(n + 1);
            ImGui::PushID(p.id.c_str());
            if (ImGui::SmallButton(label.c_str())) {
                requests.technique = t->id;
                requests.placement = p.id;
            }
            ImGui::PopID();
            ++n;
        }
        ImGui::SameLine();
        ImGui::TextWrapped("%s", t->name.get(uiLanguage()).c_str());
        // The summary is the therapist's; a patient reads the technique's patient text.
        const Statement* plain = findRegister(t->texts, "patient");
        if (audience == Audience::Patient && plain) {
            ImGui::Indent();
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
            ImGui::TextWrapped("%s", plain->text.get(uiLanguage()).c_str());
            ImGui::PopStyleColor();
            ImGui::Unindent();
        }
        ImGui::PopID();
    }
}

} // namespace glutea
