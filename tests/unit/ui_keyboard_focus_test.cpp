// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// Keyboard focus in the panels, headless (ImGui with its keyboard navigation on, as the window
// runs it): where the focus is shows on screen, in the focus colour and nowhere else: a frame
// around the focused panel and a rectangle around the focused widget, which Tab moves; after
// Escape, a frame around the 3D view instead. And the keyboard alone reaches a structure through
// the search box and opens the menu bar. Requests are what app/key_routing sends for a key.
#include <algorithm>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "anatomy/view_state.h"
#include "ui/panels.h"
#include "ui_harness.h"

namespace glutea {
namespace {

using Request = KeyboardFocus::Request;

struct Box {
    float x0 = 1e9f, y0 = 1e9f, x1 = -1e9f, y1 = -1e9f;
    int vertices = 0;
};

class UiKeyboardFocus : public ::testing::Test {
  protected:
    const Atlas& atlas = test::defaultAtlas();
    const Content& content = test::defaultUiContent();
    test::HeadlessUi ui{1400.0f, 860.0f};
    Panels panels;
    ViewState view;
    ImU32 focusColour = 0;

    void SetUp() override {
        ImGui::GetIO().ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
        view.partVisible.assign(atlas.parts.size(), true);
        panels.setSearchEntries(atlas, &content);
        // The style's own focus colour, required to be used by nothing else below (no vertex of
        // it before anything has the keyboard).
        const ImVec4 c = ImGui::GetStyle().Colors[ImGuiCol_NavHighlight];
        focusColour = ImGui::ColorConvertFloat4ToU32(c);
        draw(3);
    }
    std::string draw(int frames = 3) {
        return ui.frames(frames, [&] { panels.draw(atlas, &content, view, UiStatus{}); });
    }
    void send(Request r, int frames = 4) {
        panels.keyboard.request(r);
        draw(frames); // a move in reading order may take a frame to wrap to the next row
    }
    // The bounds of the focus-coloured vertices in the draw list named `owner` (a window's name,
    // or "##Foreground" for the list drawn over every window).
    Box focusDrawnIn(const char* owner) const {
        Box box;
        const ImDrawData* data = ImGui::GetDrawData();
        for (int l = 0; data && l < data->CmdListsCount; ++l) {
            const ImDrawList* list = data->CmdLists[l];
            const char* name = list->_OwnerName ? list->_OwnerName : "";
            if (std::strncmp(name, owner, std::strlen(owner)) != 0) {
                continue;
            }
            for (const ImDrawVert& v : list->VtxBuffer) {
                if (v.col == focusColour) {
                    box.x0 = std::min(box.x0, v.pos.x);
                    box.y0 = std::min(box.y0, v.pos.y);
                    box.x1 = std::max(box.x1, v.pos.x);
                    box.y1 = std::max(box.y1, v.pos.y);
                    ++box.vertices;
                }
            }
        }
        return box;
    }
    int focusVerticesAnywhere() const {
        int n = 0;
        const ImDrawData* data = ImGui::GetDrawData();
        for (int l = 0; data && l < data->CmdListsCount; ++l) {
            for (const ImDrawVert& v : data->CmdLists[l]->VtxBuffer) {
                n += v.col == focusColour;
            }
        }
        return n;
    }
    static const ImGuiWindow& window(const char* name) {
        const ImGuiWindow* w = ImGui::FindWindowByName(name);
        EXPECT_NE(w, nullptr) << name;
        return *w;
    }
};

TEST_F(UiKeyboardFocus, NothingIsDrawnInTheFocusColourBeforeTheKeyboardComes) {
    EXPECT_EQ(focusVerticesAnywhere(), 0);
    EXPECT_EQ(panels.keyboard.focusedPanel(), "");
    EXPECT_FALSE(panels.keyboard.inPanels());
}

TEST_F(UiKeyboardFocus, TheFocusedPanelIsFramedAndItsWidgetOutlined) {
    send(Request::NextPanel); // F6
    EXPECT_EQ(panels.keyboard.focusedPanel(), "Structures");
    EXPECT_TRUE(panels.keyboard.inPanels());
    const ImGuiWindow& w = window("Structures");
    // The panel's frame: over every window, along the panel's edges (within its thickness).
    const Box frame = focusDrawnIn("##Foreground");
    ASSERT_GT(frame.vertices, 0) << "no frame around the focused panel";
    const float slack = 6.0f;
    EXPECT_NEAR(frame.x0, w.Pos.x, slack);
    EXPECT_NEAR(frame.y0, w.Pos.y, slack);
    EXPECT_NEAR(frame.x1, w.Pos.x + w.Size.x, slack);
    EXPECT_NEAR(frame.y1, w.Pos.y + w.Size.y, slack);

    // The widget's rectangle: in the panel, much smaller than it, at least 2 px thick lines.
    send(Request::NextWidget); // Tab
    const Box first = focusDrawnIn("Structures");
    ASSERT_GT(first.vertices, 0) << "no rectangle around the focused widget";
    EXPECT_GE(first.x0, w.Pos.x - 4.0f);
    EXPECT_LE(first.x1, w.Pos.x + w.Size.x + 4.0f);
    EXPECT_LT(first.y1 - first.y0, w.Size.y / 4.0f);
    EXPECT_GT(first.x1 - first.x0, 10.0f);

    // Tab again: the rectangle moves on, in reading order (to the right or below, not above).
    send(Request::NextWidget);
    const Box second = focusDrawnIn("Structures");
    ASSERT_GT(second.vertices, 0);
    EXPECT_TRUE(second.x0 > first.x0 + 1.0f || second.y0 > first.y0 + 1.0f)
        << "from (" << first.x0 << ", " << first.y0 << ") to (" << second.x0 << ", " << second.y0
        << ")";
    // Shift+Tab: back where it was.
    send(Request::PreviousWidget);
    const Box back = focusDrawnIn("Structures");
    EXPECT_NEAR(back.x0, first.x0, 1.0f);
    EXPECT_NEAR(back.y0, first.y0, 1.0f);
}

TEST_F(UiKeyboardFocus, EscapeFramesTheThreeDViewInstead) {
    send(Request::NextPanel);
    send(Request::ToView); // Escape
    EXPECT_EQ(panels.keyboard.focusedPanel(), "");
    EXPECT_FALSE(panels.keyboard.inPanels());
    EXPECT_EQ(focusDrawnIn("Structures").vertices, 0) << "a widget still looks focused";
    const ViewportRect v = panels.viewport();
    const Box frame = focusDrawnIn("##Foreground");
    ASSERT_GT(frame.vertices, 0) << "nothing shows the 3D view has the keyboard";
    EXPECT_NEAR(frame.x0, v.x, 6.0f);
    EXPECT_NEAR(frame.x1, v.x + v.width, 6.0f);
    EXPECT_NEAR(frame.y0, v.y, 6.0f);
    EXPECT_NEAR(frame.y1, v.y + v.height, 6.0f);
}

TEST_F(UiKeyboardFocus, F6GoesThroughThePanelsAndBackToTheView) {
    send(Request::NextPanel);
    EXPECT_EQ(panels.keyboard.focusedPanel(), "Structures");
    send(Request::NextPanel);
    EXPECT_EQ(panels.keyboard.focusedPanel(), "Info");
    send(Request::NextPanel);
    EXPECT_EQ(panels.keyboard.focusedPanel(), "");
    send(Request::PreviousPanel);
    EXPECT_EQ(panels.keyboard.focusedPanel(), "Info");
}

TEST_F(UiKeyboardFocus, SearchByKeyboardSelectsAndGivesTheKeysBackToTheView) {
    send(Request::Search); // Tab from the 3D view
    ASSERT_TRUE(ImGui::GetIO().WantTextInput) << "the search box did not take the keyboard";
    ui.type("piriformis");
    draw(2);
    ui.press(ImGuiKey_Enter);
    draw(3);
    EXPECT_EQ(view.selection.current().structureId, "piriformis");
    EXPECT_EQ(panels.keyboard.focusedPanel(), "") << "the arrows should orbit again";
}

TEST_F(UiKeyboardFocus, MenuBarOpensWithTheKeyboardAndEscapeClosesIt) {
    EXPECT_FALSE(test::HeadlessUi::shows(draw(), "QuitCtrl+Q"));
    send(Request::MenuBar); // F10 or Alt
    EXPECT_TRUE(panels.keyboard.inPanels());
    ui.press(ImGuiKey_Space); // opens the first menu, File
    const std::string open = draw(3);
    EXPECT_TRUE(test::HeadlessUi::shows(open, "QuitCtrl+Q")) << open;
    EXPECT_FALSE(panels.keyboard.escapeLeavesPanels()) << "Escape should close the menu first";
    ui.press(ImGuiKey_Escape);
    EXPECT_FALSE(test::HeadlessUi::shows(draw(3), "QuitCtrl+Q"));
}

TEST_F(UiKeyboardFocus, TheLanguageMenuByKeyboardChoosesSpanish) {
    ASSERT_EQ(panels.settings.language, "en");
    send(Request::MenuBar); // F10 or Alt: File has the keyboard
    // Right walks the menu bar: File, Go, View, Audience, Display, then the language menu, which
    // lists both languages by their own names.
    for (int i = 0; i < 5; ++i) {
        ui.press(ImGuiKey_RightArrow);
        draw(2);
    }
    ui.press(ImGuiKey_Enter); // opens it
    const std::string open = draw(3);
    ASSERT_TRUE(test::HeadlessUi::shows(open, "Español")) << "not the language menu:\n" << open;
    bool changed = false;
    auto drawKeepingChange = [&](int frames) {
        ui.frames(frames, [&] {
            changed |= panels.draw(atlas, &content, view, UiStatus{}).settingsChanged;
        });
    };
    ui.press(ImGuiKey_DownArrow); // from English to Español
    drawKeepingChange(3);
    ui.press(ImGuiKey_Enter);
    drawKeepingChange(3);
    EXPECT_EQ(panels.settings.language, "es");
    EXPECT_TRUE(changed) << "the choice was not reported for saving";
}

TEST_F(UiKeyboardFocus, TabInChairsideGoesToItsPanel) {
    panels.chairside.active = true; // full screen, one story: no search box to go to
    draw(3);
    send(Request::Search); // Tab from the story
    EXPECT_EQ(panels.keyboard.focusedPanel(), "##chairside");
    EXPECT_FALSE(ImGui::GetIO().WantTextInput) << "a hidden search box took the keyboard";
    send(Request::ToView); // Escape: the keys are the story's again
    EXPECT_FALSE(panels.keyboard.inPanels());
}

TEST_F(UiKeyboardFocus, TabReachesTheSkinCheckboxAndSpaceTicksIt) {
    // The skin layer's checkbox: "##on" under PushID(0) in the Structures window (drawLayers);
    // its ImGui id computed here the way ImGui hashes an id stack.
    const ImGuiWindow& w = window("Structures");
    const int skin = 0;
    const ImGuiID checkbox = ImHashStr("##on", 0, ImHashData(&skin, sizeof skin, w.ID));
    send(Request::NextPanel);
    ASSERT_TRUE(view.layers[0].visible);
    int tabs = 0;
    while (GImGui->NavId != checkbox && tabs < 30) {
        send(Request::NextWidget);
        ++tabs;
    }
    ASSERT_EQ(GImGui->NavId, checkbox) << "Tab never reached the skin checkbox";
    EXPECT_GT(tabs, 6) << "the search box and six view buttons come first";
    ui.press(ImGuiKey_Space);
    draw(2);
    EXPECT_FALSE(view.layers[0].visible) << "Space did not tick the checkbox";
    for (std::size_t g = 1; g < view.layers.size(); ++g) {
        EXPECT_TRUE(view.layers[g].visible) << kLayerGroups[g].id << " was toggled too";
    }
}

TEST_F(UiKeyboardFocus, F6ReachesEachCautionLabelAndEnterAsksWhyNotHere) {
    // Two labels in the 3D view, as TechniqueMode fills them while cautions show.
    panels.technique.active = true;
    panels.technique.viewport = {400.0f, 40.0f, 600.0f, 700.0f};
    panels.technique.labels = {
        {{600.0f, 300.0f}, "Sciatic nerve: no sustained pressure", "sciatic_notch", true},
        {{700.0f, 500.0f}, "Greater trochanter: no direct pressure", "greater_trochanter", false}};
    UiActions actions;
    auto drawKeepingActions = [&](int frames) {
        ui.frames(frames, [&] {
            UiActions a = panels.draw(atlas, &content, view, UiStatus{});
            if (!a.technique.cautionClicked.empty()) {
                actions = a;
            }
        });
    };
    drawKeepingActions(3);
    std::vector<std::string> reached;
    for (int i = 0;
         i < 6 && panels.keyboard.focusedPanel() != "Greater trochanter: no direct pressure"; ++i) {
        panels.keyboard.request(Request::NextPanel);
        drawKeepingActions(3);
        reached.push_back(panels.keyboard.focusedPanel());
    }
    ASSERT_EQ(panels.keyboard.focusedPanel(), "Greater trochanter: no direct pressure")
        << "F6 never reached the second label";
    EXPECT_NE(std::find(reached.begin(), reached.end(), "Sciatic nerve: no sustained pressure"),
              reached.end())
        << "F6 skipped the first label";
    EXPECT_TRUE(actions.technique.cautionClicked.empty()) << "a label answered before Enter";
    ui.press(ImGuiKey_Enter);
    drawKeepingActions(2);
    EXPECT_EQ(actions.technique.cautionClicked, "greater_trochanter");
}

TEST_F(UiKeyboardFocus, CautionLabelsNeverCoverThePlayersText) {
    // A technique playing, its text at the bottom left of the 3D view; one caution's point lies
    // under that text, another is up and to the right, clear of it.
    TechniquePanel& t = panels.technique;
    t.active = true;
    t.playing = true;
    t.viewport = {400.0f, 40.0f, 600.0f, 700.0f};
    t.lines = {"Kneading - Gluteus medius, left side",
               "Position: Lying on your side",
               "Tool: thumbs",
               "Direction: In small circles",
               "Pressure: moderate",
               "You should feel: a deep, bearable ache"};
    t.labels = {
        {{450.0f, 690.0f}, "Greater trochanter: no direct pressure", "greater_trochanter", false},
        {{850.0f, 120.0f}, "Sacrum: no direct pressure", "sacrum", false}};
    draw(3);
    const ImGuiWindow& player = window("Technique");
    const ImRect text = player.Rect();
    ASSERT_LT(text.Min.x, 450.0f);
    ASSERT_GT(text.Max.x, 450.0f);
    ASSERT_LT(text.Min.y, 690.0f) << "the first label's point is not under the player here";
    int shown = 0;
    for (int index : {1, 2}) {
        const ImGuiWindow* label =
            ImGui::FindWindowByName(("###caution_label_" + std::to_string(index)).c_str());
        if (label == nullptr || !label->WasActive) {
            continue;
        }
        ++shown;
        EXPECT_FALSE(label->Rect().Overlaps(text))
            << "label " << index << " covers the player's text";
    }
    EXPECT_EQ(shown, 1) << "the label clear of the player must show, the one under it not";
}

TEST_F(UiKeyboardFocus, F6ReachesAMessageAndEnterDismissesIt) {
    panels.clinic.status = "Saved the view to /tmp/a.glutea-view";
    draw(3);
    for (int i = 0; i < 4 && panels.keyboard.focusedPanel() != "Message"; ++i) {
        send(Request::NextPanel);
    }
    ASSERT_EQ(panels.keyboard.focusedPanel(), "Message") << "F6 never reached the message";
    EXPECT_FALSE(panels.clinic.status.empty()) << "the message went before Enter";
    ui.press(ImGuiKey_Enter);
    draw(2);
    EXPECT_TRUE(panels.clinic.status.empty()) << "Enter did not press OK";
}

} // namespace
} // namespace glutea
