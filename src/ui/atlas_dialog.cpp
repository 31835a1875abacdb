// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/atlas_dialog.h"

#include <cstdio>
#include <string>

#include <imgui.h>

#include "ui/translate.h"

namespace glutea {

void AtlasDialog::drawMenuItem() {
    if (ImGui::MenuItem(tr("Open atlas..."), "Ctrl+O")) {
        open();
    }
}

// A small window in the middle of the screen while an atlas loads: which folder, and the seconds
// so far (the frames go on: the load runs on another thread).
void AtlasDialog::drawLoading() const {
    const ImGuiViewport* screen = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(
        {screen->Pos.x + 0.5f * screen->Size.x, screen->Pos.y + 0.5f * screen->Size.y},
        ImGuiCond_Always, {0.5f, 0.5f});
    ImGui::Begin(trTitle("Opening atlas").c_str(), nullptr,
                 ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoCollapse |
                     ImGuiWindowFlags_NoSavedSettings);
    ImGui::TextUnformatted(trf("Opening %s", loading.c_str()).c_str());
    // Dots that grow with the time: the window is alive while the meshes load.
    const int dots = 1 + int(loadingSeconds * 3.0) % 3;
    ImGui::Text("%s%s  %.1f s", tr("Loading the meshes"),
                std::string(std::size_t(dots), '.').c_str(), loadingSeconds);
    ImGui::End();
}

std::optional<std::string> AtlasDialog::draw() {
    if (!loading.empty()) {
        drawLoading();
        return std::nullopt;
    }
    const std::string titleId = trTitle("Open atlas");
    const char* title = titleId.c_str();
    if (justOpened_) {
        ImGui::OpenPopup(title);
        std::snprintf(path_, sizeof path_, "%s", current.c_str());
        justOpened_ = false;
    }
    if (!ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        return std::nullopt;
    }
    std::optional<std::string> chosen;
    // The box first, ready for typing; Tab goes on to the list, where Up, Down and Enter choose.
    ImGui::TextUnformatted(tr("A folder with an atlas.json:"));
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 30.0f);
    // Asked again on the frame after opening: on the first, another window closing (the error
    // dialog) can still take the focus back.
    if (focusBox_ > 0) {
        ImGui::SetKeyboardFocusHere();
        --focusBox_;
    }
    bool ok =
        ImGui::InputText("##atlas", path_, sizeof path_, ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::Spacing();
    ImGui::TextUnformatted(tr("Or one of these (Tab, then Up, Down and Enter):"));
    auto choice = [&](const std::string& label, const std::string& dir, const std::string& value) {
        if (ImGui::Selectable(label.c_str(), dir == current)) {
            chosen = value;
        }
    };
    choice(tr("Built-in model (pelvis and gluteal region)"), builtIn, "");
    for (const AtlasChoice& c : choices) {
        choice(c.name + "   (" + c.dir + ")", c.dir, c.dir);
    }
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 32.0f);
    ImGui::TextDisabled("%s", trf("An atlas folder (atlas.json and its meshes) put in %s is listed "
                                  "here; examples/ says how to make one.",
                                  atlasesDir.c_str())
                                  .c_str());
    ImGui::PopTextWrapPos();
    ImGui::Separator();
    ok |= ImGui::Button(tr("Open"));
    ImGui::SameLine();
    const bool cancel =
        ImGui::Button(tr("Cancel")) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape));
    if (ok && path_[0] != '\0') {
        chosen = std::string(path_);
    }
    if (chosen || cancel) {
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
    return chosen;
}

} // namespace glutea
