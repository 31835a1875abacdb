// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// Cross-reference checks on broken copies of the default content: each gives its exact message,
// and several problems in one run are all reported.
#include <algorithm>

#include <gtest/gtest.h>

#include "anatomy/content_loader.h"
#include "anatomy/content_validator.h"
#include "anatomy/convention_ids.h"
#include "base/error.h"
#include "content_test_support.h"

namespace glutea {
namespace {

using test::at;
using test::copyDefaultContent;
using test::positionOf;
using test::problemsOf;
using test::replaceOnce;

TEST(ContentValidator, DefaultContentIsClean) {
    EXPECT_EQ(problemsOf(test::defaultContentDir()), "");
}

TEST(ContentValidator, UnknownLandmark) {
    const auto dir = copyDefaultContent();
    const auto file = dir / "referral.json";
    replaceOnce(file,
                "\"from\": \"ischial_tuberosity\", \"toward\": \"superior\", \"distance_cm\": 4}",
                "\"from\": \"ischial_tuberosty\", \"toward\": \"superior\", \"distance_cm\": 4}");
    EXPECT_EQ(problemsOf(dir), at(file, "\"ischial_tuberosty\"") +
                                   "unknown landmark \"ischial_tuberosty\": the atlas has no such "
                                   "landmark (at /patterns/0/trigger_points/1/anchor/from)");
}

TEST(ContentValidator, SidedLandmarkIdsAreRejected) {
    // Content is side-agnostic: "psis_l" is not a content landmark even though the atlas has it.
    KnownIds ids = conventionIds();
    EXPECT_TRUE(ids.hasLandmark("psis"));
    EXPECT_TRUE(ids.hasLandmark("coccyx_tip"));
    EXPECT_FALSE(ids.hasLandmark("coccyx"));
    EXPECT_TRUE(ids.hasLandmark("psis_l")); // the atlas id itself
    ids.landmarks.erase("psis_r");
    EXPECT_FALSE(ids.hasLandmark("psis")); // one side only is not enough
}

TEST(ContentValidator, DuplicateIdNamesTheFirstDefinition) {
    const auto dir = copyDefaultContent();
    const auto file = dir / "techniques.json";
    replaceOnce(file, "\"id\": \"kneading\"", "\"id\": \"effleurage\"");
    const std::string text = test::readText(file);
    const auto second = text.find("\"effleurage\"", text.find("\"effleurage\"") + 1);
    const auto line = std::count(text.begin(), text.begin() + static_cast<long>(second), '\n') + 1;
    const auto column = second - text.rfind('\n', second);
    EXPECT_EQ(problemsOf(dir),
              file.string() + ":" + std::to_string(line) + ":" + std::to_string(column) +
                  ": duplicate technique id \"effleurage\" (first defined at " + file.string() +
                  ":" + positionOf(file, "\"effleurage\"") + ") (at /techniques/1/id)");
}

TEST(ContentValidator, SustainedPlacementInACautionZone) {
    const auto dir = copyDefaultContent();
    const auto file = dir / "techniques.json";
    // Move the ball from below the iliac crest to 1 cm above the sitting bone.
    replaceOnce(file,
                "\"point\": {\"on\": \"gluteus_medius\", \"blend\": [{\"landmark\": "
                "\"iliac_crest_posterior\", \"weight\": 0.5}, {\"landmark\": \"iliac_crest_top\", "
                "\"weight\": 0.5}], \"toward\": \"inferior\", \"distance_cm\": 3}},\n        "
                "{\"id\": \"mbf_gmax_parasacral\"",
                "\"point\": {\"on\": \"gluteus_medius\", \"from\": \"ischial_tuberosity\", "
                "\"toward\": \"superior\", \"distance_cm\": 1}},\n        {\"id\": "
                "\"mbf_gmax_parasacral\"");
    EXPECT_EQ(problemsOf(dir),
              at(file, "{\"on\": \"gluteus_medius\", \"from\": \"ischial_tuberosity\"") +
                  "sustained-pressure placement \"mbf_gmed_point\" is inside caution zone "
                  "\"caution_ischial_tuberosity\" (about 1 cm from its anchor at "
                  "ischial_tuberosity, which reaches 3 cm) (at /techniques/7/placements/0/point)");
}

TEST(ContentValidator, NonSustainedPlacementMayCrossACautionZone) {
    const auto dir = copyDefaultContent();
    const auto file = dir / "techniques.json";
    // Light effleurage may glide over the sitting bone; only held pressure is forbidden there.
    replaceOnce(file,
                "{\"on\": \"gluteus_maximus\", \"from\": \"sacral_border_upper\", \"toward\": "
                "\"lateral\", \"distance_cm\": 3},\n           {\"on\": \"gluteus_maximus\", "
                "\"blend\": [{\"landmark\": \"sacral_border_upper\", \"weight\": 0.4}",
                "{\"on\": \"gluteus_maximus\", \"from\": \"ischial_tuberosity\"},\n           "
                "{\"on\": \"gluteus_maximus\", \"blend\": [{\"landmark\": \"sacral_border_upper\", "
                "\"weight\": 0.4}");
    EXPECT_EQ(problemsOf(dir), "");
}

TEST(ContentValidator, RoutineStepThatPointsNowhere) {
    const auto dir = copyDefaultContent();
    const auto file = dir / "routines.json";
    replaceOnce(file, "{\"placement\": \"pfc_gmin_area\"}", "{\"placement\": \"pfc_gmin_arena\"}");
    EXPECT_EQ(problemsOf(dir), at(file, "\"pfc_gmin_arena\"") +
                                   "routine step points nowhere: no placement \"pfc_gmin_arena\" "
                                   "(at /routines/3/steps/2/placement)");
}

TEST(ContentValidator, UnknownSourceAndStructure) {
    const auto dir = copyDefaultContent();
    const auto file = dir / "conditions.json";
    replaceOnce(
        file,
        "\"source\": \"lucas_2009\", \"evidence\": \"clinical-observation\"},\n      \"signs\"",
        "\"source\": \"lucas_2010\", \"evidence\": \"clinical-observation\"},\n      \"signs\"");
    replaceOnce(file, "\"related_structures\": [\"sciatic_nerve\", \"tibial_nerve\"",
                "\"related_structures\": [\"sciatic_nerves\", \"tibial_nerve\"");
    EXPECT_EQ(problemsOf(dir),
              at(file, "\"lucas_2010\"") +
                  "unknown source \"lucas_2010\" (at /conditions/1/what/source)\n" +
                  at(file, "\"sciatic_nerves\"") +
                  "unknown structure \"sciatic_nerves\": the atlas has no such structure (at "
                  "/conditions/4/related_structures/0)");
}

TEST(ContentValidator, PatientTextOverSixtyWords) {
    const auto dir = copyDefaultContent();
    const auto file = dir / "structures.json";
    std::string words;
    for (int i = 0; i < 61; ++i) { // short sentences: only the length of the whole is wrong
        words += std::string(i == 0 ? "word" : " word") + (i % 10 == 9 ? "." : "");
    }
    replaceOnce(file, "\"en\": \"Your tailbone: a few tiny bones",
                "\"en\": \"" + words + "\", \"de\": \"Your tailbone: a few tiny bones");
    EXPECT_EQ(problemsOf(dir), at(file, "\"word word") +
                                   "patient text has 61 words; keep it to 60 or fewer (at "
                                   "/structures/18/texts/patient/text/en)");
}

TEST(ContentValidator, ZoneWithNoShapesAnchorsToNothing) {
    const auto dir = copyDefaultContent();
    const auto file = dir / "cautions.json";
    replaceOnce(file,
                "\"shapes\": [\n        {\"shape\": \"disc\", \"radius_cm\": 4, \"center\": "
                "{\"from\": \"popliteal_fossa\"}}\n      ]",
                "\"shapes\": []");
    EXPECT_EQ(problemsOf(dir), at(file, "\"shapes\": []", 10) +
                                   "caution zone \"caution_popliteal_fossa\" has no shapes: it "
                                   "anchors to nothing (at /zones/6/shapes)");
}

TEST(ContentValidator, AtlasStructureWithoutContent) {
    const ContentLoadResult loaded = loadContent(test::defaultContentDir());
    KnownIds ids = conventionIds();
    ids.structures.insert("obturator_nerve_l");
    ids.structures.insert("obturator_nerve_r");
    const auto problems = validateContent(loaded.content, ids);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].message,
              "atlas structure \"obturator_nerve\" has no entry in structures.json");
    EXPECT_EQ(problems[0].pointer, "/structures");
}

