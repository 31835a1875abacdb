#include "ui/clinic_panel.h"

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

void ClinicPanel::drawFileMenuItems(ClinicUiRequest&) {
    if (ImGui::MenuItem("Export handout...", nullptr, false, !exporting)) {
        openHandoutDialog();
    }
    if (ImGui::MenuItem("Save view...")) {
        open(Dialog::SaveView, "view-" + todayStamp() + ".glutea-view");
    }
    if (ImGui::MenuItem("Open view...")) {
        open(Dialog::OpenView, "");
    }
    ImGui::Separator();
}

void ClinicPanel::drawDialogs(UiSettings& settings, ClinicUiRequest& request) {
    static constexpr const char* kTitles[] = {"", "Export handout", "Save view", "Open view"};
    const char* title = kTitles[static_cast<int>(dialog_)];
    if (justOpened_) {
        ImGui::OpenPopup(title);
        std::snprintf(clinic_, sizeof clinic_, "%s", settings.clinicName.c_str());
        justOpened_ = false;
    }
    if (dialog_ != Dialog::None &&
        ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::TextUnformatted(dialog_ == Dialog::Handout
                                   ? "File (.pdf to print, .png for a picture):"
                                   : "File (.glutea-view):");
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 28.0f);
        if (ImGui::IsWindowAppearing()) {
            ImGui::SetKeyboardFocusHere();
        }
        bool ok =
            ImGui::InputText("##path", path_, sizeof path_, ImGuiInputTextFlags_EnterReturnsTrue);
        if (dialog_ == Dialog::Handout) {
            ImGui::TextUnformatted("Clinic name printed at the top (kept in the settings):");
            ImGui::SetNextItemWidth(ImGui::GetFontSize() * 28.0f);
            ImGui::InputText("##clinic", clinic_, sizeof clinic_);
        }
        ok |= ImGui::Button(dialog_ == Dialog::OpenView ? "Open" : "Save");
        ImGui::SameLine();
        const bool cancel =
            ImGui::Button("Cancel") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape));
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
        ImGui::Begin("##clinic_status", nullptr,
                     ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                         ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav);
        ImGui::TextUnformatted(exporting ? "Writing the handout..." : status.c_str());
        if (!exporting && ImGui::SmallButton("OK")) {
            status.clear();
        }
        ImGui::End();
    }
}

} // namespace glutea
