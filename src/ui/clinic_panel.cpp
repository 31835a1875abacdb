// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/clinic_panel.h"
#include "ui/translate.h"

#include <cstdio>
#include <cstring>
#include <ctime>

#include <imgui.h>

namespace glutea {

namespace {

std::string todayStamp() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%d", &local);
    return text;
}

} // namespace

void ClinicPanel::open(Dialog dialog, const std::string& file) {
    dialog_ = dialog;
    justOpened_ = true;
    const std::string path = (defaultDir.empty() ? std::string(".") : defaultDir) + "/" + file;
    std::snprintf(path_, sizeof path_, "%s", path.c_str());
}

void ClinicPanel::openHandoutDialog() {
    open(Dialog::Handout, "glutea-handout-" + todayStamp() + ".pdf");
}

void ClinicPanel::openSaveViewDialog() {
    open(Dialog::SaveView, "view-" + todayStamp() + ".glutea-view");
}

void ClinicPanel::drawFileMenuItems(ClinicUiRequest& request) {
    if (ImGui::MenuItem(tr("Export handout..."), nullptr, false, !exporting)) {
        openHandoutDialog();
    }
    if (ImGui::MenuItem(tr("Save view..."), "Ctrl+S")) {
        openSaveViewDialog();
    }
    if (ImGui::MenuItem(tr("Open view..."))) {
        open(Dialog::OpenView, "");
    }
    if (ImGui::MenuItem(tr("Add pin (then click on the body)"))) {
        placingPin_ = true;
        status = tr("Click on the body where the pin goes (or bring it to the cross with the "
                    "arrow keys and press Enter).");
    }
    if (ImGui::MenuItem(tr("Remove pins"), nullptr, false, !pins.empty())) {
        request.clearPins = true;
    }
    ImGui::Separator();
}

void ClinicPanel::placePinAt(glm::vec2 windowPixel) {
    placingPin_ = false;
    pinAt_ = windowPixel;
    pinText_[0] = '\0';
    dialog_ = Dialog::PinText;
    justOpened_ = true;
    status.clear();
}

const char* ClinicPanel::titleOf(Dialog dialog) {
    switch (dialog) {
    case Dialog::None:
        return "";
    case Dialog::Handout:
        return "Export handout";
    case Dialog::SaveView:
        return "Save view";
    case Dialog::OpenView:
        return "Open view";
    case Dialog::PinText:
        return "Pin text";
    }
    return "";
}

