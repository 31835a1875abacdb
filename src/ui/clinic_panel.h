// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The clinic's File menu items (issue 11): Export handout, Save view, Open view, with a small
// dialog for the file name (and, for the handout, the clinic's name, kept in the settings). It
// only records what the user asked for; app/clinic_mode does it and reports back a status line.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <glm/vec2.hpp>

#include "ui/settings.h"

namespace glutea {

struct ClinicUiRequest {
    std::string exportHandout;      // a .pdf or .png path: write the handout there
    std::string saveView;           // a .glutea-view path
    std::string openView;           // a .glutea-view path
    bool settingsChanged = false;   // the clinic name was edited
    std::optional<glm::vec2> pinAt; // File > Add pin, then a click there (window pixels) ...
    std::string pinText;            // ... and the text typed for it
    bool clearPins = false;
};

// An annotation where the window shows it (app/clinic_mode projects it each frame).
struct PinView {
    glm::vec2 at{0.0f}; // window pixels
    std::string text;
    bool visible = true; // in front of the camera and inside the 3D view
};

inline constexpr std::size_t kPinTextBytes = 201; // ViewAnnotation's 200 characters

class ClinicPanel {
  public:
    std::string status;        // the last result ("Handout written to ...", an error), shown below
    bool exporting = false;    // a handout is being written
    std::string defaultDir;    // where the dialogs start (the home folder)
    std::vector<PinView> pins; // drawn with leader lines to their labels

    // Inside the File menu.
    void drawFileMenuItems(ClinicUiRequest& request);
    // Once a frame, outside any menu: the file-name dialog and the status line.
    void drawDialogs(UiSettings& settings, ClinicUiRequest& request);
    // Opens a dialog directly (keyboard shortcuts, chairside).
    void openHandoutDialog();
    void openSaveViewDialog(); // Ctrl+S
    // File > Add pin waits for a place on the body: a click, or the key that marks the view's
    // centre (placePinAt with the centre), for a user without a mouse.
    bool placingPin() const { return placingPin_; }
    void placePinAt(glm::vec2 windowPixel);

  private:
    void drawPins() const;
    enum class Dialog { None, Handout, SaveView, OpenView, PinText };
    // The dialog's English title (a switch, so a new Dialog cannot go without one).
    static const char* titleOf(Dialog dialog);
    bool placingPin_ = false;
    glm::vec2 pinAt_{0.0f};
    char pinText_[kPinTextBytes] = {};
    void open(Dialog dialog, const std::string& file);
    Dialog dialog_ = Dialog::None;
    bool justOpened_ = false;
    char path_[1024] = {};
    char clinic_[256] = {};
};

} // namespace glutea
