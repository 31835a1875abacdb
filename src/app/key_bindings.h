// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Every key the window answers, in one table: the key router (app/key_routing.cpp), the window's
// and the chairside story's dispatch look keys up here, and the F1 help and README.md's table are
// this table's rows (tests/unit/key_bindings_test.cpp compares all three). A key that is not here
// does nothing.
#include <string_view>
#include <vector>

#include "ui/keyboard_focus.h"

namespace glutea {

// Where a key works. The router tries them in this order: the chairside story while it runs, the
// panel that has keyboard focus (ImGui's navigation), the quiz while it is open, a routine while
// one plays, then Anywhere and (only while no panel has keyboard focus) View.
enum class KeyContext {
    Chairside, // while chairside mode runs
    Panel,     // a panel has keyboard focus: the keys move and press within it
    Quiz,      // while the quiz is open
    Routine,   // while a routine plays
    Anywhere,  // unless typing in a text box
    View,      // the 3D view has keyboard focus (no panel has it)
};

enum class KeyAction {
    Help,
    NextPanel,
    PreviousPanel,
    MenuBar,
    Search,
    SaveView,
    OpenAtlas,
    CopyCard,
    TextLarger,
    TextSmaller,
    Chairside,
    Quit,
    PanelsFirst, // from the 3D view into the panels: the search box
    PanelsLast,  // ... the card
    Orbit,       // param: 0 left, 1 right, 2 up, 3 down
    Pan,         // param: as Orbit
    Zoom,        // param: 0 in, 1 out
    ViewPreset,  // param: index into viewPresets()
    FrameAll,
    ToggleLayer, // param: index into kLayerGroups
    BothSides,
    XRay,
    Isolate,
    Back,
    Forward,
    StopAndClear,
    MarkAtCentre, // param: 0 paint or place, 1 erase
    Referral,
    WhereItHurts,
    Technique,
    Cautions,
    Labels,
    Quiz,
    Section,
    MuscleAction,
    RoutinePlay,
    RoutineNext,
    RoutineBack,
    QuizAnswer, // param: choice 0-3
    QuizNext,
    QuizPointAt, // a "click the named structure" question, answered at the view's centre
    QuizClose,
    NextWidget,
    PreviousWidget,
    MoveInPanel, // ImGui's arrows
    Press,       // ImGui's Space and Enter
    ToView,      // Escape in a panel
    StoryNext,
    StoryBack,
    StoryEnter, // step 1: paint at the cross (param 1: erase); step 6: the handout
    StoryRoutineNext,
    StoryLeave,
};

// A key with exactly these modifiers (GLFW key and GLFW_MOD_* bits of Ctrl, Alt and Shift).
struct KeyChord {
    int key = 0;
    int mods = 0;
    int param = 0;
};

struct KeyBinding {
    KeyContext context;
    KeyAction action;
    std::string_view keys;   // as the help window and README.md print them
    std::string_view effect; // what they do
    std::vector<KeyChord> chords;
};

// The table, in the order the help shows it (grouped by context).
const std::vector<KeyBinding>& keyBindings();

// The binding of (key, mods) in `context`, or null; sets `param` to the chord's parameter.
const KeyBinding* findKeyBinding(int key, int mods, KeyContext context, int* param = nullptr);

// How a context is named in the help and the README's "when" column.
std::string_view keyContextName(KeyContext context);

// The rows of the F1 help: the key table, then what the mouse does.
std::vector<ControlRow> keyHelpRows();
std::vector<ControlRow> mouseHelpRows();

} // namespace glutea
