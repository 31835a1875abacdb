// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The panels with the Spanish catalogue on, headless, on the default atlas and content; English
// again afterwards for the other tests.
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "anatomy/view_state.h"
#include "app/ui_language.h"
#include "content_test_support.h"
#include "ui/panels.h"
#include "ui/translate.h"
#include "ui_harness.h"

namespace glutea::test {

// es.json's "strings", read as plain JSON (never through the code under test).
inline const nlohmann::json& spanishStrings() {
    static const nlohmann::json strings =
        nlohmann::json::parse(readText(sourceDir() / "assets" / "i18n" / "es.json"))["strings"];
    return strings;
}

// The Spanish of an English catalogue key; a missing key fails the test that asks.
inline std::string spanishEntry(const std::string& english) {
    const nlohmann::json& strings = spanishStrings();
    EXPECT_TRUE(strings.contains(english)) << "es.json has no \"" << english << "\"";
    return strings.contains(english) ? strings[english].get<std::string>() : english;
}

class SpanishUi : public ::testing::Test {
  protected:
    const Atlas& atlas = defaultAtlas();
    HeadlessUi ui; // before the panels: ImGui's context
    const Content& content = defaultUiContent();
    ViewState view;
    Panels panels;

    void SetUp() override {
        ASSERT_FALSE(applyUiLanguage("es").has_value());
        panels.settings.language = "es";
        view.partVisible.assign(atlas.parts.size(), true);
        panels.setSearchEntries(atlas, &content);
    }
    void TearDown() override { setUiLanguage("en"); }
    std::string draw(int frames = 2) {
        return ui.frames(frames, [&] { panels.draw(atlas, &content, view, UiStatus{}); });
    }
};

} // namespace glutea::test
