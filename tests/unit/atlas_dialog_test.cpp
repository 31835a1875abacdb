// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// File > Open atlas (issue 16), headless: the dialog lists the user's atlases afresh each time it
// opens (a folder added while the window runs is offered), and while an atlas loads it shows
// which folder and the seconds so far instead of the dialog, which cannot be opened meanwhile.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "ui/atlas_dialog.h"
#include "ui_harness.h"

namespace glutea {
namespace {

using test::HeadlessUi;

TEST(AtlasDialogUi, ListsTheAtlasesAgainEachTimeItOpens) {
    HeadlessUi ui(1200.0f, 800.0f);
    AtlasDialog dialog;
    std::vector<AtlasChoice> onDisk = {{"Pelvis study", "/atlases/pelvis"}};
    int listed = 0;
    dialog.listChoices = [&] {
        ++listed;
        return onDisk;
    };
    dialog.open();
    std::string shown = ui.frames(2, [&] { dialog.draw(); });
    EXPECT_NE(shown.find(HeadlessUi::onScreen("Pelvis study")), std::string::npos) << shown;
    EXPECT_EQ(shown.find(HeadlessUi::onScreen("Visible Human")), std::string::npos);
    // Cancelled, then a second atlas is put in the folder while the window runs.
    ui.press(ImGuiKey_Escape);
    ui.frames(2, [&] { dialog.draw(); });
    onDisk.push_back({"Visible Human Female", "/atlases/vh"});
    dialog.open();
    shown = ui.frames(2, [&] { dialog.draw(); });
    EXPECT_EQ(listed, 2);
    EXPECT_NE(shown.find(HeadlessUi::onScreen("Visible Human Female")), std::string::npos) << shown;
}

TEST(AtlasDialogUi, WhileAnAtlasLoadsItSaysWhichAndForHowLong) {
    HeadlessUi ui(1200.0f, 800.0f);
    AtlasDialog dialog;
    int listed = 0;
    dialog.listChoices = [&] {
        ++listed;
        return std::vector<AtlasChoice>{};
    };
    dialog.loading = "/atlases/visible-human";
    dialog.loadingSeconds = 1.25;
    std::string shown = ui.frames(2, [&] { EXPECT_FALSE(dialog.draw().has_value()); });
    EXPECT_NE(shown.find(HeadlessUi::onScreen("Opening /atlases/visible-human")), std::string::npos)
        << shown;
    EXPECT_NE(shown.find(HeadlessUi::onScreen("1.2 s")), std::string::npos) << shown;
    // Ctrl+O meanwhile: nothing opens (one atlas at a time).
    dialog.open();
    shown = ui.frames(2, [&] { EXPECT_FALSE(dialog.draw().has_value()); });
    EXPECT_EQ(listed, 0);
    EXPECT_EQ(shown.find(HeadlessUi::onScreen("A folder with an atlas.json:")), std::string::npos)
        << shown;
    // Loaded: the progress goes.
    dialog.loading.clear();
    shown = ui.frames(2, [&] { dialog.draw(); });
    EXPECT_EQ(shown.find(HeadlessUi::onScreen("Opening")), std::string::npos) << shown;
}

} // namespace
} // namespace glutea
