// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/keyboard_focus.h"

#include <algorithm>
#include <cstring>
#include <vector>

#include <imgui.h>
#include <imgui_internal.h> // ImGui 1.86 keeps focus, nav layers and move requests internal

#include "ui/panels.h"
#include "ui/translate.h"

namespace glutea {

namespace {

// The panels F6 cycles through: Structures and Info first, then every other window that can
// take the keyboard (the referral, technique, quiz, help windows, caution labels ...) in reading
// order of their top left corners. Not ImGui's window list: focusing a window moves it to the
// list's end, and the cycle would skip the windows after it.
std::vector<ImGuiWindow*> focusablePanels() {
    std::vector<ImGuiWindow*> panels;
    const ImGuiContext& g = *GImGui;
    constexpr ImGuiWindowFlags kNot = ImGuiWindowFlags_Tooltip | ImGuiWindowFlags_Popup |
                                      ImGuiWindowFlags_ChildWindow | ImGuiWindowFlags_NoNavInputs |
                                      ImGuiWindowFlags_NoNavFocus;
    for (const char* first : {"Structures", "Info"}) {
        if (ImGuiWindow* w = ImGui::FindWindowByName(trTitle(first).c_str()); w && w->WasActive) {
            panels.push_back(w);
        }
    }
    std::vector<ImGuiWindow*> others;
    for (ImGuiWindow* w : g.Windows) {
        // Window names carry the language (trTitle: "Estructuras###Structures").
        const bool named = w->Name == trTitle("Structures") || w->Name == trTitle("Info") ||
                           w->Name == trTitle("Status") ||             // text only
                           std::strcmp(w->Name, "##MainMenuBar") == 0; // F10 reaches it
        if (!named && !w->IsFallbackWindow && w->WasActive && !w->Hidden &&
            (w->Flags & kNot) == 0) {
            others.push_back(w);
        }
    }
    std::stable_sort(others.begin(), others.end(), [](const ImGuiWindow* a, const ImGuiWindow* b) {
        return a->Pos.y != b->Pos.y ? a->Pos.y < b->Pos.y : a->Pos.x < b->Pos.x;
    });
    panels.insert(panels.end(), others.begin(), others.end());
    return panels;
}

// ImGui hides the focus rectangle after a mouse click; a key that moves the focus shows it.
void showNavRectangle() {
    GImGui->NavDisableHighlight = false;
    GImGui->NavDisableMouseHover = true;
}

void moveInReadingOrder(ImGuiDir dir) {
    if (GImGui->ActiveId != 0) {
        ImGui::ClearActiveID(); // Tab leaves a text box or a slider being typed in
    }
    showNavRectangle();
    // Right (Left) and, at the end of a row, on to the next (previous) row: reading order, so a
    // row of buttons is walked through before the widgets below it.
    ImGui::NavMoveRequestSubmit(dir, dir, ImGuiNavMoveFlags_WrapX,
                                ImGuiScrollFlags_KeepVisibleEdgeX |
                                    ImGuiScrollFlags_KeepVisibleEdgeY);
}

} // namespace

void enterPressesLikeSpace() {
    ImGuiIO& io = ImGui::GetIO();
    const auto down = [&](ImGuiKey key) {
        const int index = io.KeyMap[key];
        return index >= 0 && index < IM_ARRAYSIZE(io.KeysDown) && io.KeysDown[index];
    };
    if (!io.WantTextInput && (down(ImGuiKey_Enter) || down(ImGuiKey_KeyPadEnter))) {
        io.NavInputs[ImGuiNavInput_Activate] = 1.0f;
    }
}

void KeyboardFocus::focusWindowNamed(const char* name) {
    if (ImGuiWindow* w = ImGui::FindWindowByName(trTitle(name).c_str())) {
        ImGui::FocusWindow(w);
        ImGui::NavInitWindow(w, false); // back on the widget it had, else its first
        showNavRectangle();
        inPanels_ = true;
    }
}

void KeyboardFocus::focusPanel(int step) {
    const auto panels = focusablePanels();
    const ImGuiWindow* now = GImGui->NavWindow ? GImGui->NavWindow->RootWindow : nullptr;
    int at = -1; // the 3D view
    for (int i = 0; i < static_cast<int>(panels.size()); ++i) {
        if (inPanels_ && panels[std::size_t(i)] == now) {
            at = i;
        }
    }
    // The 3D view sits between the last panel and the first: -1, 0, 1, ..., n-1, -1, ...
    const int count = static_cast<int>(panels.size()) + 1;
    const int next = ((at + 1 + step) % count + count) % count - 1;
    if (next < 0) {
        ImGui::FocusWindow(nullptr);
        inPanels_ = false;
        viewFrame_ = true;
        return;
    }
    ImGuiWindow* w = panels[std::size_t(next)];
    ImGui::FocusWindow(w);
    ImGui::NavInitWindow(w, false);
    showNavRectangle();
    inPanels_ = true;
}

bool KeyboardFocus::beginFrame() {
    const Request r = pending_;
    pending_ = Request::None;
    ImGuiContext& g = *GImGui;
    switch (r) {
    case Request::None:
        break;
    case Request::Search: // the box's SetKeyboardFocusHere picks the widget
        if (ImGuiWindow* w = ImGui::FindWindowByName(trTitle("Structures").c_str());
            w && w->WasActive) {
            ImGui::FocusWindow(w);
            inPanels_ = true;
            viewFrame_ = false;
            return true;
        }
        focusPanel(1); // chairside: no search box, its panel instead
        break;
    case Request::Card:
        if (ImGuiWindow* w = ImGui::FindWindowByName(trTitle("Info").c_str()); w && w->WasActive) {
            focusWindowNamed("Info");
        } else {
            focusPanel(-1);
        }
        break;
    case Request::NextPanel:
    case Request::PreviousPanel:
        focusPanel(r == Request::NextPanel ? 1 : -1);
        break;
    case Request::MenuBar:
        if (ImGuiWindow* bar = ImGui::FindWindowByName("##MainMenuBar")) {
            ImGui::FocusWindow(bar);
            g.NavLayer = ImGuiNavLayer_Menu; // what ImGui's own Alt does: its first menu
            ImGui::NavInitWindow(bar, true);
            showNavRectangle();
            inPanels_ = true;
        }
        break;
    case Request::NextWidget:
    case Request::PreviousWidget:
        if (g.NavWindow) {
            moveInReadingOrder(r == Request::NextWidget ? ImGuiDir_Right : ImGuiDir_Left);
            inPanels_ = true;
        }
        break;
    case Request::ToView:
        if (g.ActiveId != 0) {
            ImGui::ClearActiveID();
        }
        ImGui::FocusWindow(nullptr);
        inPanels_ = false;
        viewFrame_ = true;
        break;
    }
    if (r != Request::None && r != Request::ToView && inPanels_) {
        viewFrame_ = false;
    }
    return false;
}

void KeyboardFocus::endFrame(const ViewportRect& viewport) {
    const ImGuiContext& g = *GImGui;
    modalOpen_ = ImGui::GetTopMostPopupModal() != nullptr;
    popupOpen_ = !g.OpenPopupStack.empty();
    menuLayer_ = g.NavLayer == ImGuiNavLayer_Menu && g.NavWindow;
    if (!g.NavWindow) {
        inPanels_ = false; // a click in the 3D view, or the search chose a structure
    }
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left) ||
        ImGui::IsMouseClicked(ImGuiMouseButton_Right)) {
        viewFrame_ = false; // the mouse is in use: no keyboard frame on the 3D view
    }
    const ImGuiWindow* nav = g.NavWindow ? g.NavWindow->RootWindow : nullptr;
    focused_ = inPanels() && nav ? nav->Name : "";
    // Shown to the reader: the title without the "###" id that keeps it one window in every
    // language.
    if (const auto id = focused_.find("###"); id != std::string::npos) {
        focused_.erase(id);
    }
    ImDrawList* fg = ImGui::GetForegroundDrawList();
    const ImU32 colour = ImGui::GetColorU32(ImGuiCol_NavHighlight);
    const float thickness = std::max(2.0f, ImGui::GetFontSize() * 0.15f);
    if (inPanels_ && nav && !(nav->Flags & ImGuiWindowFlags_Popup)) {
        // The focused panel, framed inside its edge (panels touch the window's edges).
        const float in = thickness * 0.5f;
        fg->AddRect(ImVec2(nav->Pos.x + in, nav->Pos.y + in),
                    ImVec2(nav->Pos.x + nav->Size.x - in, nav->Pos.y + nav->Size.y - in), colour,
                    0.0f, 0, thickness);
    } else if (!inPanels() && viewFrame_ && viewport.width > 0 && viewport.height > 0) {
        const float in = thickness * 0.5f;
        fg->AddRect(ImVec2(viewport.x + in, viewport.y + in),
                    ImVec2(viewport.x + viewport.width - in, viewport.y + viewport.height - in),
                    colour, 0.0f, 0, thickness);
    }
}

} // namespace glutea