void ClinicPanel::drawDialogs(UiSettings& settings, ClinicUiRequest& request) {
    drawPins();
    if (placingPin_ && ImGui::IsMouseClicked(0) && !ImGui::GetIO().WantCaptureMouse) {
        placePinAt({ImGui::GetIO().MousePos.x, ImGui::GetIO().MousePos.y});
    }
    const std::string titleId = trTitle(titleOf(dialog_));
    const char* title = titleId.c_str();
    if (justOpened_) {
        ImGui::OpenPopup(title);
        std::snprintf(clinic_, sizeof clinic_, "%s", settings.clinicName.c_str());
        justOpened_ = false;
    }
    if (dialog_ != Dialog::None &&
        ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        if (dialog_ == Dialog::PinText) {
            ImGui::TextUnformatted(tr("A short note for the pin:"));
            if (ImGui::IsWindowAppearing()) {
                ImGui::SetKeyboardFocusHere();
            }
            ImGui::SetNextItemWidth(ImGui::GetFontSize() * 20.0f);
            const bool done = ImGui::InputText("##pin", pinText_, sizeof pinText_,
                                               ImGuiInputTextFlags_EnterReturnsTrue);
            const bool ok = ImGui::Button(tr("Add")) || done;
            ImGui::SameLine();
            const bool cancel = ImGui::Button(tr("Cancel"));
            if (ok && pinText_[0] != '\0') {
                request.pinAt = pinAt_;
                request.pinText = pinText_;
            }
            if (ok || cancel) {
                dialog_ = Dialog::None;
                ImGui::CloseCurrentPopup();
            }
            ImGui::EndPopup();
            return;
        }
        ImGui::TextUnformatted(tr(dialog_ == Dialog::Handout
                                      ? "File (.pdf to print, .png for a picture):"
                                      : "File (.glutea-view):"));
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 28.0f);
        if (ImGui::IsWindowAppearing()) {
            ImGui::SetKeyboardFocusHere();
        }
        bool ok =
            ImGui::InputText("##path", path_, sizeof path_, ImGuiInputTextFlags_EnterReturnsTrue);
        if (dialog_ == Dialog::Handout) {
            ImGui::TextUnformatted(tr("Clinic name printed at the top (kept in the settings):"));
            ImGui::SetNextItemWidth(ImGui::GetFontSize() * 28.0f);
            ImGui::InputText("##clinic", clinic_, sizeof clinic_);
        }
        ok |= ImGui::Button(tr(dialog_ == Dialog::OpenView ? "Open" : "Save"));
        ImGui::SameLine();
        const bool cancel =
            ImGui::Button(tr("Cancel")) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape));
        if (ok && path_[0] != '\0') {
            const std::string path = path_;
            if (dialog_ == Dialog::Handout) {
                if (settings.clinicName != clinic_) {
                    settings.clinicName = clinic_;
                    request.settingsChanged = true;
                }
                request.exportHandout = path;
            } else if (dialog_ == Dialog::SaveView) {
                request.saveView = path;
            } else {
                request.openView = path;
            }
        }
        if ((ok && path_[0] != '\0') || cancel) {
            dialog_ = Dialog::None;
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
    if (!status.empty() || exporting) {
        const ImGuiViewport* vp = ImGui::GetMainViewport();
        ImGui::SetNextWindowPos(
            ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y - 40.0f),
            ImGuiCond_Always, ImVec2(0.5f, 1.0f));
        ImGui::SetNextWindowBgAlpha(0.85f);
        // F6 reaches it (Enter presses OK), but it never takes the keys by appearing.
        ImGui::Begin(trTitle("Message").c_str(), nullptr,
                     ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                         ImGuiWindowFlags_NoFocusOnAppearing);
        ImGui::TextUnformatted(exporting ? tr("Writing the handout...") : status.c_str());
        if (!exporting && ImGui::SmallButton(tr("OK"))) {
            status.clear();
        }
        ImGui::End();
    }
}

// A pin: a dot on the surface, a leader line up and to the side, the text in a box at its end.
void ClinicPanel::drawPins() const {
    ImDrawList* draw = ImGui::GetBackgroundDrawList();
    const float font = ImGui::GetFontSize();
    for (std::size_t i = 0; i < pins.size(); ++i) {
        const PinView& p = pins[i];
        if (!p.visible) {
            continue;
        }
        const ImVec2 at(p.at.x, p.at.y);
        const ImVec2 label(at.x + font * 2.5f, at.y - font * (2.0f + float(i % 3)));
        const ImVec2 size = ImGui::CalcTextSize(p.text.c_str());
        const ImU32 ink = IM_COL32(255, 217, 26, 255);
        draw->AddLine(at, label, IM_COL32(20, 20, 20, 255), 4.0f);
        draw->AddLine(at, label, ink, 2.0f);
        draw->AddCircleFilled(at, font * 0.3f, ink);
        draw->AddCircle(at, font * 0.3f, IM_COL32(20, 20, 20, 255), 0, 1.5f);
        draw->AddRectFilled(ImVec2(label.x, label.y - size.y - 6.0f),
                            ImVec2(label.x + size.x + 10.0f, label.y), IM_COL32(20, 20, 24, 220),
                            4.0f);
        draw->AddText(ImVec2(label.x + 5.0f, label.y - size.y - 3.0f), ink, p.text.c_str());
    }
}

} // namespace glutea
