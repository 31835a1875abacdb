// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// The shipped content: it validates clean, covers what issue 4 asks for, and its patient texts
// read as plain words.
#include <algorithm>
#include <cctype>

#include <gtest/gtest.h>

#include "anatomy/content_loader.h"
#include "anatomy/content_validator.h"
#include "anatomy/convention_ids.h"
#include "content_test_support.h"

namespace glutea {
namespace {

TEST(ContentDefault, LoadsAndValidatesClean) {
    ContentLoadResult loaded = loadContent(test::defaultContentDir());
    EXPECT_EQ(formatProblems(loaded.problems), "");
    EXPECT_EQ(formatProblems(validateContent(loaded.content, conventionIds())), "");
}

TEST(ContentDefault, CoversTheIssue) {
    const Content& c = test::defaultContent();
    for (const char* muscle :
         {"gluteus_maximus", "gluteus_medius", "gluteus_minimus", "piriformis", "sciatic_nerve"}) {
        const ReferralPattern* p = c.findReferral(muscle);
        ASSERT_NE(p, nullptr) << muscle;
        const bool spillover = std::any_of(p->zones.begin(), p->zones.end(), [](const auto& z) {
            return z.kind == ZoneKind::Spillover;
        });
        EXPECT_TRUE(spillover) << muscle;
    }
    EXPECT_EQ(c.findReferral("sciatic_nerve")->kind, "neural");
    for (const char* id :
         {"effleurage", "kneading", "deep_tissue", "trigger_point_compression",
          "thumb_knuckle_kneading", "palm_fist_compression", "foam_roller", "massage_ball_floor",
          "massage_ball_wall", "massage_gun", "stretch_figure_four", "stretch_pigeon",
          "stretch_seated_glute", "stretch_hip_flexor"}) {
        EXPECT_NE(c.findTechnique(id), nullptr) << id;
    }
    for (const char* id :
         {"caution_sciatic_course", "caution_spine", "caution_sacrum", "caution_coccyx",
          "caution_ischial_tuberosity", "caution_greater_trochanter"}) {
        EXPECT_NE(c.findCautionZone(id), nullptr) << id;
    }
    std::size_t emergencies = 0;
    for (const auto& f : c.redFlags) {
        emergencies += f.action == RedFlagAction::Emergency ? 1 : 0;
    }
    EXPECT_GE(emergencies, 4u);
    EXPECT_EQ(c.routines.size(), 4u);
}

// Read as a patient would hear them: no Latin muscle names or anatomical direction words.
TEST(ContentDefault, PatientTextsAvoidJargon) {
    const char* jargon[] = {"gluteus",   "gluteal",   "trochanter", "piriformis", "semitendinosus",
                            "ischial",   "iliac",     "sacral",     "lateral",    "medial",
                            "anterior",  "posterior", "superior",   "inferior",   "fascia",
                            "popliteal", "innervat",  "abduct",     "referred"};
    for (const auto& s : test::defaultContent().structures) {
        std::string text = s.texts.at("patient").text.get("en");
        std::transform(text.begin(), text.end(), text.begin(),
                       [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
        for (const char* word : jargon) {
            EXPECT_EQ(text.find(word), std::string::npos) << s.id << ": " << word;
        }
    }
}

} // namespace
} // namespace glutea
