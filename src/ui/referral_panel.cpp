// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/referral_panel.h"
#include "ui/translate.h"

#include <imgui.h>

#include "anatomy/referral_captions.h"

namespace glutea {

namespace {

ImVec4 colour(const float (&c)[3], float alpha = 1.0f) {
    return ImVec4(c[0], c[1], c[2], alpha);
}

CaptionRegister registerOf(Audience audience) {
    switch (audience) {
    case Audience::Patient:
        return CaptionRegister::Patient;
    case Audience::Student:
        return CaptionRegister::Student;
    case Audience::Therapist:
        return CaptionRegister::Therapist;
    }
    return CaptionRegister::Patient;
}

// A swatch as the body shows it: solid, or hatched (the spillover zone), or a band with pulses.
enum class Swatch { Solid, Hatched, Band, Marker, Tint };

void legendRow(const float (&c)[3], Swatch style, const char* text, bool highContrast) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float h = ImGui::GetTextLineHeight();
    const ImVec2 a = ImGui::GetCursorScreenPos();
    const ImVec2 b(a.x + 1.6f * h, a.y + h);
    const ImU32 col = ImGui::GetColorU32(colour(c));
    const float line = highContrast ? 2.5f : 1.5f;
    switch (style) {
    case Swatch::Solid:
        draw->AddRectFilled(a, b, col);
        break;
    case Swatch::Hatched:
        draw->AddRectFilled(a, b, ImGui::GetColorU32(colour(c, 0.45f)));
        for (float x = a.x - h; x < b.x; x += h * 0.4f) { // diagonal lines, clipped to the box
            draw->PushClipRect(a, b, true);
            draw->AddLine(ImVec2(x, b.y), ImVec2(x + h, a.y), col, line);
            draw->PopClipRect();
        }
        break;
    case Swatch::Band: {
        const float mid = (a.y + b.y) * 0.5f;
        draw->AddRectFilled(ImVec2(a.x, mid - h * 0.2f), ImVec2(b.x, mid + h * 0.2f), col);
        const ImU32 pulse = ImGui::GetColorU32(colour(ReferralColours::kNervePulse));
        draw->AddCircleFilled(ImVec2(a.x + 0.5f * h, mid), h * 0.22f, pulse);
        draw->AddCircleFilled(ImVec2(a.x + 1.2f * h, mid), h * 0.22f, pulse);
        break;
    }
    case Swatch::Marker: {
        const ImVec2 centre((a.x + b.x) * 0.5f, (a.y + b.y) * 0.5f);
        draw->AddCircleFilled(centre, h * 0.42f, IM_COL32(20, 20, 20, 255));
        draw->AddCircleFilled(centre, h * 0.32f, IM_COL32(255, 255, 255, 255));
        break;
    }
    case Swatch::Tint:
        draw->AddRectFilled(a, b, ImGui::GetColorU32(colour(c, 0.5f)));
        draw->AddRect(a, b, col, 0.0f, 0, line + 0.5f);
        break;
    }
    ImGui::Dummy(ImVec2(1.6f * h, h));
    ImGui::SameLine();
    ImGui::TextWrapped("%s", tr(text));
}

void drawLegend(const ReferralPanel& p, const UiSettings& settings) {
    const bool patient = settings.audience == Audience::Patient;
    const bool hc = settings.highContrast;
    static constexpr float kWhite[3] = {1.0f, 1.0f, 1.0f};
    if (p.playing && p.neural) {
        legendRow(ReferralColours::kNerve, Swatch::Band,
                  patient
                      ? "Nerve pain: a narrow line; the bright bands show it shooting down the leg"
                      : "Neural pain along the nerve's course (pulses travel distally)",
                  hc);
    } else if (p.playing) {
        if (p.hasTriggerPoints) {
            legendRow(kWhite, Swatch::Marker,
                      patient ? "Tender spot (a knot) in the muscle" : "Trigger point", hc);
        }
        legendRow(ReferralColours::kEssential, Swatch::Solid,
                  patient ? "Where nearly everyone with this knot feels it"
                          : "Essential zone (nearly everyone)",
                  hc);
        if (p.hasSpillover) {
            legendRow(ReferralColours::kSpillover, Swatch::Hatched,
                      patient ? "Where some people also feel it" : "Spillover zone (some people)",
                      hc);
        }
    }
    if (p.whereMode || p.hasPainted) {
        legendRow(ReferralColours::kPainted, Swatch::Tint,
                  patient ? "Where you said it hurts" : "Painted area", hc);
    }
}

void drawWhere(const ReferralPanel& p, const UiSettings& settings, ReferralUiRequest& request) {
    const bool patient = settings.audience == Audience::Patient;
    ImGui::TextWrapped("%s",
                       tr(patient ? "Click or paint where it hurts, on one or both sides. "
                                    "Right-drag erases. Shift-drag or the arrow keys turn the "
                                    "body."
                                  : "Paint the pain area (left-drag), erase (right-drag); "
                                    "Shift+drag or arrow keys orbit."));
    float radius = p.brushRadiusCm;
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7.0f);
    if (ImGui::SliderFloat(tr("Brush, cm"), &radius, 1.0f, 10.0f, "%.1f")) {
        request.brushRadiusCm = radius;
    }
    if (ImGui::Button(tr("Clear painting"))) {
        request.clearPainted = true;
    }
    if (!p.hasPainted) {
        return;
    }
    if (p.ranking.empty()) {
        ImGui::TextWrapped("%s", tr(patient ? "None of the muscles in this atlas sends pain there."
                                            : "No referral pattern covers the painted area."));
        return;
    }
    ImGui::TextUnformatted(tr(patient ? "Muscles that can cause pain there:" : "Ranked patterns:"));
    for (std::size_t i = 0; i < p.ranking.size(); ++i) {
        const ReferralPanelRank& r = p.ranking[i];
        char line[256];
        std::snprintf(line, sizeof line, "%zu. %s", i + 1, r.label.c_str());
        ImGui::PushID(static_cast<int>(i));
        if (ImGui::Selectable(line, p.chosenRank == static_cast<int>(i))) {
            request.chooseRanked = static_cast<int>(i);
        }
        ImGui::PopID();
        ImGui::Indent();
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        ImGui::TextWrapped(tr("%s, %.0f%% of the painted area"), r.kind.c_str(),
                           double(r.share) * 100.0);
        ImGui::PopStyleColor();
        ImGui::Unindent();
    }
}

} // namespace

