// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// "Copy card as text": the card as plain text holds what the card shows, collapsed sections too,
// in the reader's register. Expected texts are read from structures.json as written.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "app/ui_language.h"
#include "content_test_support.h"
#include "ui/card_text.h"
#include "ui/translate.h"
#include "ui_harness.h"

namespace glutea {
namespace {

using json = nlohmann::json;

json entryOf(const std::string& id) {
    const json file = json::parse(test::readText(test::defaultContentDir() / "structures.json"));
    for (const auto& s : file["structures"]) {
        if (s["id"] == id) {
            return s;
        }
    }
    ADD_FAILURE() << id;
    return json::object();
}

TEST(CardText, HoldsTheWholeCardInTheReadersRegister) {
    const Atlas& atlas = test::defaultAtlas();
    const Content& content = test::defaultUiContent();
    const json e = entryOf("piriformis");
    const int part = atlas.findPart("piriformis", Side::Left);
    ASSERT_GE(part, 0);
    // A patient's card folds Anatomy away; the copy has it all the same.
    const std::string patient = cardAsText(atlas, &content, part, Audience::Patient);
    EXPECT_EQ(patient.rfind(e["name"]["en"].get<std::string>() + "\n", 0), 0u) << patient;
    EXPECT_TRUE(test::contains(patient, e["latin"].get<std::string>()));
    EXPECT_TRUE(test::contains(patient, "Left side"));
    EXPECT_TRUE(test::contains(patient, e["texts"]["patient"]["text"]["en"].get<std::string>()));
    EXPECT_FALSE(test::contains(patient, e["texts"]["therapist"]["text"]["en"].get<std::string>()));
    EXPECT_TRUE(test::contains(patient, e["origin"]["text"]["en"].get<std::string>()));
    EXPECT_TRUE(test::contains(patient, "Textbook anatomy"))
        << "each statement says what it rests on";
    const std::string student = cardAsText(atlas, &content, part, Audience::Student);
    EXPECT_TRUE(test::contains(student, e["texts"]["student"]["text"]["en"].get<std::string>()));
    EXPECT_FALSE(test::contains(student, e["texts"]["patient"]["text"]["en"].get<std::string>()));
    EXPECT_TRUE(test::contains(cardAsText(atlas, &content, -1, Audience::Patient), "No structure"));
}

// The Spanish catalogue, read as plain JSON: what each heading must become.
std::string spanish(const std::string& english) {
    static const json strings =
        json::parse(test::readText(test::sourceDir() / "assets" / "i18n" / "es.json"))["strings"];
    EXPECT_TRUE(strings.contains(english)) << english;
    return strings.value(english, english);
}

TEST(CardText, CopiesTheCardInSpanishWhenTheWindowIsSpanish) {
    const Atlas& atlas = test::defaultAtlas();
    const Content& content = test::defaultUiContent();
    const json e = entryOf("piriformis");
    const int part = atlas.findPart("piriformis", Side::Left);
    ASSERT_GE(part, 0);
    ASSERT_FALSE(applyUiLanguage("es").has_value());
    const std::string text = cardAsText(atlas, &content, part, Audience::Patient);
    const std::string none = cardAsText(atlas, &content, -1, Audience::Patient);
    setUiLanguage("en");
    EXPECT_EQ(text.rfind(e["name"]["es"].get<std::string>() + "\n", 0), 0u) << text;
    EXPECT_TRUE(test::contains(text, e["texts"]["patient"]["text"]["es"].get<std::string>()));
    EXPECT_FALSE(test::contains(text, e["texts"]["patient"]["text"]["en"].get<std::string>()));
    // A text the content has only in English is copied in English.
    const json& origin = e["origin"]["text"];
    EXPECT_TRUE(test::contains(text, origin.value("es", origin["en"].get<std::string>())));
    // The card's own words: headings, the side, what each statement rests on.
    for (const char* heading : {"Left side", "Anatomy", "Origin", "Textbook anatomy"}) {
        EXPECT_NE(spanish(heading), heading);
        EXPECT_TRUE(test::contains(text, spanish(heading))) << heading << " in:\n" << text;
    }
    for (const char* english :
         {"\nLeft side\n", "\nAnatomy\n", "\nOrigin: ", "(Textbook anatomy"}) {
        EXPECT_FALSE(test::contains(text, english)) << english << " in:\n" << text;
    }
    EXPECT_EQ(none, spanish("No structure selected.") + "\n");
    // Without a translator the copy stays English, as before.
    EXPECT_TRUE(
        test::contains(cardAsText(atlas, &content, part, Audience::Patient), "\nAnatomy\n"));
}

} // namespace
} // namespace glutea
