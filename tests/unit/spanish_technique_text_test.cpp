// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// The technique panel in Spanish (issue 16): every word describePlacement puts around the
// content's texts (PlacementWords) is an entry of es.json with the English's conversions, and
// with the Spanish catalogue on, every placement of every technique, in every register, reads in
// Spanish: its labels, side, direction, pressure and dosage are the catalogue's, its names the
// content's "es" texts. Expectations come from the files read as plain JSON.
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "anatomy/technique_text.h"
#include "app/handout_words.h"
#include "content_test_support.h"
#include "printf_conversions.h"
#include "spanish_ui_fixture.h"
#include "ui/technique_panel.h"

namespace glutea {
namespace {

using json = nlohmann::json;

using test::spanishEntry;

TEST(SpanishTechniqueText, EveryWordIsACatalogueEntryWithTheEnglishConversions) {
    PlacementWords words;
    const std::vector<std::string*> texts = textsOf(words);
    // PlacementWords holds nothing but its texts: a member left out of textsOf (never
    // translated) shows as a size that does not add up.
    EXPECT_EQ(texts.size() * sizeof(std::string), sizeof(PlacementWords));
    EXPECT_EQ(std::set<std::string*>(texts.begin(), texts.end()).size(), texts.size());
    for (const std::string* english : texts) {
        const std::string spanish = spanishEntry(*english);
        EXPECT_FALSE(spanish.empty()) << *english;
        EXPECT_EQ(test::printfConversions(spanish), test::printfConversions(*english))
            << *english << " -> " << spanish;
    }
}

class SpanishTechniqueTexts : public test::SpanishUi {};

TEST_F(SpanishTechniqueTexts, EveryPlacementInEveryRegisterReadsInSpanish) {
    const PlacementWords words = placementWords();
    const std::string left = spanishEntry("left side");
    // What a pressure line may say: a Spanish pressure word, for therapists with how it is held.
    std::set<std::string> pressures;
    for (const char* p : {"no pressure", "light", "moderate", "firm", "deep"}) {
        pressures.insert(spanishEntry(p));
        for (const char* how : {" (sustained)", " (moving)"}) {
            pressures.insert(spanishEntry(p) + spanishEntry(how));
        }
    }
    // The label of each line, in the order StepText::lines writes them (the duration line only
    // when the placement has a duration).
    const auto prefix = [](const std::string& label) { return label.substr(0, label.find("%s")); };
    std::set<std::string> directions;
    for (const char* d :
         {"Ease into the position until the muscle feels a gentle pull, then stay still",
          "Lengthen the muscle along its fibres (arrows: the direction of pull)",
          "Keep it moving slowly over the muscle, never resting on one spot",
          "Continuous slow passes over the muscle belly; never stationary",
          "Roll slowly up and down along the marked path",
          "Roll along the path, pausing on tender spots",
          "Press still on the one spot, then let go slowly",
          "Static compression on the point; release slowly", "Along the way the muscle runs",
          "Along the fibres", "Across the muscle, a hand-width at a time", "Across the fibres",
          "In small, slow circles, moving on a little every few circles",
          "Circular, working through the area", "Still, on one spot", "Static"}) {
        directions.insert(spanishEntry(d));
    }
    const json& file = test::defaultContentJson("techniques.json").at("techniques");
    int checked = 0;
    for (const json& entry : file) {
        const Technique* t = content.findTechnique(entry.at("id").get<std::string>());
        ASSERT_NE(t, nullptr) << entry.at("id");
        const std::string name = entry.at("name").at("es").get<std::string>();
        for (const TechniquePlacement& p : t->placements) {
            for (const char* audience : {"patient", "student", "therapist"}) {
                const StepText s =
                    describePlacement(content, *t, p, Side::Left, audience, "glúteo", "es", words);
                const std::string where = t->id + "/" + p.id + " (" + audience + ")";
                EXPECT_EQ(s.title, name + " - glúteo, " + left) << where;
                EXPECT_TRUE(directions.count(s.direction)) << where << ": " << s.direction;
                EXPECT_TRUE(pressures.count(s.pressure)) << where << ": " << s.pressure;
                const std::vector<std::string> lines = s.lines();
                std::vector<std::string> labels = {"Position: %s", "Tool: %s", "Direction: %s"};
                if (!s.duration.empty()) {
                    labels.push_back("How long: %s");
                }
                labels.insert(labels.end(), {"Pressure: %s", "You should feel: %s"});
                ASSERT_EQ(lines.size(), labels.size() + 1) << where;
                for (std::size_t i = 0; i < labels.size(); ++i) {
                    EXPECT_EQ(lines[i + 1].rfind(prefix(spanishEntry(labels[i])), 0), 0u)
                        << where << ": " << lines[i + 1];
                }
                // No English word of the dosage is left around the numbers.
                for (const char* english :
                     {"hold ", "a stroke", "a circle", " in all", "per muscle", " times", " or "}) {
                    EXPECT_FALSE(test::contains(s.duration + s.tool, english))
                        << where << ": " << s.duration << " / " << s.tool;
                }
                ++checked;
            }
        }
    }
    EXPECT_GE(checked, 30); // every register of every placement (about 20 placements)
}

TEST_F(SpanishTechniqueTexts, TheRoutinesDosageIsShownWhole) {
    // The Spanish sentence is wider than the panel: it wraps instead of running out of sight.
    const std::string dosage = test::filledPattern(
        spanishEntry("about %d min a side (the steps' times), a few times a week"), {"8"});
    TechniquePanel& p = panels.technique;
    p.active = p.playing = p.routineOpen = true;
    p.viewport = {300.0f, 30.0f, 740.0f, 800.0f};
    p.routineName = "Tensión en la parte alta del glúteo";
    p.routineState = "playing";
    p.step = 1;
    p.stepCount = 6;
    p.duration = 62.0;
    p.lines = {"Amasamiento - Glúteo medio, lado izquierdo"};
    p.dosage = dosage;
    const std::string screen = draw(3);
    EXPECT_TRUE(
        test::HeadlessUi::shows(screen, test::filledPattern(spanishEntry("Dosage: %s"), {dosage})))
        << screen;
}

} // namespace
} // namespace glutea