TEST(ContentValidator, SeveralProblemsInSeveralFilesAreAllReported) {
    const auto dir = copyDefaultContent();
    const auto referral = dir / "referral.json";
    const auto techniques = dir / "techniques.json";
    const auto routines = dir / "routines.json";
    replaceOnce(referral,
                "\"from\": \"iliac_tubercle\", \"toward\": \"inferior\", \"distance_cm\": 2.5}}",
                "\"from\": \"iliac_tubercule\", \"toward\": \"inferior\", \"distance_cm\": 2.5}}");
    replaceOnce(techniques,
                "\"practitioner-advice\", \"pairs_with\": [\"stretch_seated_glute\"],\n      "
                "\"name\": {\"en\": \"Massage ball against",
                "\"practitioner-advice\", \"pairs_with\": [\"stretch_seated_glutes\"],\n      "
                "\"name\": {\"en\": \"Massage ball against");
    replaceOnce(techniques,
                "\"hold_s\": [30, 60], \"repetitions\": [1, 2],\n         \"point\": {\"on\": "
                "\"gluteus_maximus\", \"blend\": [{\"landmark\": \"psis\"",
                "\"hold_s\": \"30-60\", \"repetitions\": [1, 2],\n         \"point\": {\"on\": "
                "\"gluteus_maximus\", \"blend\": [{\"landmark\": \"psis\"");
    replaceOnce(routines,
                "{\"placement\": \"stretch_hip_flexor_front\"},\n        {\"placement\": "
                "\"stretch_fig4_piriformis\"}",
                "{\"placement\": \"stretch_hip_flexor_front\"},\n        {\"placement\": "
                "\"stretch_fig5_piriformis\"}");
    EXPECT_EQ(
        problemsOf(dir),
        at(techniques, "\"30-60\"") +
            "\"hold_s\" must be [min, max], two numbers (at /techniques/8/placements/1/hold_s)\n" +
            techniques.string() + ":" + positionOf(techniques, "{\"id\": \"mbw_gmax_upper\"") +
            ": a sustained placement needs \"hold_s\" (at /techniques/8/placements/1)\n" +
            at(referral, "\"iliac_tubercule\"") +
            "unknown landmark \"iliac_tubercule\": the atlas has no such landmark (at "
            "/patterns/1/trigger_points/2/anchor/from)\n" +
            at(techniques, "\"stretch_seated_glutes\"") +
            "unknown technique \"stretch_seated_glutes\" (at /techniques/8/pairs_with/0)\n" +
            at(routines, "\"stretch_fig5_piriformis\"") +
            "routine step points nowhere: no placement \"stretch_fig5_piriformis\" (at "
            "/routines/3/steps/7/placement)");
}

TEST(ContentValidator, LoadValidatedContentThrowsWithEveryProblem) {
    const auto dir = copyDefaultContent();
    replaceOnce(dir / "routines.json", "{\"placement\": \"pfc_gmin_area\"}",
                "{\"placement\": \"nowhere\"}");
    std::filesystem::remove(dir / "sources.json");
    try {
        loadValidatedContent(dir, conventionIds());
        FAIL() << "expected glutea::Error";
    } catch (const Error& e) {
        const std::string message = e.what();
        EXPECT_NE(message.find("sources.json:1:1: cannot read file"), std::string::npos);
        EXPECT_NE(message.find("no placement \"nowhere\""), std::string::npos);
        EXPECT_EQ(std::count(message.begin(), message.end(), '\n'), 1);
    }
    EXPECT_NO_THROW(loadValidatedContent(test::defaultContentDir(), conventionIds()));
}

} // namespace
} // namespace glutea
