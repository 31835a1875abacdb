// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// The patient handout in Spanish (issue 16): every word of HandoutWords is an entry of es.json
// that keeps the English's printf conversions; with the Spanish catalogue on, the handout's texts
// and its PDF pages say what es.json and the content files' "es" texts say, and the English
// headings, labels and dosage words are gone. Expectations are read from the files with plain
// JSON (and, for the pages, poppler's pdftotext), never from the code under test.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "anatomy/routine_player.h"
#include "app/handout_words.h"
#include "app/ui_language.h"
#include "base/text.h"
#include "content_test_support.h"
#include "printf_conversions.h"
#include "report/handout_pages.h"
#include "report/handout_text.h"
#include "report/handout_words.h"
#include "spanish_ui_fixture.h"

namespace glutea {
namespace {

using json = nlohmann::json;

using test::spanishEntry;

// The entry of `list` (an array of objects with ids) in a content file whose id is `id`.
const json& spanishHandoutEntryById(const json& list, const std::string& id) {
    for (const json& entry : list) {
        if (entry.at("id") == id) {
            return entry;
        }
    }
    ADD_FAILURE() << "no " << id;
    static const json none = json::object();
    return none;
}

// A content range ([20, 30]) as the handout writes it: "20-30" ("20" when both ends agree).
std::string spanishHandoutRange(const json& range) {
    const std::string low = std::to_string(range.at(0).get<int>());
    const std::string high = std::to_string(range.at(1).get<int>());
    return low == high ? low : low + "-" + high;
}

// The placement `id` of techniques.json.
const json& spanishHandoutPlacement(const std::string& id) {
    for (const json& technique : test::defaultContentJson("techniques.json").at("techniques")) {
        if (!technique.contains("placements")) {
            continue;
        }
        for (const json& placement : technique.at("placements")) {
            if (placement.at("id") == id) {
                return placement;
            }
        }
    }
    ADD_FAILURE() << "no placement " << id;
    static const json none = json::object();
    return none;
}

std::vector<std::string> spanishHandoutValues(HandoutWords words) {
    std::vector<std::string> values;
    for (const std::string* text : textsOf(words)) {
        values.push_back(*text);
    }
    return values;
}

TEST(SpanishHandout, EveryWordIsACatalogueEntryWithTheEnglishConversions) {
    HandoutWords words;
    const std::vector<std::string*> texts = textsOf(words);
    // Every member once: HandoutWords holds nothing but its texts, so a member left out of
    // textsOf (never translated) shows as a size that does not add up.
    EXPECT_EQ(texts.size() * sizeof(std::string), sizeof(HandoutWords));
    EXPECT_EQ(std::set<std::string*>(texts.begin(), texts.end()).size(), texts.size());
    const json& catalogue = test::spanishStrings();
    for (const std::string* english : texts) {
        ASSERT_TRUE(catalogue.contains(*english)) << "es.json has no \"" << *english << "\"";
        const std::string spanish = catalogue[*english].get<std::string>();
        EXPECT_FALSE(spanish.empty()) << *english;
        EXPECT_EQ(test::printfConversions(spanish), test::printfConversions(*english))
            << *english << " -> " << spanish;
        // fillIn fills %s and %d only: any other conversion would print as written.
        EXPECT_EQ(test::printfConversions(*english).find_first_not_of("%sd "), std::string::npos)
            << *english;
    }
}

TEST(SpanishHandout, FillInFillsInOrderAndNeverReadsPastItsParts) {
    EXPECT_EQ(fillIn("%d de %s de %d", {"1", "diciembre", "2026"}), "1 de diciembre de 2026");
    EXPECT_EQ(fillIn("%s, %s (100%%)", {"a"}), "a,  (100%)");
    EXPECT_EQ(fillIn("no conversion", {"a"}), "no conversion");
}

// The Spanish catalogue on (the window's tr()), the default content, the upper-glute routine for
// the left gluteus medius (its steps hold, stroke and repeat), the piriformis as another match.
class SpanishHandoutTexts : public test::SpanishUi {
  protected:
    const Routine* routine = nullptr;
    HandoutWords words;
    Handout handout;

    void SetUp() override {
        test::SpanishUi::SetUp();
        if (HasFatalFailure()) {
            return;
        }
        for (const auto& r : content.routines) {
            routine = r.id == "upper_glute_tightness" ? &r : routine;
        }
        ASSERT_NE(routine, nullptr);
        words = handoutWords();
        const HandoutSubject subject{"gluteus_medius", Side::Left, routine, {"piriformis"}};
        handout = handoutTexts(content, subject, "es", words);
    }

