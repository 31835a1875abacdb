// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The ImGui layout: menu bar, structure list (left), info card (right), status line. Panels read
// and change the ViewState; they never draw 3D or call OpenGL.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "anatomy/atlas.h"
#include "anatomy/content.h"
#include "anatomy/view_state.h"
#include "ui/atlas_dialog.h"
#include "ui/chairside_panel.h"
#include "ui/clinic_panel.h"
#include "ui/info_card.h"
#include "ui/keyboard_focus.h"
#include "ui/referral_panel.h"
#include "ui/search_box.h"
#include "ui/settings.h"
#include "ui/technique_panel.h"

namespace glutea {

// Where the panels leave room for the 3D viewport, in window coordinates (top-left origin).
struct ViewportRect {
    float x = 0, y = 0, width = 0, height = 0;
};

struct UiStatus {
    float fps = 0.0f;
    std::string rendererName;
};

struct UiActions {
    std::optional<std::string> viewPreset; // a preset view was chosen
    bool frameAll = false;
    bool quit = false;
    bool settingsChanged = false;           // save them, and apply text size and theme
    std::optional<std::string> searchQuery; // the search text changed to this
    CardRequests card;                      // buttons on the info card
    ReferralUiRequest referral;
    TechniqueUiRequest technique;
    ClinicUiRequest clinic; // File: export handout, save / open view
    ChairsideUiRequest chairside;
    std::string copiedCard;               // "Copy card as text" put this on the clipboard
    std::optional<std::string> openAtlas; // File > Open atlas: this folder ("": the built-in model)
};

inline constexpr float kFontBasePixels = 17.0f; // at text scale 1 and content scale 1
inline constexpr float kFontLoadPixels = 40.0f; // rasterised once this large, scaled down

// Applies the text size and colour theme of the settings to ImGui (fonts are loaded large and
// scaled down, so large text stays sharp).
void applyUiStyle(const UiSettings& settings, float contentScale);

class Panels {
  public:
    UiSettings settings;
    ReferralPanel referral;      // filled by the app's ReferralMode each frame
    TechniquePanel technique;    // filled by the app's TechniqueMode each frame
    ClinicPanel clinic;          // File menu's handout and view files (app/clinic_mode)
    AtlasDialog atlases;         // File > Open atlas
    ChairsideView chairside;     // filled by app/chairside_mode; when active, the only panel
    bool hideHoverNames = false; // the quiz runs: the hover tooltip would tell the answer
    KeyboardFocus keyboard;      // 3D view or a panel; set by app/key_routing between frames
    std::vector<ControlRow> keyRows, mouseRows; // the F1 help (app/key_bindings fills them)

    // Lays out and draws every panel for this frame; returns what the user asked for.
    UiActions draw(const Atlas& atlas, const Content* content, ViewState& view,
                   const UiStatus& status);
    // The names, Latin names and synonyms the search box matches, from the content if present.
    void setSearchEntries(const Atlas& atlas, const Content* content);
    void focusSearch() { search_.focus(); }
    ViewportRect viewport() const { return viewport_; }
    // Errors are shown in a modal until dismissed; the app keeps running.
    void showErrors(const std::vector<std::string>& messages);
    bool hasOpenErrors() const { return !errors_.empty(); }
    void toggleHelp() { helpOpen_ = !helpOpen_; }
    bool helpOpen() const { return helpOpen_; }
    void copyCardAsText() { copyCard_ = true; } // on the next frame (Ctrl+Shift+C)

  private:
    void drawMenuBar(UiActions& actions);
    void drawSettingsMenus(UiActions& actions);
    void drawLayers(ViewState& view);
    void drawStructureList(const Atlas& atlas, ViewState& view, float top, float height,
                           UiActions& actions);
    void drawViewButtons(UiActions& actions);
    void drawInfoCard(const Atlas& atlas, const Content* content, const ViewState& view, float top,
                      float height, UiActions& actions);
    void drawHoverTooltip(const Atlas& atlas, const ViewState& view);
    void drawStatusLine(const Atlas& atlas, const ViewState& view, const UiStatus& status);
    void drawErrorModal();
    void drawHelpWindow();

    ViewportRect viewport_;
    std::vector<std::string> errors_;
    bool helpOpen_ = false;
    bool copyCard_ = false;
    SearchBox search_;
    ViewState* view_ = nullptr; // during draw()
    // Structure id -> its content name in the UI language (empty in English).
    std::map<std::string, std::string> localNames_;
};

} // namespace glutea
