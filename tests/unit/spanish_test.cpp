// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// The second language (issue 16): the loader keeps every "es" text and falls back to English
// where one is absent; `query ... --lang es` prints the Spanish of the content file; `validate
// --lang es` lists a translation removed from a copy and still exits 0; the window's catalogue
// keeps every printf placeholder; the menu and the card draw in Spanish; the settings keep the
// language. What is expected is read from the files with plain JSON, not through the loader.
#include <map>

#include <nlohmann/json.hpp>

#include "anatomy/content_loader.h"
#include "anatomy/missing_translations.h"
#include "app/settings_file.h"
#include "app/ui_language.h"
#include "base/error.h"
#include "cli_runner.h"
#include "content_test_support.h"
#include "printf_conversions.h"
#include "spanish_ui_fixture.h"
#include "ui/translate.h"
#include "ui_harness.h"

namespace glutea {
namespace {

using json = nlohmann::json;

// The text in Spanish as a reader gets it: "es" when the file has it, else "en".
std::string spanishOrEnglish(const json& text) {
    return text.contains("es") ? text["es"].get<std::string>() : text["en"].get<std::string>();
}

TEST(Spanish, LoaderReadsSpanishAndFallsBackToEnglish) {
    const ContentLoadResult loaded = loadContent(test::defaultContentDir());
    ASSERT_TRUE(loaded.problems.empty()) << formatProblems(loaded.problems);
    int spanish = 0, fallback = 0;
    for (const auto& entry : test::defaultContentJson("structures.json")["structures"]) {
        const StructureInfo* s = loaded.content.findStructure(entry["id"].get<std::string>());
        ASSERT_NE(s, nullptr) << entry["id"];
        EXPECT_EQ(s->name.get("es"), spanishOrEnglish(entry["name"])) << entry["id"];
        for (const auto& [audience, text] : entry["texts"].items()) {
            const std::string expected = spanishOrEnglish(text["text"]);
            EXPECT_EQ(s->texts.at(audience).text.get("es"), expected) << entry["id"] << audience;
            (text["text"].contains("es") ? spanish : fallback) += 1;
        }
    }
    // Every patient text is translated; the student and therapist texts are not (yet), so both
    // paths were taken.
    EXPECT_GE(spanish, 49);
    EXPECT_GT(fallback, 0);
    // A language nobody wrote falls back to English.
    const StructureInfo* piriformis = loaded.content.findStructure("piriformis");
    EXPECT_EQ(piriformis->name.get("fr"), piriformis->name.get("en"));
}

TEST(Spanish, EveryPatientTextOfStructuresReferralAndRoutinesHasSpanish) {
    for (const auto& s : test::defaultContentJson("structures.json")["structures"]) {
        EXPECT_TRUE(s["name"].contains("es")) << s["id"];
        EXPECT_TRUE(s["texts"]["patient"]["text"].contains("es")) << s["id"];
        for (const auto& note : s.value("patient_notes", json::array())) {
            EXPECT_TRUE(note["text"].contains("es")) << s["id"];
        }
    }
    for (const auto& p : test::defaultContentJson("referral.json")["patterns"]) {
        EXPECT_TRUE(p["texts"]["patient"]["text"].contains("es")) << p["id"];
        for (const auto& z : p["zones"]) {
            EXPECT_TRUE(z["texts"]["patient"]["text"].contains("es")) << z["id"];
        }
    }
    for (const auto& r : test::defaultContentJson("routines.json")["routines"]) {
        for (const char* key : {"name", "summary", "warm_up"}) {
            EXPECT_TRUE(r[key].contains("es")) << r["id"] << " " << key;
        }
        for (const auto& step : r["steps"]) {
            EXPECT_TRUE(!step.contains("note") || step["note"].contains("es")) << r["id"];
        }
    }
    for (const auto& f : test::defaultContentJson("cautions.json")["red_flags"]) {
        EXPECT_TRUE(f["text"]["text"].contains("es")) << f["id"];
    }
}

// The JSON pointer of every {"en": ...} text under `node` that has no "es".
void collectUntranslated(const json& node, const std::string& at, std::vector<std::string>& out) {
    if (node.is_object()) {
        if (node.contains("en") && node["en"].is_string() && !node.contains("es")) {
            out.push_back(at);
        }
        for (const auto& [key, value] : node.items()) {
            collectUntranslated(value, at + "/" + key, out);
        }
    } else if (node.is_array()) {
        for (std::size_t i = 0; i < node.size(); ++i) {
            collectUntranslated(node[i], at + "/" + std::to_string(i), out);
        }
    }
}

// What a Spanish reader meets on the body and on paper is wholly Spanish, whatever the register:
// the referral captions (student and therapist ones too), the routines, the caution zones and
// the techniques with their steps.
TEST(Spanish, EveryTextOfReferralRoutinesCautionsAndTechniquesHasSpanish) {
    for (const char* file :
         {"referral.json", "routines.json", "cautions.json", "techniques.json"}) {
        std::vector<std::string> missing;
        collectUntranslated(test::defaultContentJson(file), "", missing);
        EXPECT_TRUE(missing.empty()) << file << ": " << missing.size() << " texts, the first at "
                                     << (missing.empty() ? "" : missing.front());
    }
}

// Words of a sentence; sentences end at . ? ! (and the Spanish opening marks are not words).
std::vector<std::size_t> sentenceLengths(const std::string& text) {
    std::vector<std::size_t> lengths{0};
    bool inWord = false;
    for (char c : text) {
        if (c == '.' || c == '?' || c == '!') {
            lengths.push_back(0);
            inWord = false;
        } else if (c == ' ') {
            inWord = false;
        } else if (!inWord) {
            inWord = true;
            ++lengths.back();
        }
    }
    return lengths;
}

TEST(Spanish, PatientTextsArePlainAndShort) {
    // The house rules for patient words, in Spanish: no sentence over 25 words, a structure's
    // patient text at most 60 words, none of the technical words a Spanish anatomy text would use.
    const std::vector<std::string> jargon = {"lateral",   "medial",     "distal",  "proximal",
                                             "trocánter", "isquiático", "poplíteo"};
    auto check = [&](const json& text, const std::string& where, std::size_t maxWords) {
        ASSERT_TRUE(text.contains("es")) << where;
        const std::string es = text["es"].get<std::string>();
        std::size_t words = 0;
        for (std::size_t n : sentenceLengths(es)) {
            EXPECT_LE(n, 25u) << where << ": " << es;
            words += n;
        }
        EXPECT_LE(words, maxWords) << where;
        for (const auto& word : jargon) {
            EXPECT_EQ(es.find(word), std::string::npos) << where << " says " << word;
        }
    };
    for (const auto& s : test::defaultContentJson("structures.json")["structures"]) {
        check(s["texts"]["patient"]["text"], s["id"], 60);
        for (const auto& note : s.value("patient_notes", json::array())) {
            check(note["text"], s["id"].get<std::string>() + " note", 1000);
        }
    }
    for (const auto& p : test::defaultContentJson("referral.json")["patterns"]) {
        check(p["texts"]["patient"]["text"], p["id"], 1000);
        for (const auto& z : p["zones"]) {
            check(z["texts"]["patient"]["text"], z["id"], 1000);
        }
    }
    for (const auto& f : test::defaultContentJson("cautions.json")["red_flags"]) {
        check(f["text"]["text"], f["id"], 1000);
    }
    for (const auto& z : test::defaultContentJson("cautions.json")["zones"]) {
        check(z["texts"]["patient"]["text"], z["id"], 1000);
    }
    for (const auto& t : test::defaultContentJson("techniques.json")["techniques"]) {
        check(t["texts"]["patient"]["text"], t["id"], 1000);
        for (const auto& step : t.value("patient_steps", json::array())) {
            check(step, t["id"].get<std::string>() + " patient step", 1000);
        }
        check(t["patient_body_position"], t["id"].get<std::string>() + " position", 1000);
        for (const auto& c : t["patient_cautions"]) {
            check(c["text"], t["id"].get<std::string>() + " patient caution", 1000);
        }
    }
    for (const auto& z : test::defaultContentJson("cautions.json")["zones"]) {
        check(z["patient_name"], z["id"].get<std::string>() + " name", 16);
    }
    // Conditions, self-care and clinical tests: a Spanish name and patient text each.
    for (const auto& [file, list] : {std::pair{"conditions.json", "conditions"},
                                     {"self_care.json", "items"},
                                     {"clinical_tests.json", "tests"}}) {
        for (const auto& item : test::defaultContentJson(file)[list]) {
            EXPECT_TRUE(item["name"].contains("es")) << item["id"];
            check(item["texts"]["patient"]["text"], item["id"], 1000);
        }
    }
}

TEST(Spanish, QueryStructurePrintsTheSpanishPatientText) {
    std::string expected;
    for (const auto& s : test::defaultContentJson("structures.json")["structures"]) {
        if (s["id"] == "piriformis") {
            expected = s["texts"]["patient"]["text"]["es"].get<std::string>();
        }
    }
    ASSERT_FALSE(expected.empty());
    const auto r = test::runGlutea(
        {"query", "structure", "piriformis", "--audience", "patient", "--lang", "es"});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find(expected), std::string::npos) << r.out;
    EXPECT_EQ(r.out.find("[student]"), std::string::npos);
}

TEST(Spanish, QueryRoutinePrintsSpanishWithEnglishFallback) {
    const json routines = test::defaultContentJson("routines.json")["routines"];
    const json& r = routines[1];
    const auto out =
        test::runGlutea({"query", "routine", r["id"].get<std::string>(), "--lang", "es", "--json"});
    ASSERT_EQ(out.code, 0) << out.err;
    const json j = json::parse(out.out);
    EXPECT_EQ(j["name"], spanishOrEnglish(r["name"]));
    EXPECT_EQ(j["warm_up"], spanishOrEnglish(r["warm_up"]));
    ASSERT_EQ(j["screening"].size(), r["screening"].size());
    EXPECT_EQ(j["screening"][0]["question"], spanishOrEnglish(r["screening"][0]["question"]));
    EXPECT_EQ(j["texts"]["therapist"], spanishOrEnglish(r["texts"]["therapist"]["text"]));
}

// A copy of the default atlas whose piriformis patient text has lost its Spanish.
std::filesystem::path atlasWithoutOneTranslation(std::string& pointer) {
    const auto dir = test::scratchDir() / "atlas";
    std::filesystem::copy(test::sourceDir() / "assets" / "atlas", dir,
                          std::filesystem::copy_options::recursive);
    const json structures = test::defaultContentJson("structures.json")["structures"];
    for (std::size_t i = 0; i < structures.size(); ++i) {
        if (structures[i]["id"] == "piriformis") {
            pointer = "/structures/" + std::to_string(i) + "/texts/patient/text";
            const std::string es = structures[i]["texts"]["patient"]["text"]["es"];
            test::replaceOnce(dir / "content" / "structures.json",
                              ", \"es\": " + json(es).dump(-1, ' ', false), "");
        }
    }
    return dir;
}

TEST(Spanish, ValidateListsTheRemovedTranslationAndExitsZero) {
    std::string pointer;
    const auto dir = atlasWithoutOneTranslation(pointer);
    ASSERT_FALSE(pointer.empty());
    const auto r = test::runGlutea({"validate", "--atlas", dir.string(), "--lang", "es"});
    EXPECT_EQ(r.code, 0) << r.out << r.err;
    EXPECT_NE(r.out.find("structures.json:"), std::string::npos);
    EXPECT_NE(r.out.find("no \"es\" translation (English is shown) (at " + pointer + ")"),
              std::string::npos)
        << r.out.substr(0, 2000);
    EXPECT_NE(r.out.find("Missing translations are not errors"), std::string::npos);
    EXPECT_NE(r.out.find("atlas is valid"), std::string::npos);
    // The untouched default lists no patient text of the piriformis.
    const auto clean = findMissingTranslations(test::defaultContentDir(), "es");
    for (const auto& m : clean.missing) {
        EXPECT_FALSE(m.file.find("structures.json") != std::string::npos && m.pointer == pointer);
    }
    const auto broken = findMissingTranslations(dir / "content", "es");
    EXPECT_EQ(broken.missing.size(), clean.missing.size() + 1);
}

TEST(Spanish, CatalogueKeepsPlaceholdersAndRefusesBrokenFiles) {
    const auto file = test::sourceDir() / "assets" / "i18n" / "es.json";
    const UiCatalogue catalogue = parseUiCatalogue(test::readText(file), file.string(), "es");
    EXPECT_GT(catalogue.size(), 150u);
    for (const auto& [english, spanish] : catalogue) {
        EXPECT_EQ(test::printfConversions(english), test::printfConversions(spanish)) << english;
        EXPECT_FALSE(spanish.empty()) << english;
    }
    EXPECT_THROW(parseUiCatalogue(R"({"format": "glutea-ui-catalogue", "language": "es",
                                      "strings": {"File": 3}})",
                                  "bad.json", "es"),
                 Error);
    EXPECT_THROW(parseUiCatalogue(R"({"format": "glutea-ui-catalogue", "language": "fr",
                                      "strings": {}})",
                                  "fr.json", "es"),
                 Error);
}

