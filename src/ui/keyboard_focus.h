// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Where the keyboard goes: to the 3D view (arrows orbit, Escape clears) or to a panel, which
// ImGui's keyboard navigation then drives (Tab in reading order, arrows, Space and Enter press,
// Escape back to the 3D view). The app's key router (app/key_routing.cpp) asks for a change
// between frames; the panels' frame applies it, and draws where the focus is: ImGui's rectangle
// around the focused widget, a frame around the focused panel, and (after the keyboard returned
// there) a frame around the 3D view.
#include <string>

namespace glutea {

struct ViewportRect;

// One row of the F1 help (and of README.md's table).
struct ControlRow {
    std::string when; // "anywhere", "3D view", "in a panel", "quiz", ... or "mouse"
    std::string keys;
    std::string effect;
};

// Before ImGui::NewFrame: Enter (and the keypad's) presses the focused widget as Space does.
// ImGui 1.86 keeps Enter for text boxes; there it still submits, as before.
void enterPressesLikeSpace();

class KeyboardFocus {
  public:
    enum class Request {
        None,
        Search,         // the search box, ready to type in
        Card,           // the Info panel
        NextPanel,      // F6: the next panel, after the last one the 3D view
        PreviousPanel,  // Shift+F6
        MenuBar,        // F10 or Alt: the menu bar's first menu
        NextWidget,     // Tab in a panel: the next widget in reading order
        PreviousWidget, // Shift+Tab
        ToView,         // Escape in a panel: the 3D view
    };

    // From the key router, between frames; the next frame applies it.
    void request(Request r) { pending_ = r; }
    // Whether keys that navigate (arrows, Space, Enter, Escape, Tab) go to ImGui: a panel got the
    // keyboard by a key (a mouse click on a panel leaves the arrows to the camera), or a modal
    // dialog is open.
    bool inPanels() const { return inPanels_ || modalOpen_; }
    // Escape first closes an open menu or dialog (ImGui's); only then it returns to the 3D view.
    // A dialog is open: keys are its own, nothing behind it reacts.
    bool modalOpen() const { return modalOpen_; }
    bool escapeLeavesPanels() const { return !popupOpen_ && !menuLayer_; }
    // The focused panel's window name ("" while the 3D view has the keyboard), for the state log.
    const std::string& focusedPanel() const { return focused_; }

    // At the start of the panels' frame. Returns true when the search box should take the keyboard
    // this frame.
    bool beginFrame();
    // After every panel of the frame: notes where the focus ended and draws the focus frames.
    void endFrame(const ViewportRect& viewport);

  private:
    void focusPanel(int step); // +1 next, -1 previous
    void focusWindowNamed(const char* name);

    Request pending_ = Request::None;
    bool inPanels_ = false;
    bool modalOpen_ = false;
    bool popupOpen_ = false;
    bool menuLayer_ = false;
    bool viewFrame_ = false; // the keyboard came back to the 3D view: show it there
    std::string focused_;
};

} // namespace glutea
