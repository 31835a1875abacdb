// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// The window's panels (src/ui) driven headless with the real atlas and content: the info card
// shows the selected structure's name, Latin name and facts; the search box lists what a query
// finds and Enter or a click selects it; the error modal shows the messages until dismissed. What
// is expected is read from the content files directly, not through the loader the panels use.
#include <algorithm>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "anatomy/selection.h"
#include "anatomy/view_state.h"
#include "content_test_support.h"
#include "ui/panels.h"
#include "ui_harness.h"

namespace glutea {
namespace {

using json = nlohmann::json;

// The structure's entry in structures.json, as written.
json structureEntry(const std::string& id) {
    const json file = json::parse(test::readText(test::defaultContentDir() / "structures.json"));
    for (const auto& s : file["structures"]) {
        if (s["id"] == id) {
            return s;
        }
    }
    ADD_FAILURE() << "no " << id << " in structures.json";
    return json::object();
}

bool shows(const std::string& screen, const std::string& expected) {
    return test::HeadlessUi::shows(screen, expected);
}

// The search box's result rows on screen: the lines between the box and the view buttons.
std::vector<std::string> searchRows(const std::string& screen) {
    const std::string start = "\nStructures\n", end = "\n" + test::HeadlessUi::onScreen("Back");
    const auto from = screen.find(start), to = screen.find(end);
    EXPECT_NE(from, std::string::npos);
    EXPECT_NE(to, std::string::npos);
    std::vector<std::string> rows;
    std::string line;
    std::istringstream lines(screen.substr(from + start.size(), to - from - start.size()));
    std::getline(lines, line); // the box itself
    while (std::getline(lines, line)) {
        rows.push_back(line);
    }
    return rows;
}

std::string en(const json& text) {
    return text["en"].get<std::string>();
}

class UiPanels : public ::testing::Test {
  protected:
    const Atlas& atlas = test::defaultAtlas();
    const Content& content = test::defaultUiContent();
    test::HeadlessUi ui;
    Panels panels;
    ViewState view;