    static std::string spanishOf(const json& text) { return text.at("es").get<std::string>(); }
    const json& structure(const std::string& id) const {
        return spanishHandoutEntryById(test::defaultContentJson("structures.json").at("structures"),
                                       id);
    }
    const json& routineFile() const {
        return spanishHandoutEntryById(test::defaultContentJson("routines.json").at("routines"),
                                       routine->id);
    }
    // Everything the handout's texts say, for words that must not be there.
    std::string allTexts() const {
        std::string all = handout.title + "\n" + handout.patternCaption + "\n" +
                          handout.routineSummary + "\n" + handout.dosage + "\n";
        for (const auto& step : handout.steps) {
            all += step.title + "\n" + step.how + "\n" + step.dosage + "\n";
        }
        for (const auto& source : handout.sources) {
            all += source.labels + "\n";
        }
        return all;
    }
};

TEST_F(SpanishHandoutTexts, TheWindowAndTheCommandLineGetTheCataloguesWords) {
    // tr() with the catalogue on (chairside), and the catalogue file as `handout --lang es`
    // reads it: each word is its entry of es.json.
    const std::vector<std::string> english = spanishHandoutValues(HandoutWords{});
    const std::vector<std::string> window = spanishHandoutValues(words);
    ASSERT_EQ(window.size(), english.size());
    for (std::size_t i = 0; i < english.size(); ++i) {
        EXPECT_EQ(window[i], spanishEntry(english[i])) << english[i];
    }
    EXPECT_EQ(spanishHandoutValues(handoutWords(readUiCatalogue("es"))), window);
}

TEST_F(SpanishHandoutTexts, HeadingsCaptionsAndContentAreSpanish) {
    const std::string name = spanishOf(structure("gluteus_medius").at("name"));
    EXPECT_EQ(handout.title, spanishEntry("Your pain: where it comes from and what helps"));
    EXPECT_EQ(handout.muscleName, name);
    EXPECT_EQ(handout.patternCaption,
              test::filledPattern(spanishEntry("Where the %s sends pain (%s)"),
                                  {name, spanishEntry("left side")}));
    EXPECT_EQ(handout.why,
              spanishOf(structure("gluteus_medius").at("texts").at("patient").at("text")));
    EXPECT_EQ(handout.otherMuscles,
              std::vector<std::string>{spanishOf(structure("piriformis").at("name"))});
    EXPECT_EQ(handout.routineName, spanishOf(routineFile().at("name")));
    EXPECT_EQ(handout.routineSummary, spanishOf(routineFile().at("summary")));
    EXPECT_EQ(handout.warmUp, spanishOf(routineFile().at("warm_up")));
    std::vector<std::string> flags;
    for (const json& flag : test::defaultContentJson("cautions.json").at("red_flags")) {
        flags.push_back(spanishOf(flag.at("text").at("text")));
    }
    std::vector<std::string> printed = handout.seeClinician;
    printed.insert(printed.end(), handout.emergency.begin(), handout.emergency.end());
    EXPECT_EQ(std::multiset<std::string>(printed.begin(), printed.end()),
              std::multiset<std::string>(flags.begin(), flags.end()));
    // Each source's evidence labels: the catalogue's plain words.
    std::set<std::string> labels;
    for (const char* english : {"textbook anatomy", "what clinicians have observed (still debated)",
                                "advice from massage practitioners", "safety advice"}) {
        labels.insert(spanishEntry(english));
    }
    ASSERT_FALSE(handout.sources.empty());
    for (const auto& source : handout.sources) {
        std::string rest = source.labels;
        for (std::size_t at = 0; at != std::string::npos;) {
            const std::size_t end = rest.find("; ", at);
            EXPECT_TRUE(labels.count(rest.substr(at, end - at)))
                << source.citation << ": " << rest.substr(at, end - at);
            at = end == std::string::npos ? end : end + 2;
        }
    }
}

TEST_F(SpanishHandoutTexts, TheDosageIsInSpanish) {
    // The routine's: the catalogue's sentence with the player's minutes.
    const RoutinePlayer player(content, *routine, true);
    EXPECT_EQ(handout.dosage,
              test::filledPattern(
                  spanishEntry("about %d min a side (the steps' times), a few times a week"),
                  {std::to_string(int(player.dosage().minutesPerSide))}));
    // Each step that holds and repeats: "mantenga 20-30 s, 1-3 veces" from the catalogue and
    // the placement's ranges in techniques.json.
    const json& steps = routineFile().at("steps");
    ASSERT_EQ(handout.steps.size(), steps.size());
    int holds = 0;
    for (const auto& step : handout.steps) {
        const json& placement =
            spanishHandoutPlacement(steps.at(std::size_t(step.number - 1)).at("placement"));
        EXPECT_FALSE(step.dosage.empty()) << step.number;
        if (!placement.contains("hold_s") || !placement.contains("repetitions") ||
            placement.contains("stroke_s") || placement.contains("duration_s")) {
            continue;
        }
        ++holds;
        EXPECT_EQ(step.dosage,
                  test::filledPattern(spanishEntry("hold %s"),
                                      {spanishHandoutRange(placement["hold_s"]) + " s"}) +
                      ", " +
                      test::filledPattern(spanishEntry("%s times"),
                                          {spanishHandoutRange(placement["repetitions"])}))
            << step.number;
    }
    EXPECT_GE(holds, 3);
}

TEST_F(SpanishHandoutTexts, NoEnglishWordsOfTheHandoutAreLeft) {
    const std::string all = allTexts();
    for (const char* english :
         {"Your pain", "Where the ", "sends pain", "left side", "Your therapist", "about ",
          "min a side", "a few times", "hold ", " times", "a stroke", "a circle", "in all",
          "textbook", "clinicians", "advice"}) {
        EXPECT_FALSE(test::contains(all, english)) << "\"" << english << "\" in:\n" << all;
    }
}

bool spanishHandoutHave(const char* tool) {
    return std::system((std::string("command -v ") + tool + " >/dev/null 2>&1").c_str()) == 0;
}

// pdftotext's lines joined with single spaces: where the page breaks a line does not matter.
std::string spanishHandoutCollapsed(const std::string& text) {
    std::string out;
    for (char c : text) {
        const bool space = std::isspace(static_cast<unsigned char>(c));
        if (!(space && (out.empty() || out.back() == ' '))) {
            out += space ? ' ' : c;
        }
    }
    return out;
}

TEST_F(SpanishHandoutTexts, ThePdfPagesPrintTheSpanishHeadingsAndLegends) {
    if (!spanishHandoutHave("pdftotext")) {
        GTEST_SKIP() << "poppler-utils (pdftotext) is not installed";
    }
    const auto dir = test::scratchDir();
    test::writeFile(dir / "es.pdf", handoutPdf(handout, Paper::A4, words));
    ASSERT_EQ(std::system(("pdftotext -raw '" + (dir / "es.pdf").string() + "' '" +
                           (dir / "es.txt").string() + "'")
                              .c_str()),
              0);
    const std::string text = spanishHandoutCollapsed(test::readText(dir / "es.txt"));
    const std::string name = spanishOf(structure("gluteus_medius").at("name"));
    for (const std::string& spanish :
         {spanishEntry("Your pain: where it comes from and what helps"),
          spanishEntry("What is likely causing it"),
          test::filledPattern(spanishEntry("Most likely: the %s."), {name}),
          test::filledPattern(spanishEntry("What helps: %s"),
                              {spanishOf(routineFile().at("name"))}),
          test::filledPattern(spanishEntry("How much: %s."), {handout.dosage}),
          spanishEntry("Take care"), spanishEntry("When to see a doctor"),
          spanishEntry("Stop and see your doctor or therapist if any of these apply:"),
          spanishEntry("Get emergency care now if:"), spanishEntry("Where this comes from"),
          spanishEntry("Where the pain is usually felt"), spanishEntry("Where it can spread"),
          spanishEntry("Where you feel it"),
          spanishEntry("Amber band: a nerve runs here. Do not press and hold on it."),
          spanishEntry("Blue-grey: bone close under the skin. No direct pressure.")}) {
        EXPECT_TRUE(test::contains(text, spanishHandoutCollapsed(spanish))) << spanish;
    }
    for (const char* english :
         {"Your pain", "What is likely causing it", "Most likely", "What helps", "How much",
          "Before you start", "Take care", "When to see a doctor", "Stop and see",
          "Get emergency care", "Where this comes from", "Where the pain", "Where it can spread",
          "Where you feel it", "Amber band", "Blue-grey", "hold ", " times"}) {
        EXPECT_FALSE(test::contains(text, english)) << english;
    }
}

} // namespace
} // namespace glutea
