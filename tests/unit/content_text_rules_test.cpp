// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// The content's words: the jargon list and sentence rule for patient texts, every patient-facing
// kind of content having a patient text, routines' red flags and screening read from content,
// text-data agreement (hold times, tools), and content ahead of the model. Broken copies of the
// default content give each rule's message at its place.
#include <algorithm>
#include <regex>
#include <set>

#include <gtest/gtest.h>

#include "anatomy/content_loader.h"
#include "anatomy/content_plain_language.h"
#include "anatomy/content_validator.h"
#include "anatomy/convention_ids.h"
#include "anatomy/routine_player.h"
#include "anatomy/zone_field.h"
#include "atlas_fixture.h"
#include "content_test_support.h"

namespace glutea {
namespace {

using test::at;
using test::copyDefaultContent;
using test::positionOf;
using test::problemsOf;
using test::replaceOnce;

TEST(PlainLanguage, FlagsJargonAtTheStartOfAWordOnly) {
    EXPECT_TRUE(plainLanguageProblems("The big nerve runs down the back of your leg.").empty());
    const auto femoral = plainLanguageProblems("Pain in the femoral region.");
    ASSERT_EQ(femoral.size(), 1u);
    EXPECT_EQ(femoral[0], "uses the word \"femoral\"");
    // A stem catches its derived words; a word containing it elsewhere is not flagged.
    EXPECT_EQ(plainLanguageProblems("Trochanteric pain.").size(), 1u);
    EXPECT_TRUE(plainLanguageProblems("A unilateral ache.").empty());
    // Phrases of the list are found as phrases, case-insensitively.
    const auto guarding = plainLanguageProblems("It eases Muscle Guarding.");
    EXPECT_NE(std::find(guarding.begin(), guarding.end(), "uses the word \"muscle guarding\""),
              guarding.end());
    for (const char* word : {"popliteal", "spinous", "ischial", "gluteal cleft", "deep friction",
                             "proximal", "distal"}) {
        EXPECT_NE(std::find(patientJargon().begin(), patientJargon().end(), word),
                  patientJargon().end())
            << word;
        EXPECT_FALSE(plainLanguageProblems(std::string("Near the ") + word + " part.").empty())
            << word;
    }
}

TEST(PlainLanguage, LongSentencesAreCountedPerSentence) {
    std::string longSentence;
    for (int i = 0; i < 26; ++i) {
        longSentence += "word ";
    }
    longSentence += "end.";
    const auto problems = plainLanguageProblems(longSentence + " Short one.");
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0], "a sentence has 27 words (at most 25)");
    // Two sentences of 14 words each are fine though 28 in all.
    std::string two;
    for (int s = 0; s < 2; ++s) {
        for (int i = 0; i < 13; ++i) {
            two += "word ";
        }
        two += "end. ";
    }
    EXPECT_TRUE(plainLanguageProblems(two).empty());
}

// Every text the content shows a patient, gathered here independently of the validator.
std::vector<std::pair<std::string, std::string>> patientTexts(const Content& c) {
    std::vector<std::pair<std::string, std::string>> out;
    auto add = [&](const std::string& where, const RegisterTexts& t) {
        if (auto it = t.find("patient"); it != t.end()) {
            out.emplace_back(where, it->second.text.get());
        }
    };
    for (const auto& s : c.structures) {
        add(s.id, s.texts);
        for (const auto& n : s.patientNotes) {
            out.emplace_back(s.id + " note", n.text.get());
        }
    }
    for (const auto& d : c.conditions) {
        add(d.id, d.texts);
    }
    for (const auto& p : c.referralPatterns) {
        add(p.id, p.texts);
        for (const auto& z : p.zones) {
            add(z.id, z.texts);
        }
    }
    for (const auto& z : c.cautionZones) {
        add(z.id, z.texts);
        out.emplace_back(z.id + " name", z.patientName.get());
    }
    for (const auto& f : c.redFlags) {
        out.emplace_back(f.id, f.text.text.get());
    }
    for (const auto& p : c.principles) {
        out.emplace_back(p.id, p.text.text.get());
    }
    for (const auto& t : c.techniques) {
        add(t.id, t.texts);
        for (const auto& s : t.patientSteps) {
            out.emplace_back(t.id + " step", s.get());
        }
        out.emplace_back(t.id + " position", t.patientBodyPosition.get());
        for (const auto& caution : t.patientCautions) {
            out.emplace_back(t.id + " caution", caution.text.get());
        }
    }
    for (const auto& r : c.routines) {
        add(r.id, r.texts);
        for (const auto& q : r.screening) {
            out.emplace_back(r.id + " " + q.id, q.question.get() + " " + q.ifYes.get());
        }
    }
    for (const auto& t : c.clinicalTests) {
        add(t.id, t.texts);
    }
    for (const auto& s : c.selfCare) {
        add(s.id, s.texts);
    }
    return out;
}