    void SetUp() override {
        view.partVisible.assign(atlas.parts.size(), true);
        panels.setSearchEntries(atlas, &content);
    }
    std::string draw(int frames = 2) {
        return ui.frames(frames, [&] { panels.draw(atlas, &content, view, UiStatus{}); });
    }
    // Ctrl+F as the app does it (Panels::focusSearch), once the window is up, then the keys.
    void typeInSearch(const char* text) {
        draw(1);
        panels.focusSearch();
        draw(3); // the box takes the keyboard a frame or two after it is asked to
        ASSERT_TRUE(ImGui::GetIO().WantTextInput) << "the search box did not take the keyboard";
        ui.type(text);
    }
    void select(const std::string& id, Side side) {
        const int part = atlas.findPart(id, side);
        ASSERT_GE(part, 0) << id;
        view.selection.select(selectionOfPart(atlas, part));
    }
};

TEST_F(UiPanels, CardShowsTheSelectedStructuresNameLatinAndFacts) {
    panels.settings.audience = Audience::Student;
    select("piriformis", Side::Left);
    const std::string text = draw();
    const json entry = structureEntry("piriformis");
    for (const std::string& expected : std::vector<std::string>{
             en(entry["name"]), entry["latin"].get<std::string>(), en(entry["origin"]["text"]),
             en(entry["insertion"]["text"]), en(entry["texts"]["student"]["text"]),
             std::string("left side")}) {
        EXPECT_TRUE(shows(text, expected)) << "missing on the card: " << expected;
    }
    // Not another structure's card: the gluteus maximus's origin is not on it.
    EXPECT_FALSE(shows(text, en(structureEntry("gluteus_maximus")["origin"]["text"])));
}

TEST_F(UiPanels, CardSpeaksToTheReadersRegister) {
    select("gluteus_maximus", Side::Right);
    const json entry = structureEntry("gluteus_maximus");
    panels.settings.audience = Audience::Patient;
    const std::string patient = draw();
    EXPECT_TRUE(shows(patient, en(entry["texts"]["patient"]["text"])));
    EXPECT_FALSE(shows(patient, en(entry["texts"]["therapist"]["text"])));
    EXPECT_TRUE(shows(patient, "right side"));
    panels.settings.audience = Audience::Therapist;
    const std::string therapist = draw();
    EXPECT_TRUE(shows(therapist, en(entry["texts"]["therapist"]["text"])));
    EXPECT_FALSE(shows(therapist, en(entry["texts"]["patient"]["text"])));
}

TEST_F(UiPanels, CardWithoutSelectionSaysHowToChoose) {
    const std::string text = draw();
    EXPECT_TRUE(shows(text, "Click a structure"));
    EXPECT_FALSE(shows(text, en(structureEntry("piriformis")["origin"]["text"])));
}

TEST_F(UiPanels, SearchListsMatchesAndEnterSelectsTheFirst) {
    typeInSearch("butt muscle");
    const std::string listed = draw();
    // The gluteus maximus lists "butt muscle" among its synonyms in the content file.
    const json maximus = structureEntry("gluteus_maximus");
    ASSERT_NE(std::find(maximus["synonyms"]["en"].begin(), maximus["synonyms"]["en"].end(),
                        "butt muscle"),
              maximus["synonyms"]["en"].end());
    const auto rows = searchRows(listed);
    ASSERT_FALSE(rows.empty()) << listed;
    EXPECT_EQ(rows[0], test::HeadlessUi::onScreen(en(maximus["name"]) + "  (butt muscle)"));
    for (const auto& row : rows) { // each says why it matched, and that has both words
        EXPECT_NE(row.find("(butt"), std::string::npos) << row;
        EXPECT_NE(row.find("muscle)"), std::string::npos) << row;
    }
    ui.press(ImGuiKey_Enter);
    draw(1);
    EXPECT_EQ(view.selection.current().structureId, "gluteus_maximus");
    EXPECT_EQ(view.selection.current().side, Side::Left); // search picks the left side
}

TEST_F(UiPanels, SearchArrowDownThenEnterSelectsTheSecond) {
    typeInSearch("glut");
    draw();
    ui.press(ImGuiKey_DownArrow);
    draw(1);
    ui.press(ImGuiKey_Enter);
    draw(1);
    const std::string second = view.selection.current().structureId;
    // The first row's structure, had Enter been pressed at once.
    Panels other;
    other.setSearchEntries(atlas, &content);
    ViewState otherView;
    auto drawOther = [&] { other.draw(atlas, &content, otherView, UiStatus{}); };
    ui.frame(drawOther);
    other.focusSearch();
    ui.frames(2, drawOther);
    ui.type("glut");
    ui.frames(2, drawOther);
    ui.press(ImGuiKey_Enter);
    ui.frame(drawOther);
    const std::string first = otherView.selection.current().structureId;
    EXPECT_FALSE(first.empty());
    EXPECT_FALSE(second.empty());
    EXPECT_NE(first, second);
    EXPECT_EQ(first.rfind("gluteus_", 0), 0u) << first; // "glut" starts both names
    EXPECT_EQ(second.rfind("gluteus_", 0), 0u) << second;
}

TEST_F(UiPanels, ClickingAResultRowSelectsIt) {
    typeInSearch("piri");
    const std::string listed = draw();
    ASSERT_TRUE(shows(listed, en(structureEntry("piriformis")["name"])));
    const bool hit = ui.clickDownWindow(
        "Structures", [&] { panels.draw(atlas, &content, view, UiStatus{}); },
        [&] { return !view.selection.current().empty(); });
    ASSERT_TRUE(hit) << "no click in the structure panel selected anything";
    // The first thing a click from the top selects is the result row, above the structure list.
    EXPECT_EQ(view.selection.current().structureId, "piriformis");
}

TEST_F(UiPanels, ErrorModalShowsEveryMessageUntilDismissed) {
    const std::vector<std::string> messages = {
        "broken/not_a_model.glb: not a glTF file (expected the magic 'glTF')",
        "content/structures.json:3:5: expected a string"};
    panels.showErrors(messages);
    const std::string shown = draw();
    for (const auto& m : messages) {
        EXPECT_TRUE(shows(shown, m)) << "not on screen: " << m;
    }
    EXPECT_TRUE(shows(shown, "keeps running"));
    EXPECT_TRUE(panels.hasOpenErrors());
    draw(); // still there a frame later: it waits to be dismissed
    EXPECT_TRUE(panels.hasOpenErrors());
    ui.press(ImGuiKey_Enter);
    draw(1);
    EXPECT_FALSE(panels.hasOpenErrors());
    const std::string after = draw();
    EXPECT_FALSE(shows(after, messages[0]));
}

TEST_F(UiPanels, ErrorModalOkButtonDismissesIt) {
    panels.showErrors({"a problem"});
    draw();
    const bool hit = ui.clickDownWindow(
        "Problem", [&] { panels.draw(atlas, &content, view, UiStatus{}); },
        [&] { return !panels.hasOpenErrors(); });
    EXPECT_TRUE(hit) << "clicking down the modal never pressed OK";
}

// The techniques of techniques.json placed on `id`, by name, in the file's order.
std::vector<std::pair<std::string, std::string>> techniquesOn(const std::string& id) {
    const json file = json::parse(test::readText(test::defaultContentDir() / "techniques.json"));
    std::vector<std::pair<std::string, std::string>> on;
    for (const auto& t : file["techniques"]) {
        for (const auto& p : t["placements"]) {
            if (p["structure"] == id) {
                on.emplace_back(t["id"], en(t["name"]));
                break;
            }
        }
    }
    return on;
}

TEST_F(UiPanels, CardListsTheTechniquesPlacedOnTheStructureAndPlaysThem) {
    panels.settings.audience = Audience::Therapist; // the section starts open
    select("piriformis", Side::Left);
    const auto on = techniquesOn("piriformis");
    ASSERT_FALSE(on.empty());
    const std::string screen = draw();
    for (const auto& [id, name] : on) {
        EXPECT_TRUE(shows(screen, name)) << name << " (" << id << ") not on the card";
    }
    for (const auto& [id, name] : techniquesOn("tensor_fasciae_latae")) {
        EXPECT_FALSE(shows(screen, name)) << name << " is not placed on the piriformis";
    }
    // Clicking down the card: the first button that asks for a technique is the first one's Play
    // (the referral section's buttons ask for referred pain, and are passed over).
    UiActions actions;
    const bool hit = ui.clickDownWindow(
        "Info", [&] { actions = panels.draw(atlas, &content, view, UiStatus{}); },
        [&] { return !actions.card.technique.empty(); });
    ASSERT_TRUE(hit) << "no Play button on the card";
    EXPECT_EQ(actions.card.technique, on.front().first);
}

TEST_F(UiPanels, CardOffersReferredPainWhereTheContentHasAPattern) {
    const json file = json::parse(test::readText(test::defaultContentDir() / "referral.json"));
    auto hasPattern = [&](const std::string& id) {
        return std::any_of(file["patterns"].begin(), file["patterns"].end(),
                           [&](const json& p) { return p["structure"] == id; });
    };
    ASSERT_TRUE(hasPattern("gluteus_minimus"));
    ASSERT_FALSE(hasPattern("sacrum"));
    select("gluteus_minimus", Side::Left);
    EXPECT_TRUE(shows(draw(), "Show referred pain (R)"));
    UiActions actions;
    const bool hit = ui.clickDownWindow(
        "Info", [&] { actions = panels.draw(atlas, &content, view, UiStatus{}); },
        [&] { return actions.card.showReferral; });
    EXPECT_TRUE(hit) << "no click on the card asked for referred pain";
    // The first such click from the top is "Show referred pain": all of it, no one trigger point
    // (the trigger points' own Play buttons come below).
    EXPECT_EQ(actions.card.triggerPoint, "");
    select("sacrum", Side::None);
    EXPECT_FALSE(shows(draw(), "Show referred pain"));
}

// The glyph quads of the last frame (textured with a glyph, not the font atlas's white pixel):
// their median height in pixels, and the rightmost and leftmost x of text in the Info window.
struct DrawnText {
    float medianGlyphHeight = 0.0f;
    float infoLeft = 1e9f, infoRight = -1e9f;
};
// Anti-aliased borders and separators are drawn from the font atlas's baked line texture: lines,
// not glyphs (a border's fringe lies a pixel outside its window).
bool onLineTexture(const ImVec2& uv) {
    const ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    float u0 = 1.0f, v0 = 1.0f, u1 = 0.0f, v1 = 0.0f;
    for (const ImVec4& r : atlas.TexUvLines) {
        u0 = std::min({u0, r.x, r.z});
        u1 = std::max({u1, r.x, r.z});
        v0 = std::min({v0, r.y, r.w});
        v1 = std::max({v1, r.y, r.w});
    }
    return uv.x >= u0 && uv.x <= u1 && uv.y >= v0 && uv.y <= v1;
}

DrawnText measureDrawnText() {
    DrawnText out;
    const ImVec2 white = ImGui::GetIO().Fonts->TexUvWhitePixel;
    std::vector<float> heights;
    const ImDrawData* data = ImGui::GetDrawData();
    for (int l = 0; data && l < data->CmdListsCount; ++l) {
        const ImDrawList* list = data->CmdLists[l];
        const bool info = list->_OwnerName && std::string(list->_OwnerName) == "Info";
        std::vector<ImDrawVert> glyph;
        for (const ImDrawVert& v : list->VtxBuffer) {
            if ((v.uv.x == white.x && v.uv.y == white.y) || onLineTexture(v.uv)) {
                glyph.clear();
                continue;
            }
            glyph.push_back(v);
            if (glyph.size() == 4) { // one glyph: PrimRectUV's four corners
                float y0 = 1e9f, y1 = -1e9f;
                for (const ImDrawVert& g : glyph) {
                    y0 = std::min(y0, g.pos.y);
                    y1 = std::max(y1, g.pos.y);
                    if (info) {
                        out.infoLeft = std::min(out.infoLeft, g.pos.x);
                        out.infoRight = std::max(out.infoRight, g.pos.x);
                    }
                }
                heights.push_back(y1 - y0);
                glyph.clear();
            }
        }
    }
    if (!heights.empty()) {
        std::nth_element(heights.begin(), heights.begin() + heights.size() / 2, heights.end());
        out.medianGlyphHeight = heights[heights.size() / 2];
    }
    return out;
}

TEST_F(UiPanels, TwiceTheTextSizeDoublesTheGlyphsAndLeavesTheViewHalfTheWindow) {
    ImGui::GetIO().DisplaySize = ImVec2(1400.0f, 860.0f); // the app's default window
    select("gluteus_medius", Side::Left);
    auto drawAt = [&](float scale) {
        panels.settings.textScale = scale;
        applyUiStyle(panels.settings, 1.0f);
        draw(3);
        return measureDrawnText();
    };
    const DrawnText normal = drawAt(1.0f);
    const float normalView = panels.viewport().width;
    const DrawnText twice = drawAt(2.0f);
    ASSERT_GT(normal.medianGlyphHeight, 0.0f) << "no glyph drawn";
    EXPECT_NEAR(twice.medianGlyphHeight / normal.medianGlyphHeight, 2.0f, 0.15f);
    EXPECT_GE(panels.viewport().width, 0.45f * 1400.0f)
        << "the 3D view shrank from " << normalView << " px";
    // The card's text wraps inside its narrower panel, within the window.
    EXPECT_GE(twice.infoLeft, panels.viewport().x + panels.viewport().width - 1.0f);
    EXPECT_LE(twice.infoRight, 1402.0f); // a glyph's overhang at the wrap edge
    applyUiStyle(UiSettings{}, 1.0f);    // as the other tests expect
}

} // namespace
} // namespace glutea
