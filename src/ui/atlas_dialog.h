// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// File > Open atlas (Ctrl+O, issue 16): the user's atlases to pick from, the built-in model, or any
// folder typed in. It only records the choice; the app loads the atlas (in the background, the
// dialog showing that it is opening meanwhile) and, if it loads, reopens the window on it.
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace glutea {

struct AtlasChoice {
    std::string name; // as the manifest names it
    std::string dir;
};

class AtlasDialog {
  public:
    std::vector<AtlasChoice> choices; // the user's atlases (app/atlas_folders), set by the app
    std::string atlasesDir;           // where they are looked for, said in the dialog
    std::string current;              // the open atlas's folder
    std::string builtIn;              // the built-in model's folder
    // Lists the user's atlases again each time the dialog opens (set by the app), so a folder
    // put there while the window runs is offered.
    std::function<std::vector<AtlasChoice>()> listChoices;
    // The folder being opened and for how long, while the app loads it ("" when none): shown
    // instead of the dialog, which cannot be opened meanwhile.
    std::string loading;
    double loadingSeconds = 0.0;

    void open() {
        if (!loading.empty()) {
            return;
        }
        if (listChoices) {
            choices = listChoices();
        }
        justOpened_ = true;
        focusBox_ = 2;
    }
    // Inside the File menu.
    void drawMenuItem();
    // Once a frame, outside any menu. Returns the folder chosen; an empty string is the built-in
    // model.
    std::optional<std::string> draw();

  private:
    void drawLoading() const;
    bool justOpened_ = false;
    int focusBox_ = 0; // frames left on which the folder box takes the keyboard
    char path_[1024] = {};
};

} // namespace glutea
