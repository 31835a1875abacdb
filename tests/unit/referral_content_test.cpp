// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// The referral pictures on the default atlas and content: one trigger point paints only the zones
// that list it; captions in the patient register are plain; --pain-at points parse or fail clearly.
#include <regex>
#include <set>

#include <gtest/gtest.h>

#include "anatomy/content_loader.h"
#include "anatomy/referral_captions.h"
#include "anatomy/referral_choice.h"
#include "anatomy/trigger_point_sites.h"
#include "atlas_fixture.h"
#include "base/error.h"
#include "content_test_support.h"

namespace glutea {
namespace {

const ReferralFields& defaultFields() {
    static const ReferralFields fields =
        ReferralFields::compute(test::defaultAtlas(), test::defaultContent(),
                                triggerPointLocator(test::defaultAtlas(), test::defaultContent()));
    return fields;
}

// Per skin vertex, the largest weight of the pattern's zones of `kind` that list `tp`, computed
// from the zone fields directly (not through paint()).
std::vector<float> fedWeights(const PatternField& field, const std::string& tp, ZoneKind kind,
                              bool fed) {
    std::vector<float> w;
    for (const ZoneField& z : field.zones) {
        if (z.zone->kind != kind) {
            continue;
        }
        const bool lists =
            std::find(z.zone->fromTriggerPoints.begin(), z.zone->fromTriggerPoints.end(), tp) !=
            z.zone->fromTriggerPoints.end();
        if (lists != fed) {
            continue;
        }
        w.resize(z.weight.size(), 0.0f);
        for (std::size_t i = 0; i < z.weight.size(); ++i) {
            w[i] = std::max(w[i], z.weight[i]);
        }
    }
    return w;
}

TEST(ReferralContent, OneTriggerPointPaintsOnlyItsZones) {
    const ReferralFields& fields = defaultFields();
    ASSERT_FALSE(fields.empty());
    const PatternField* gmin = fields.find("gluteus_minimus", Side::Left);
    ASSERT_NE(gmin, nullptr);
    for (const TriggerPoint& tp : gmin->pattern->triggerPoints) {
        const ReferralPicture one = referralPicture(test::defaultAtlas(), fields, *gmin, tp.id);
        EXPECT_EQ(one.sites.size(), 1u) << tp.id;
        for (ZoneKind kind : {ZoneKind::Essential, ZoneKind::Spillover}) {
            const int channel = kind == ZoneKind::Essential ? 0 : 1;
            const auto own = fedWeights(*gmin, tp.id, kind, true);
            const auto other = fedWeights(*gmin, tp.id, kind, false);
            long painted = 0, outsideOwn = 0, onOther = 0;
            for (std::size_t i = 0; i < one.paint.size(); ++i) {
                const float v = one.paint[i][channel];
                const float mine = i < own.size() ? own[i] : 0.0f;
                painted += v > 0.0f;
                outsideOwn += v > mine + 1e-4f; // more paint than its own zones give
                onOther += (i < other.size() && other[i] >= 0.99f && mine <= 0.0f && v > 0.0f);
            }
            EXPECT_GT(painted, 50) << tp.id << " paints nothing of kind " << channel;
            EXPECT_EQ(outsideOwn, 0) << tp.id;
            EXPECT_EQ(onOther, 0) << tp.id << ": the other trigger point's zone is painted";
        }
    }
}

TEST(ReferralContent, MinimusFramingReachesTheAnkleAndLooksFromBehindAndTheSide) {
    const ReferralFields& fields = defaultFields();
    const PatternField* gmin = fields.find("gluteus_minimus", Side::Left);
    ASSERT_NE(gmin, nullptr);
    const ReferralPicture all = referralPicture(test::defaultAtlas(), fields, *gmin);
    // The pattern runs to the ankle: the bounds reach far below the knee.
    EXPECT_LT(all.bounds.min.y, -0.6f);
    const glm::vec2 yp = referralYawPitch(all);
    // Behind (yaw 180) and to the left side (yaw 90): between them.
    EXPECT_GT(yp.x, 95.0f);
    EXPECT_LT(yp.x, 175.0f);
}

TEST(ReferralContent, PatientCaptionsArePlainAndShort) {
    // Words a patient would not know (anatomy Latin and abbreviations).
    const std::regex latin(
        "sacr|ilia|glute|coccy|trochant|ischi|femor|fibul|tibi|piriform|myofasc|radicul|ASIS|"
        "PSIS|TrP|lateral|medial|posterior|anterior|proximal|distal",
        std::regex::icase);
    for (const ReferralPattern& p : test::defaultContent().referralPatterns) {
        const std::string text = referralCaption(p, {}, CaptionRegister::Patient);
        EXPECT_FALSE(std::regex_search(text, latin)) << p.id << ": " << text;
        const long sentences = std::count(text.begin(), text.end(), '.');
        EXPECT_GE(sentences, 1) << p.id;
        EXPECT_LE(sentences, 2) << p.id << ": " << text;
        EXPECT_NE(text, p.summary.text.get()) << p.id << ": the content's own (technical) summary";
        for (std::size_t i = 0; i < p.triggerPoints.size(); ++i) {
            EXPECT_FALSE(
                std::regex_search(triggerPointLabel(p, i, CaptionRegister::Patient), latin));
        }
    }
}

TEST(ReferralContent, NerveCaptionSaysHowItDiffersAndToSeeAClinician) {
    const ReferralPattern* sciatic = test::defaultContent().findReferral("sciatic_nerve");
    ASSERT_NE(sciatic, nullptr);
    for (auto reg :
         {CaptionRegister::Patient, CaptionRegister::Student, CaptionRegister::Therapist}) {
        const std::string text = referralCaption(*sciatic, {}, reg);
        EXPECT_TRUE(std::regex_search(text, std::regex("muscle ache|trigger point")))
            << text; // the difference from a trigger point's ache
        EXPECT_TRUE(std::regex_search(text, std::regex("doctor|physiotherapist|clinic"))) << text;
    }
}

TEST(ReferralContent, PainPointsParseOrNameTheOption) {
    const auto points = parsePoints("0.1,-0.2,0.03; -0.1,0,1e-2", "--pain-at");
    ASSERT_EQ(points.size(), 2u);
    EXPECT_FLOAT_EQ(points[0].y, -0.2f);
    EXPECT_FLOAT_EQ(points[1].z, 0.01f);
    for (const char* bad : {"", "1,2", "1,2,3,4", "a,b,c", "1;2;3"}) {
        try {
            parsePoints(bad, "--pain-at");
            ADD_FAILURE() << "accepted \"" << bad << "\"";
        } catch (const Error& e) {
            EXPECT_NE(std::string(e.what()).find("--pain-at"), std::string::npos) << e.what();
        }
    }
}

} // namespace
} // namespace glutea