TEST(ContentTexts, EveryPatientTextIsPlainAndShort) {
    const auto texts = patientTexts(test::defaultContent());
    EXPECT_GT(texts.size(), 150u); // all kinds of content contribute
    // Latin roots the jargon list does not hold as words, checked by this test alone.
    const std::regex latin("\\b(musculus|nervus|os |tractus)", std::regex::icase);
    for (const auto& [where, text] : texts) {
        for (const auto& problem : plainLanguageProblems(text)) {
            ADD_FAILURE() << where << ": " << problem << ": " << text;
        }
        EXPECT_FALSE(std::regex_search(text, latin)) << where << ": " << text;
        std::size_t words = 0;
        for (std::size_t i = 0; i < text.size(); ++i) {
            words += text[i] != ' ' && (i == 0 || text[i - 1] == ' ');
        }
        EXPECT_LE(words, 60u) << where;
    }
}

TEST(ContentTexts, EveryPatientFacingKindHasAPatientText) {
    const Content& c = test::defaultContent();
    auto has = [](const RegisterTexts& t) { return t.count("patient") == 1; };
    for (const auto& d : c.conditions) {
        EXPECT_TRUE(has(d.texts)) << d.id;
    }
    for (const auto& p : c.referralPatterns) {
        EXPECT_TRUE(has(p.texts)) << p.id;
        for (const auto& z : p.zones) {
            EXPECT_TRUE(has(z.texts)) << z.id;
        }
    }
    for (const auto& z : c.cautionZones) {
        EXPECT_TRUE(has(z.texts)) << z.id;
    }
    for (const auto& t : c.techniques) {
        EXPECT_TRUE(has(t.texts)) << t.id;
    }
    for (const auto& r : c.routines) {
        EXPECT_TRUE(has(r.texts)) << r.id;
        EXPECT_FALSE(r.redFlags.empty()) << r.id;
    }
}

// The patient register shows patient_cautions instead of cautions: dropping one, or giving it
// another evidence label, is reported.
TEST(ContentTexts, PatientCautionsRestateTheCautionsOneForOne) {
    const Content& c = test::defaultContent();
    for (const auto& t : c.techniques) {
        EXPECT_EQ(t.patientCautions.size(), t.cautions.size()) << t.id;
        EXPECT_FALSE(t.patientBodyPosition.get().empty()) << t.id;
    }
    const auto dir = copyDefaultContent();
    const auto file = dir / "techniques.json";
    std::string text = test::readText(file);
    const auto start = text.find("\"patient_cautions\": [", text.find("\"id\": \"effleurage\""));
    ASSERT_NE(start, std::string::npos);
    const auto end = text.find("],", start) + 2;
    text.replace(start, end - start, "\"patient_cautions\": [],");
    test::writeFile(file, text);
    const std::string problems = problemsOf(dir);
    EXPECT_NE(problems.find("has 0 patient cautions for 1 cautions: each caution needs its "
                            "plain-words version, in the same order (at "
                            "/techniques/0/patient_cautions)"),
              std::string::npos)
        << problems;
}

TEST(ContentTexts, PatientCautionWithAnotherEvidenceOrJargonIsReported) {
    const auto dir = copyDefaultContent();
    const auto file = dir / "techniques.json";
    std::string text = test::readText(file);
    const auto list = text.find("\"patient_cautions\": [", text.find("\"id\": \"effleurage\""));
    ASSERT_NE(list, std::string::npos);
    const auto evidence = text.find("\"evidence\": \"safety\"", list);
    text.replace(evidence, std::string("\"evidence\": \"safety\"").size(),
                 "\"evidence\": \"anatomy\"");
    const auto en = text.find("{\"en\": \"", list) + std::string("{\"en\": \"").size();
    text.insert(en, "Mind the greater trochanter. ");
    test::writeFile(file, text);
    const std::string problems = problemsOf(dir);
    EXPECT_NE(problems.find("restates caution 0 with another source or evidence label: keep both "
                            "the same (at /techniques/0/patient_cautions/0)"),
              std::string::npos)
        << problems;
    EXPECT_NE(problems.find("patient text uses the word \"trochanter\" (say it in everyday words) "
                            "(at /techniques/0/patient_cautions/0/text/en)"),
              std::string::npos)
        << problems;
}

