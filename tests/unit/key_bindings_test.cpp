// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// The keys agree in three places: README.md's Controls tables, the F1 help window as drawn, and
// the table the window dispatches through (app/key_bindings). The keys column of every README
// row is read by this test's own parser (key names to GLFW codes, written here) and must name
// exactly the chords the app registers for that row, in that context; no chord means two things
// where both meanings could apply.
#include <cctype>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <gtest/gtest.h>

#include "anatomy/view_state.h"
#include "app/key_bindings.h"
#include "test_support.h"
#include "ui/panels.h"
#include "ui_harness.h"

namespace glutea {
namespace {

struct Row {
    std::string when, keys, effect;
};

std::string trim(const std::string& s) {
    const auto a = s.find_first_not_of(' '), b = s.find_last_not_of(' ');
    return a == std::string::npos ? "" : s.substr(a, b - a + 1);
}

// The rows of the README table whose header is `header` ("| when | keys | action |").
std::vector<Row> readmeTable(const std::string& header) {
    std::ifstream in(test::sourceDir() / "README.md");
    std::vector<Row> rows;
    std::string line;
    bool inside = false;
    while (std::getline(in, line)) {
        if (line == header) {
            inside = true;
            std::getline(in, line); // |---|---|---|
            continue;
        }
        if (!inside) {
            continue;
        }
        if (line.empty() || line[0] != '|') {
            break;
        }
        // Cells split at " | "; a key may be "|"-free, and "\|" is not used.
        std::vector<std::string> cells;
        std::string cell;
        for (std::size_t i = 1; i < line.size(); ++i) {
            if (line[i] == '|') {
                cells.push_back(trim(cell));
                cell.clear();
            } else {
                cell += line[i];
            }
        }
        EXPECT_EQ(cells.size(), 3u) << line;
        if (cells.size() == 3) {
            // Code spans in the README (`Ctrl+F`) are for the eye only.
            std::string keys;
            for (char c : cells[1]) {
                if (c != '`') {
                    keys += c;
                }
            }
            rows.push_back({cells[0], keys, cells[2]});
        }
    }
    return rows;
}

using Chord = std::tuple<int, int>; // GLFW key, modifiers

int keyNamed(const std::string& name) {
    if (name.size() == 1 && name[0] >= 'A' && name[0] <= 'Z') {
        return GLFW_KEY_A + (name[0] - 'A');
    }
    if (name.size() == 1 && name[0] >= '0' && name[0] <= '9') {
        return GLFW_KEY_0 + (name[0] - '0');
    }
    if (name.size() >= 2 && name[0] == 'F' && std::isdigit(static_cast<unsigned char>(name[1]))) {
        return GLFW_KEY_F1 + std::stoi(name.substr(1)) - 1;
    }
    static const std::vector<std::pair<std::string, int>> named = {
        {"Left", GLFW_KEY_LEFT},
        {"Right", GLFW_KEY_RIGHT},
        {"Up", GLFW_KEY_UP},
        {"Down", GLFW_KEY_DOWN},
        {"Escape", GLFW_KEY_ESCAPE},
        {"Enter", GLFW_KEY_ENTER},
        {"Space", GLFW_KEY_SPACE},
        {"Tab", GLFW_KEY_TAB},
        {"Backspace", GLFW_KEY_BACKSPACE},
        {"Page Up", GLFW_KEY_PAGE_UP},
        {"Page Down", GLFW_KEY_PAGE_DOWN},
        {"[", GLFW_KEY_LEFT_BRACKET},
        {"]", GLFW_KEY_RIGHT_BRACKET},
        {"+", GLFW_KEY_EQUAL},
        {"-", GLFW_KEY_MINUS},
        {"Alt", GLFW_KEY_LEFT_ALT}};
    for (const auto& [n, key] : named) {
        if (n == name) {
            return key;
        }
    }
    ADD_FAILURE() << "unknown key name '" << name << "'";
    return -1;
}

// One chord as written ("Ctrl+Shift+Tab", "Ctrl++", "Page Down", "Alt"), with the equivalent
// chords a keyboard sends for it: "+" is also Shift+= and the keypad's +, "-" the keypad's -,
// Enter the keypad's Enter, Alt either Alt key, a quiz answer's digit the keypad's digit.
std::set<Chord> parseChord(std::string text, bool keypadDigits) {
    int mods = 0;
    // Modifier prefixes in any order; "Ctrl++" is the prefix, then the key "+".
    for (bool more = true; more;) {
        more = false;
        for (const auto& [prefix, bit] : std::vector<std::pair<std::string, int>>{
                 {"Ctrl+", GLFW_MOD_CONTROL}, {"Alt+", GLFW_MOD_ALT}, {"Shift+", GLFW_MOD_SHIFT}}) {
            if (text.rfind(prefix, 0) == 0 && text.size() > prefix.size()) {
                mods |= bit;
                text = text.substr(prefix.size());
                more = true;
            }
        }
    }
    const int key = keyNamed(text);
    std::set<Chord> chords = {{key, mods}};
    if (text == "+") {
        chords.insert({GLFW_KEY_EQUAL, mods | GLFW_MOD_SHIFT});
        chords.insert({GLFW_KEY_KP_ADD, mods});
    } else if (text == "-") {
        chords.insert({GLFW_KEY_KP_SUBTRACT, mods});
    } else if (text == "Enter") {
        chords.insert({GLFW_KEY_KP_ENTER, mods});
    } else if (text == "Alt") {
        chords = {{GLFW_KEY_LEFT_ALT, GLFW_MOD_ALT}, {GLFW_KEY_RIGHT_ALT, GLFW_MOD_ALT}};
    } else if (keypadDigits && key >= GLFW_KEY_0 && key <= GLFW_KEY_9) {
        chords.insert({GLFW_KEY_KP_0 + (key - GLFW_KEY_0), mods});
    }
    return chords;
}

// A keys cell: chords separated by ", " or by single spaces between short chords ("1 2 3 4").
std::set<Chord> parseKeys(const std::string& cell, bool keypadDigits) {
    std::set<Chord> all;
    std::vector<std::string> parts;
    std::stringstream list(cell);
    for (std::string part; std::getline(list, part, ',');) {
        part = trim(part);
        if (part == "Page Up" || part == "Page Down" || part.find(' ') == std::string::npos) {
            parts.push_back(part);
            continue;
        }
        std::stringstream words(part);
        for (std::string w; words >> w;) {
            parts.push_back(w);
        }
    }
    for (const auto& p : parts) {
        const auto c = parseChord(p, keypadDigits);
        all.insert(c.begin(), c.end());
    }
    return all;
}

KeyContext contextNamed(const std::string& when) {
    for (KeyContext c : {KeyContext::Chairside, KeyContext::Panel, KeyContext::Quiz,
                         KeyContext::Routine, KeyContext::Anywhere, KeyContext::View}) {
        if (keyContextName(c) == when) {
            return c;
        }
    }
    ADD_FAILURE() << "unknown context '" << when << "'";
    return KeyContext::Anywhere;
}

const std::string kKeysHeader = "| when | keys | action |";
const std::string kMouseHeader = "| when | mouse | action |";

TEST(KeyBindings, ReadmeTableIsTheAppsTable) {
    const auto readme = readmeTable(kKeysHeader);
    const auto app = keyHelpRows();
    ASSERT_FALSE(readme.empty()) << "README.md has no table headed " << kKeysHeader;
    std::ostringstream expected; // what README.md should hold, to paste after a change
    for (const auto& r : app) {
        expected << "| " << r.when << " | " << r.keys << " | " << r.effect << " |\n";
    }
    ASSERT_EQ(readme.size(), app.size()) << "README.md's rows should be:\n" << expected.str();
    for (std::size_t i = 0; i < app.size(); ++i) {
        EXPECT_EQ(readme[i].when, app[i].when) << "row " << i + 1;
        EXPECT_EQ(readme[i].keys, app[i].keys) << "row " << i + 1;
        EXPECT_EQ(readme[i].effect, app[i].effect) << "row " << i + 1;
    }
}

TEST(KeyBindings, ReadmeMouseTableIsTheHelpsMouseRows) {
    const auto readme = readmeTable(kMouseHeader);
    const auto app = mouseHelpRows();
    ASSERT_EQ(readme.size(), app.size());
    for (std::size_t i = 0; i < app.size(); ++i) {
        EXPECT_EQ(readme[i].keys, app[i].keys);
        EXPECT_EQ(readme[i].effect, app[i].effect);
    }
}

TEST(KeyBindings, EveryReadmeRowNamesExactlyTheChordsTheAppRegisters) {
    const auto readme = readmeTable(kKeysHeader);
    ASSERT_FALSE(readme.empty());
    for (const Row& row : readme) {
        const KeyContext context = contextNamed(row.when);
        const auto written = parseKeys(row.keys, context == KeyContext::Quiz);
        // The binding each written chord reaches in that context: one, the row's own.
        const KeyBinding* rowBinding = nullptr;
        for (const auto& [key, mods] : written) {
            const KeyBinding* b = findKeyBinding(key, mods, context);
            ASSERT_NE(b, nullptr) << "'" << row.keys << "' (" << row.when << "): key " << key
                                  << " mods " << mods << " does nothing";
            EXPECT_EQ(b->effect, row.effect) << row.keys << ": reaches '" << b->effect << "'";
            rowBinding = b;
        }
        ASSERT_NE(rowBinding, nullptr) << row.keys;
        // And the app registers no chord for that row that the README does not name.
        for (const KeyChord& c : rowBinding->chords) {
            EXPECT_TRUE(written.count({c.key, c.mods}))
                << "'" << row.keys << "' does not say key " << c.key << " mods " << c.mods;
        }
    }
}

TEST(KeyBindings, NoChordMeansTwoThingsAtOnce) {
    // Within a context, and between Anywhere and View (both apply in the 3D view).
    std::set<std::tuple<int, int, int>> seen;
    for (const KeyBinding& b : keyBindings()) {
        const int ctx = b.context == KeyContext::View ? int(KeyContext::Anywhere) : int(b.context);
        for (const KeyChord& c : b.chords) {
            EXPECT_TRUE(seen.insert({ctx, c.key, c.mods}).second)
                << b.keys << ": key " << c.key << " mods " << c.mods << " is bound twice";
        }
    }
}

TEST(KeyBindings, KeysTheRouterTreatsAlikeDoTheSame) {
    // Spot checks written apart from the table: what the README promised before the table.
    int param = -1;
    const KeyBinding* b = findKeyBinding(GLFW_KEY_3, 0, KeyContext::Anywhere, &param);
    ASSERT_NE(b, nullptr);
    EXPECT_EQ(b->action, KeyAction::ViewPreset);
    EXPECT_EQ(viewPresets()[std::size_t(param)].name, "left");
    b = findKeyBinding(GLFW_KEY_2, GLFW_MOD_SHIFT, KeyContext::Anywhere, &param);
    ASSERT_NE(b, nullptr);
    EXPECT_EQ(b->action, KeyAction::ToggleLayer);
    EXPECT_STREQ(kLayerGroups[std::size_t(param)].id, "superficial_muscles");
    // Caps Lock changes nothing; Alt's own press (no Alt bit on X11) is Alt.
    EXPECT_NE(findKeyBinding(GLFW_KEY_R, GLFW_MOD_CAPS_LOCK, KeyContext::Anywhere), nullptr);
    b = findKeyBinding(GLFW_KEY_LEFT_ALT, 0, KeyContext::Anywhere);
    ASSERT_NE(b, nullptr);
    EXPECT_EQ(b->action, KeyAction::MenuBar);
    // Arrows orbit only in the 3D view; in a panel they move between widgets.
    EXPECT_EQ(findKeyBinding(GLFW_KEY_LEFT, 0, KeyContext::Anywhere), nullptr);
    EXPECT_EQ(findKeyBinding(GLFW_KEY_LEFT, 0, KeyContext::View)->action, KeyAction::Orbit);
    EXPECT_EQ(findKeyBinding(GLFW_KEY_LEFT, 0, KeyContext::Panel)->action, KeyAction::MoveInPanel);
}

TEST(KeyBindings, HelpWindowShowsEveryRow) {
    test::HeadlessUi ui(1600.0f, 4000.0f);
    Panels panels;
    panels.keyRows = keyHelpRows();
    panels.mouseRows = mouseHelpRows();
    const Atlas& atlas = test::defaultAtlas();
    ViewState view;
    view.partVisible.assign(atlas.parts.size(), true);
    panels.toggleHelp();
    const std::string screen = ui.frames(3, [&] { panels.draw(atlas, nullptr, view, UiStatus{}); });
    // Each README row, keys then effect, on one line of the help (read from its glyphs).
    for (const auto* header : {&kKeysHeader, &kMouseHeader}) {
        for (const Row& row : readmeTable(*header)) {
            EXPECT_TRUE(test::HeadlessUi::shows(screen, row.keys + row.effect))
                << "the help lacks: " << row.keys << "  " << row.effect;
        }
    }
    panels.toggleHelp();
    const std::string closed = ui.frames(2, [&] { panels.draw(atlas, nullptr, view, UiStatus{}); });
    EXPECT_FALSE(test::HeadlessUi::shows(closed, "keyboard focus to the panels"));
}

} // namespace
} // namespace glutea
