// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "app/key_bindings.h"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

namespace glutea {

namespace {

constexpr int kCtrl = GLFW_MOD_CONTROL, kAlt = GLFW_MOD_ALT, kShift = GLFW_MOD_SHIFT;
using C = KeyContext;
using A = KeyAction;

std::vector<KeyBinding> makeTable() {
    // "+" is Shift+= on most layouts, so both; the keypad's + and - too.
    const std::vector<KeyChord> plus = {{GLFW_KEY_EQUAL, 0, 0},
                                        {GLFW_KEY_EQUAL, kShift, 0},
                                        {GLFW_KEY_KP_ADD, 0, 0},
                                        {GLFW_KEY_MINUS, 0, 1},
                                        {GLFW_KEY_KP_SUBTRACT, 0, 1}};
    std::vector<KeyChord> textSize = {{GLFW_KEY_EQUAL, kCtrl, 0},
                                      {GLFW_KEY_EQUAL, kCtrl | kShift, 0},
                                      {GLFW_KEY_KP_ADD, kCtrl, 0}};
    std::vector<KeyChord> textSmaller = {{GLFW_KEY_MINUS, kCtrl, 0},
                                         {GLFW_KEY_KP_SUBTRACT, kCtrl, 0}};
    // Enter marks at the aiming cross, Shift+Enter erases (param 1): in the view and in chairside.
    const std::vector<KeyChord> enterToMark = {{GLFW_KEY_ENTER, 0, 0},
                                               {GLFW_KEY_KP_ENTER, 0, 0},
                                               {GLFW_KEY_ENTER, kShift, 1},
                                               {GLFW_KEY_KP_ENTER, kShift, 1}};
    std::vector<KeyChord> presets, layers, answers;
    for (int i = 0; i < 6; ++i) {
        presets.push_back({GLFW_KEY_1 + i, 0, i});
    }
    for (int i = 0; i < 5; ++i) {
        layers.push_back({GLFW_KEY_1 + i, kShift, i});
    }
    for (int i = 0; i < 4; ++i) {
        answers.push_back({GLFW_KEY_1 + i, 0, i});
        answers.push_back({GLFW_KEY_KP_1 + i, 0, i});
    }
    return {
        // Anywhere but in a text box.
        {C::Anywhere, A::Help, "F1", "this help", {{GLFW_KEY_F1}}},
        {C::Anywhere,
         A::NextPanel,
         "F6, Ctrl+Tab",
         "keyboard focus to the next panel (Structures, Info, the open windows, the caution "
         "labels, the 3D view)",
         {{GLFW_KEY_F6}, {GLFW_KEY_TAB, kCtrl}}},
        {C::Anywhere,
         A::PreviousPanel,
         "Shift+F6, Ctrl+Shift+Tab",
         "... the previous one",
         {{GLFW_KEY_F6, kShift}, {GLFW_KEY_TAB, kCtrl | kShift}}},
        {C::Anywhere,
         A::MenuBar,
         "F10, Alt",
         "the menu bar (Left, Right: the other menus)",
         {{GLFW_KEY_F10}, {GLFW_KEY_LEFT_ALT, kAlt}, {GLFW_KEY_RIGHT_ALT, kAlt}}},
        {C::Anywhere,
         A::Search,
         "Ctrl+F",
         "search: names, Latin names, everyday words; Up, Down pick, Enter selects",
         {{GLFW_KEY_F, kCtrl}}},
        {C::Anywhere,
         A::OpenAtlas,
         "Ctrl+O",
         "File > Open atlas: your atlases, the built-in model or a folder (examples/README.md)",
         {{GLFW_KEY_O, kCtrl}}},
        {C::Anywhere,
         A::SaveView,
         "Ctrl+S",
         "File > Save view (docs/VIEW-FILE.md)",
         {{GLFW_KEY_S, kCtrl}}},
        {C::Anywhere,
         A::CopyCard,
         "Ctrl+Shift+C",
         "copy the card as plain text (for a screen reader or a note)",
         {{GLFW_KEY_C, kCtrl | kShift}}},
        {C::Anywhere, A::TextLarger, "Ctrl++", "larger text (up to 2x)", textSize},
        {C::Anywhere, A::TextSmaller, "Ctrl+-", "smaller text", textSmaller},
        {C::Anywhere, A::Chairside, "F11", "chairside mode (docs/HANDOUT.md)", {{GLFW_KEY_F11}}},
        {C::Anywhere, A::Quit, "Ctrl+Q", "quit", {{GLFW_KEY_Q, kCtrl}}},
        {C::Anywhere, A::ViewPreset, "1 2 3 4 5 6",
         "posterior, anterior, left, right, superior, oblique view", presets},
        {C::Anywhere, A::ToggleLayer, "Shift+1 Shift+2 Shift+3 Shift+4 Shift+5",
         "show or hide skin, superficial muscles, deep muscles, nerves, bones", layers},
        {C::Anywhere,
         A::FrameAll,
         "F, Shift+F",
         "frame the whole atlas (Shift: the selection, as a double-click does)",
         {{GLFW_KEY_F, 0, 0}, {GLFW_KEY_F, kShift, 1}}},
        {C::Anywhere, A::Zoom, "+, -", "zoom", plus},
        {C::Anywhere, A::BothSides, "B", "both sides of the selection", {{GLFW_KEY_B}}},
        {C::Anywhere, A::XRay, "X", "x-ray: fade what covers the selection", {{GLFW_KEY_X}}},
        {C::Anywhere, A::Isolate, "I", "isolate the selection", {{GLFW_KEY_I}}},
        {C::Anywhere,
         A::Referral,
         "R",
         "the selected muscle's referred pain (again: stop)",
         {{GLFW_KEY_R}}},
        {C::Anywhere,
         A::WhereItHurts,
         "W",
         "where does it hurt? left-drag paints, right-drag erases, Shift+drag orbits",
         {{GLFW_KEY_W}}},
        {C::Anywhere,
         A::Technique,
         "T",
         "play the first technique on the selection (again: stop)",
         {{GLFW_KEY_T}}},
        {C::Anywhere, A::Cautions, "C", "caution zones on the body", {{GLFW_KEY_C}}},
        {C::Anywhere,
         A::Labels,
         "L, Shift+L",
         "labels of what shows; Shift: Latin names",
         {{GLFW_KEY_L}, {GLFW_KEY_L, kShift}}},
        {C::Anywhere,
         A::Quiz,
         "Q, Shift+Q",
         "quiz: 10 questions; Shift: type the names",
         {{GLFW_KEY_Q}, {GLFW_KEY_Q, kShift}}},
        {C::Anywhere,
         A::Section,
         "S, [, ], Shift+[, Shift+], Alt+[, Alt+], Alt+Shift+[, Alt+Shift+]",
         "cross-section: axial, coronal, sagittal, off; [ ] move it (Shift: 2 cm); Alt+[ ] tilt "
         "it 5 degrees left or right (Alt+Shift: up or down); Ctrl+drag move, Alt+drag tilt",
         {{GLFW_KEY_S},
          {GLFW_KEY_LEFT_BRACKET},
          {GLFW_KEY_RIGHT_BRACKET},
          {GLFW_KEY_LEFT_BRACKET, kShift},
          {GLFW_KEY_RIGHT_BRACKET, kShift},
          {GLFW_KEY_LEFT_BRACKET, kAlt},
          {GLFW_KEY_RIGHT_BRACKET, kAlt},
          {GLFW_KEY_LEFT_BRACKET, kAlt | kShift},
          {GLFW_KEY_RIGHT_BRACKET, kAlt | kShift}}},
        {C::Anywhere,
         A::MuscleAction,
         "A, Shift+A",
         "muscle actions: next hip action (then off); Shift: play or pause",
         {{GLFW_KEY_A}, {GLFW_KEY_A, kShift}}},
        {C::Anywhere,
         A::Back,
         "Alt+Left, Backspace",
         "back through selections",
         {{GLFW_KEY_LEFT, kAlt}, {GLFW_KEY_BACKSPACE}}},
        {C::Anywhere,
         A::Forward,
         "Alt+Right",
         "forward through selections",
         {{GLFW_KEY_RIGHT, kAlt}}},
        // The 3D view has keyboard focus.
        {C::View,
         A::PanelsFirst,
         "Tab",
         "keyboard focus to the panels: the search box",
         {{GLFW_KEY_TAB}}},
        {C::View,
         A::PanelsLast,
         "Shift+Tab",
         "keyboard focus to the card (Info)",
         {{GLFW_KEY_TAB, kShift}}},
        {C::View,
         A::Orbit,
         "Left, Right, Up, Down",
         "orbit in 10 degree steps",
         {{GLFW_KEY_LEFT, 0, 0},
          {GLFW_KEY_RIGHT, 0, 1},
          {GLFW_KEY_UP, 0, 2},
          {GLFW_KEY_DOWN, 0, 3}}},
        {C::View,
         A::Pan,
         "Shift+Left, Shift+Right, Shift+Up, Shift+Down",
         "pan",
         {{GLFW_KEY_LEFT, kShift, 0},
          {GLFW_KEY_RIGHT, kShift, 1},
          {GLFW_KEY_UP, kShift, 2},
          {GLFW_KEY_DOWN, kShift, 3}}},
        {C::View, A::MarkAtCentre, "Enter, Shift+Enter",
         "where does it hurt?: paint at the cross in the view's centre (Shift: erase); "
         "adding a pin: place it at the cross",
         enterToMark},
        {C::View,
         A::StopAndClear,
         "Escape",
         "stop what plays and clear the selection",
         {{GLFW_KEY_ESCAPE}}},
        // The chairside story (its own panel; Tab reaches the panel, Escape returns to the story).
        {C::Chairside,
         A::StoryNext,
         "Right, Down, Page Down, Space",
         "next step (a presentation clicker sends these)",
         {{GLFW_KEY_RIGHT}, {GLFW_KEY_DOWN}, {GLFW_KEY_PAGE_DOWN}, {GLFW_KEY_SPACE}}},
        {C::Chairside,
         A::StoryBack,
         "Left, Up, Page Up",
         "previous step",
         {{GLFW_KEY_LEFT}, {GLFW_KEY_UP}, {GLFW_KEY_PAGE_UP}}},
        {C::Chairside, A::StoryEnter, "Enter, Shift+Enter",
         "step 1: paint where it hurts at the cross in the view's centre (Shift: erase); step 6: "
         "write the handout",
         enterToMark},
        {C::Chairside,
         A::StoryRoutineNext,
         "N",
         "step 4: the routine goes to its next step",
         {{GLFW_KEY_N}}},
        {C::Chairside,
         A::StoryLeave,
         "Escape, F11",
         "leave chairside",
         {{GLFW_KEY_ESCAPE}, {GLFW_KEY_F11}}},
        // A panel with keyboard focus: ImGui's navigation, Tab in reading order.
        {C::Panel, A::NextWidget, "Tab", "next widget (reading order)", {{GLFW_KEY_TAB}}},
        {C::Panel, A::PreviousWidget, "Shift+Tab", "previous widget", {{GLFW_KEY_TAB, kShift}}},
        {C::Panel,
         A::MoveInPanel,
         "Left, Right, Up, Down",
         "move to the widget in that direction; on a pressed slider: change it",
         {{GLFW_KEY_LEFT}, {GLFW_KEY_RIGHT}, {GLFW_KEY_UP}, {GLFW_KEY_DOWN}}},
        {C::Panel,
         A::Press,
         "Space, Enter",
         "press the button, tick the box, choose the row, open the menu or section",
         {{GLFW_KEY_SPACE}, {GLFW_KEY_ENTER}, {GLFW_KEY_KP_ENTER}}},
        {C::Panel,
         A::ToView,
         "Escape",
         "close the menu or dialog; else back to the 3D view",
         {{GLFW_KEY_ESCAPE}}},
        // The quiz, while it is open.
        {C::Quiz, A::QuizAnswer, "1 2 3 4", "answer", answers},
        {C::Quiz,
         A::QuizNext,
         "Enter",
         "next question (before answering: show me)",
         {{GLFW_KEY_ENTER}, {GLFW_KEY_KP_ENTER}}},
        {C::Quiz,
         A::QuizPointAt,
         "Space",
         "\"click the named structure\": answer with what is under the cross in the view's centre",
         {{GLFW_KEY_SPACE}}},
        {C::Quiz, A::QuizClose, "Escape", "close the quiz", {{GLFW_KEY_ESCAPE}}},
        // A routine, while one plays.
        {C::Routine, A::RoutinePlay, "Space", "play or pause the routine", {{GLFW_KEY_SPACE}}},
        {C::Routine,
         A::RoutineNext,
         "N, Page Down",
         "next step",
         {{GLFW_KEY_N}, {GLFW_KEY_PAGE_DOWN}}},
        {C::Routine, A::RoutineBack, "P, Page Up", "step back", {{GLFW_KEY_P}, {GLFW_KEY_PAGE_UP}}},
    };
}

} // namespace

const std::vector<KeyBinding>& keyBindings() {
    static const std::vector<KeyBinding> table = makeTable();
    return table;
}

const KeyBinding* findKeyBinding(int key, int mods, KeyContext context, int* param) {
    mods &= kCtrl | kAlt | kShift; // Caps Lock and Num Lock change nothing
    if (key == GLFW_KEY_LEFT_ALT || key == GLFW_KEY_RIGHT_ALT) {
        mods |= kAlt; // X11 reports Alt's own press without its modifier bit, its release with it
    }
    for (const KeyBinding& b : keyBindings()) {
        if (b.context != context) {
            continue;
        }
        for (const KeyChord& c : b.chords) {
            if (c.key == key && c.mods == mods) {
                if (param) {
                    *param = c.param;
                }
                return &b;
            }
        }
    }
    return nullptr;
}

std::string_view keyContextName(KeyContext context) {
    switch (context) {
    case C::Chairside:
        return "chairside";
    case C::Panel:
        return "in a panel";
    case C::Quiz:
        return "quiz";
    case C::Routine:
        return "routine";
    case C::Anywhere:
        return "anywhere";
    case C::View:
        return "3D view";
    }
    return "";
}

std::vector<ControlRow> keyHelpRows() {
    std::vector<ControlRow> rows;
    for (const KeyBinding& b : keyBindings()) {
        rows.push_back(
            {std::string(keyContextName(b.context)), std::string(b.keys), std::string(b.effect)});
    }
    return rows;
}

std::vector<ControlRow> mouseHelpRows() {
    return {{"mouse", "left-drag", "orbit (the up direction never flips)"},
            {"mouse", "right- or middle-drag", "pan"},
            {"mouse", "wheel", "zoom"},
            {"mouse", "click", "select a structure; the camera eases to where it is least covered"},
            {"mouse", "double-click", "select and frame it"},
            {"mouse", "hover", "its name, and a faint highlight"}};
}

} // namespace glutea