TEST(Spanish, SettingsRoundTripKeepsTheLanguage) {
    const auto dir = test::scratchDir();
    UiSettings s;
    s.language = "es";
    saveSettings(dir / "settings.json", s);
    EXPECT_EQ(loadSettings(dir / "settings.json").language, "es");
    // A file written before there was a language loads in English; an unknown one is ignored.
    test::writeFile(dir / "old.json", R"({"audience": "student", "text_scale": 1.2})");
    EXPECT_EQ(loadSettings(dir / "old.json").language, "en");
    EXPECT_EQ(loadSettings(dir / "old.json").audience, Audience::Student);
    test::writeFile(dir / "odd.json", R"({"language": "klingon"})");
    EXPECT_EQ(loadSettings(dir / "odd.json").language, "en");
}

// The panels with the Spanish catalogue on; English again afterwards for the other tests.
class SpanishPanels : public test::SpanishUi {
  protected:
    json catalogue =
        json::parse(test::readText(test::sourceDir() / "assets" / "i18n" / "es.json"))["strings"];
    std::string es(const std::string& english) { return catalogue[english].get<std::string>(); }
};

TEST_F(SpanishPanels, MenuAndCardDrawInSpanish) {
    const int part = atlas.findPart("piriformis", Side::Left);
    ASSERT_GE(part, 0);
    view.selection.select(selectionOfPart(atlas, part));
    panels.settings.audience = Audience::Patient;
    const std::string screen = draw();
    for (const char* menu : {"File", "Go", "View", "Audience", "Display", "Help"}) {
        EXPECT_TRUE(test::HeadlessUi::shows(screen, es(menu))) << menu << " -> " << es(menu);
    }
    EXPECT_TRUE(test::HeadlessUi::shows(screen, "Language / Idioma"));
    EXPECT_FALSE(test::HeadlessUi::shows(screen, "Display"));
    EXPECT_FALSE(test::HeadlessUi::shows(screen, "Audience"));
    // The card: the Spanish name and patient text of the content file, the side in Spanish.
    for (const auto& s : test::defaultContentJson("structures.json")["structures"]) {
        if (s["id"] == "piriformis") {
            EXPECT_TRUE(test::HeadlessUi::shows(screen, s["name"]["es"].get<std::string>()));
            EXPECT_TRUE(test::HeadlessUi::shows(
                screen, s["texts"]["patient"]["text"]["es"].get<std::string>()));
            EXPECT_FALSE(test::HeadlessUi::shows(
                screen, s["texts"]["patient"]["text"]["en"].get<std::string>()));
        }
    }
    EXPECT_TRUE(test::HeadlessUi::shows(screen, es("left side")));
}

TEST_F(SpanishPanels, MissingEntriesFallBackToEnglish) {
    EXPECT_STREQ(tr("A string no catalogue has"), "A string no catalogue has");
    EXPECT_EQ(std::string(tr("File")), es("File"));
    setUiLanguage("es", {}); // Spanish content, no catalogue: every string in English
    EXPECT_STREQ(tr("File"), "File");
    const std::string screen = draw();
    EXPECT_TRUE(test::HeadlessUi::shows(screen, "Display"));
}

} // namespace
} // namespace glutea