TEST(ContentTexts, MissingPatientTextIsReported) {
    const auto dir = copyDefaultContent();
    const auto file = dir / "conditions.json";
    replaceOnce(file,
                "\"texts\": {\"patient\": {\"text\": {\"en\": \"A broken bone at the hip, usually "
                "after a fall. It is very painful and you may not be able to stand. Get medical "
                "help at once.\", \"es\": \"Un hueso roto en la cadera, normalmente después de "
                "una caída. Duele mucho y puede que usted no consiga ponerse de pie. Busque ayuda "
                "médica de inmediato.\"}, \"source\": \"red_flag_guidance\", \"evidence\": "
                "\"safety\"}},",
                "");
    EXPECT_EQ(problemsOf(dir), at(file, "{\n      \"id\": \"hip_fracture\"") +
                                   "has no patient text (\"texts\": {\"patient\": ...}): every "
                                   "text shown to a patient needs one in plain words (at "
                                   "/conditions/11)");
}

TEST(ContentTexts, JargonInAPatientTextIsReportedWhereItIs) {
    const auto dir = copyDefaultContent();
    const auto file = dir / "cautions.json";
    replaceOnce(file, "Do not press there.\"", "Do not press on the popliteal fossa.\"");
    const std::string problems = problemsOf(dir);
    EXPECT_NE(problems.find("patient text uses the word \"popliteal\" (say it in everyday words) "
                            "(at /zones/6/texts/patient/text/en)"),
              std::string::npos)
        << problems;
}

TEST(ContentTexts, RoutineWithoutRedFlagsAndUnknownScreeningFlag) {
    const auto dir = copyDefaultContent();
    const auto file = dir / "routines.json";
    const std::string text = test::readText(file);
    const auto start = text.find("\"red_flags\": [", text.find("\"id\": \"hip_pain\""));
    const auto end = text.find("],", start) + 2;
    std::string broken = text;
    broken.replace(start, end - start, "");
    test::writeFile(file, broken);
    replaceOnce(file, "\"red_flag\": \"rf_pain_below_knee\"", "\"red_flag\": \"rf_below_knee\"");
    const std::string problems = problemsOf(dir);
    EXPECT_NE(problems.find("routine \"hip_pain\" names no red flags (\"red_flags\"): every "
                            "routine shown to a patient lists the red flags to check first (at "
                            "/routines/3)"),
              std::string::npos)
        << problems;
    EXPECT_NE(problems.find(at(file, "\"rf_below_knee\"") +
                            "unknown red flag \"rf_below_knee\" (at "
                            "/routines/1/screening/2/red_flag)"),
              std::string::npos)
        << problems;
}

TEST(ContentTexts, HoldTimeInTheWordsMustMatchAPlacement) {
    const auto dir = copyDefaultContent();
    const auto file = dir / "techniques.json";
    replaceOnce(file, "{\"en\": \"Hold 20-30 seconds or until the discomfort eases by about half",
                "{\"en\": \"Hold 40-90 seconds or until the discomfort eases by about half");
    EXPECT_EQ(problemsOf(dir), at(file, "\"Hold 40-90 seconds") +
                                   "the text says hold 40-90 s but no placement of technique "
                                   "\"trigger_point_compression\" has that hold_s (at "
                                   "/techniques/3/steps/2/en)");
}

TEST(ContentTexts, ABodyToolInTheStepsMustBeAmongTheTools) {
    const auto dir = copyDefaultContent();
    const auto file = dir / "techniques.json";
    replaceOnce(file, "with the knuckles or elbow just below the iliac crest",
                "with the knuckles or forearm just below the iliac crest");
    EXPECT_EQ(problemsOf(dir), at(file, "\"Sink in slowly") +
                                   "the step names \"forearm\" but technique \"deep_tissue\" "
                                   "does not list it among its tools (at "
                                   "/techniques/2/steps/1/en)");
}

// The default atlas has every structure of docs/CONVENTIONS.md; an atlas without the quadratus
// lumborum (an older model's, or a user's atlas of scans) stands in for one that lacks some.
KnownIds idsWithoutQuadratusLumborum() {
    KnownIds ids = conventionIds();
    ids.structures.erase("quadratus_lumborum");
    return ids;
}