void ReferralPanel::drawToolbar(ReferralUiRequest& request) const {
    if (ImGui::MenuItem(tr("Where does it hurt? (W)"), nullptr, whereMode)) {
        request.toggleWhere = true;
    }
}

void ReferralPanel::draw(const UiSettings& settings, ReferralUiRequest& request) const {
    if (!active) {
        return;
    }
    const ImGuiIO& io = ImGui::GetIO();
    const float font = ImGui::GetFontSize();
    const float width = font * 17.0f;
    // The viewport's top right corner, beside the info card (21 text heights wide): the body is
    // framed in the middle of the viewport, so the panel covers the least of it there.
    ImGui::SetNextWindowPos(
        ImVec2(io.DisplaySize.x - font * 21.0f - 6.0f, ImGui::GetFrameHeight() + 6.0f),
        ImGuiCond_Always, ImVec2(1.0f, 0.0f));
    ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0.0f),
                                        ImVec2(width, io.DisplaySize.y * 0.9f));
    ImGui::SetNextWindowBgAlpha(settings.highContrast ? 1.0f : 0.85f);
    ImGui::Begin(trTitle("Referred pain").c_str(), nullptr,
                 ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize);
    const ImVec2 at = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
    request.rect[0] = at.x;
    request.rect[1] = at.y;
    request.rect[2] = size.x;
    request.rect[3] = size.y;
    if (computing >= 0.0f) {
        ImGui::TextUnformatted(tr("Preparing the pain maps..."));
        ImGui::ProgressBar(computing, ImVec2(-1.0f, 0.0f));
    }
    if (!error.empty()) {
        ImGui::TextWrapped("%s", error.c_str());
    }
    if (whereMode) {
        ImGui::TextUnformatted(tr("Where does it hurt?"));
        drawWhere(*this, settings, request);
        ImGui::Separator();
    }
    if (playing) {
        ImGui::TextWrapped("%s", title.c_str());
        ImGui::TextWrapped("%s", caption.c_str());
        if (!captionNote.empty()) {
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
            ImGui::TextWrapped("%s", captionNote.c_str());
            ImGui::PopStyleColor();
        }
        if (triggerPoints.size() > 1) {
            if (ImGui::RadioButton(tr("All"), currentTriggerPoint.empty())) {
                request.triggerPoint = std::string();
            }
            for (const auto& tp : triggerPoints) {
                ImGui::PushID(tp.id.c_str());
                // The name wraps beside the button: content names can be long.
                if (ImGui::RadioButton("##tp", currentTriggerPoint == tp.id)) {
                    request.triggerPoint = tp.id;
                }
                ImGui::SameLine();
                ImGui::TextWrapped("%s", tp.name.c_str());
                ImGui::PopID();
            }
        }
    }
    drawLegend(*this, settings);
    if (playing && ImGui::Button(tr("Stop (Esc)"))) {
        request.stop = true;
    }
    if (whereMode) {
        if (playing) {
            ImGui::SameLine();
        }
        if (ImGui::Button(tr("Done painting (W)"))) {
            request.toggleWhere = true;
        }
    }
    ImGui::End();
}

void drawCardReferral(const Content& content, const std::string& id, Audience audience,
                      CardRequests& requests) {
    const ReferralPattern* pattern = content.findReferral(id);
    if (!pattern) {
        return;
    }
    const CaptionRegister reg = registerOf(audience);
    ImGui::Separator();
    ImGui::TextUnformatted(
        tr(audience == Audience::Patient ? "Pain felt elsewhere" : "Referred pain"));
    if (ImGui::Button(tr("Show referred pain (R)"))) {
        requests.showReferral = true;
        requests.triggerPoint.clear();
    }
    const std::string caption = referralCaption(*pattern, {}, reg, uiLanguage(),
                                                {tr("Essential zone: "), tr("Spillover: ")});
    ImGui::TextWrapped("%s", caption.c_str());
    for (std::size_t i = 0; i < pattern->triggerPoints.size(); ++i) {
        const TriggerPoint& tp = pattern->triggerPoints[i];
        ImGui::PushID(tp.id.c_str());
        if (ImGui::SmallButton(tr("Play"))) {
            requests.showReferral = true;
            requests.triggerPoint = tp.id;
        }
        ImGui::SameLine();
        // A patient's "Tender spot N" is the code's English; the others, the content's name.
        const std::string label = triggerPointLabel(*pattern, i, reg, uiLanguage());
        ImGui::TextWrapped("%s",
                           reg == CaptionRegister::Patient ? tr(label.c_str()) : label.c_str());
        ImGui::PopID();
    }
}

} // namespace glutea