TEST(ContentAheadOfModel, PlannedStructuresAreNotesUnplannedOnesAreErrors) {
    const Content& c = test::defaultContent();
    EXPECT_TRUE(structuresAheadOfModel(c, conventionIds()).empty());
    const auto ahead = structuresAheadOfModel(c, idsWithoutQuadratusLumborum());
    EXPECT_EQ(ahead, std::vector<std::string>{"quadratus_lumborum"});
    // A structure neither in the atlas nor planned is an error (and the atlas's own one, whose
    // entry it was, is reported missing).
    const auto dir = copyDefaultContent();
    const auto file = dir / "structures.json";
    replaceOnce(file, "\"id\": \"pudendal_nerve\"", "\"id\": \"pudendal_nerv\"");
    const std::string problems = problemsOf(dir);
    const std::string unknown =
        at(file, "\"pudendal_nerv\"") +
        "unknown structure \"pudendal_nerv\": the atlas has no such structure, and "
        "docs/CONVENTIONS.md does not list it as content ahead of the model (at "
        "/structures/48/id)";
    EXPECT_NE(problems.find(unknown), std::string::npos) << problems;
    EXPECT_NE(problems.find("atlas structure \"pudendal_nerve\" has no entry in structures.json"),
              std::string::npos)
        << problems;
}

TEST(ContentAheadOfModel, AnAnchorOnAPlannedStructureNeedsTheModel) {
    const auto dir = copyDefaultContent();
    const auto file = dir / "referral.json";
    EXPECT_EQ(problemsOf(dir), ""); // the default atlas has the quadratus lumborum
    const std::string problems = problemsOf(dir, idsWithoutQuadratusLumborum());
    const std::string expected =
        at(file, "\"quadratus_lumborum\", \"from\": \"psis\"") +
        "unknown structure \"quadratus_lumborum\": the atlas has no such structure (it "
        "is content ahead of the model: anchor on landmarks) (at "
        "/patterns/5/trigger_points/1/anchor/on)";
    EXPECT_NE(problems.find(expected), std::string::npos) << problems;
}

TEST(ContentAheadOfModel, ReferralFieldsSkipPatternsOfStructuresTheModelLacks) {
    const Content& c = test::defaultContent();
    // The default atlas has every structure the content describes: an atlas without the
    // quadratus lumborum and the sacroiliac joint (as a scan's atlas may be) stands in for one
    // that lacks some.
    Atlas atlas = test::defaultAtlas();
    const std::set<std::string> removed = {"quadratus_lumborum", "sacroiliac_joint"};
    std::erase_if(atlas.parts,
                  [&](const StructurePart& p) { return removed.count(p.structureId) > 0; });
    const ReferralFields fields = ReferralFields::compute(atlas, c);
    std::vector<std::string> expected;
    for (const auto& p : c.referralPatterns) {
        if (removed.count(p.structure) > 0) {
            expected.push_back(p.id);
        }
    }
    ASSERT_EQ(expected.size(), 2u) << "the content's patterns of the two removed structures";
    EXPECT_EQ(fields.skipped(), expected);
    // Every other pattern is resolved on both sides; the radicular ones among them.
    EXPECT_EQ(fields.patterns().size(), 2 * (c.referralPatterns.size() - expected.size()));
    const bool radicular =
        std::any_of(fields.patterns().begin(), fields.patterns().end(),
                    [](const PatternField& f) { return f.pattern->kind == "radicular"; });
    EXPECT_TRUE(radicular);
    // On the default atlas itself nothing is skipped.
    EXPECT_TRUE(ReferralFields::compute(test::defaultAtlas(), c).skipped().empty());
}

TEST(RoutineContent, ScreeningQuestionsAndRedFlagsComeFromTheContent) {
    const Content& c = test::defaultContent();
    const Routine* r = nullptr;
    for (const auto& routine : c.routines) {
        if (routine.id == "piriformis_sciatic_like") {
            r = &routine;
        }
    }
    ASSERT_NE(r, nullptr);
    ASSERT_EQ(r->screening.size(), 4u);
    RoutinePlayer p(c, *r, true);
    ASSERT_EQ(p.questions().size(), r->screening.size());
    for (std::size_t i = 0; i < r->screening.size(); ++i) {
        EXPECT_EQ(p.questions()[i].question, r->screening[i].question.get());
        const RedFlag* flag = c.findRedFlag(r->screening[i].redFlag);
        ASSERT_NE(flag, nullptr);
        EXPECT_EQ(p.questions()[i].emergency, flag->action == RedFlagAction::Emergency);
    }
    // Numbness, weakness, pain below the knee, bladder or bowel: the four.
    EXPECT_NE(r->screening[0].question.get().find("numbness"), std::string::npos);
    EXPECT_NE(r->screening[1].question.get().find("weak"), std::string::npos);
    EXPECT_NE(r->screening[2].question.get().find("below the knee"), std::string::npos);
    EXPECT_NE(r->screening[3].question.get().find("bladder"), std::string::npos);
    p.answer(0, true);
    EXPECT_EQ(p.state(), RoutineState::Ended);
    EXPECT_EQ(p.endAdvice(), r->screening[0].ifYes.get() + " " +
                                 c.findRedFlag(r->screening[0].redFlag)->text.text.get());
}

} // namespace
} // namespace glutea
