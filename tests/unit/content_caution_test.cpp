// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// Sustained pressure and caution zones: the anchor-level estimate, the geometric hook with a
// resolver, and the default content checked on the default atlas's landmarks.
#include <gtest/gtest.h>

#include "anatomy/atlas_content.h"
#include "anatomy/atlas_manifest.h"
#include "anatomy/caution_check.h"
#include "anatomy/content_loader.h"
#include "anatomy/content_plain_language.h"
#include "anatomy/content_validator.h"
#include "app/caution_title.h"
#include "content_test_support.h"

namespace glutea {
namespace {

Anchor from(const std::string& landmark, Direction toward = Direction::None, double cm = 0.0) {
    Anchor a;
    a.base = {{landmark, 1.0}};
    a.towardDirection = toward;
    a.distanceCm = cm;
    return a;
}

TEST(ContentCaution, EstimateNeedsTheSameBase) {
    EXPECT_FALSE(estimateAnchorDistanceCm(from("psis"), from("asis")));
    EXPECT_EQ(*estimateAnchorDistanceCm(from("psis"), from("psis")), 0.0);
    EXPECT_EQ(*estimateAnchorDistanceCm(from("psis", Direction::Inferior, 2), from("psis")), 2.0);
    // Anatomical directions are exact: 3 cm down and 4 cm lateral are 5 cm apart.
    EXPECT_DOUBLE_EQ(*estimateAnchorDistanceCm(from("psis", Direction::Inferior, 3),
                                               from("psis", Direction::Lateral, 4)),
                     5.0);
    // Toward different landmarks only the lower bound is known.
    Anchor a = from("psis");
    a.towardLandmark = "asis";
    a.distanceCm = 5;
    EXPECT_EQ(*estimateAnchorDistanceCm(a, from("psis", Direction::Inferior, 2)), 3.0);
}

TEST(ContentCaution, BlendsCompareByNormalisedWeights) {
    Anchor a;
    a.isBlend = true;
    a.base = {{"psis", 1.0}, {"greater_trochanter", 1.0}};
    Anchor b;
    b.isBlend = true;
    b.base = {{"greater_trochanter", 0.5}, {"psis", 0.5}};
    EXPECT_EQ(*estimateAnchorDistanceCm(a, b), 0.0);
    b.base[0].weight = 0.6;
    EXPECT_FALSE(estimateAnchorDistanceCm(a, b));
}

// A resolver on a flat sheet: landmarks at fixed points, directions along the axes.
SkinPointResolver flatResolver() {
    return [](const Anchor& a) -> std::optional<glm::vec3> {
        const std::map<std::string, glm::vec3> points = {
            {"a", {0, 0, 0}}, {"b", {0.1f, 0, 0}}, {"c", {0, 0.1f, 0}}, {"d", {0.1f, 0.1f, 0}}};
        glm::vec3 p(0.0f);
        for (const auto& w : a.base) {
            auto it = points.find(w.landmark);
            if (it == points.end()) {
                return std::nullopt;
            }
            p += static_cast<float>(w.weight) * it->second;
        }
        if (a.towardDirection == Direction::Superior) {
            p.y += static_cast<float>(a.distanceCm) * 0.01f;
        }
        return p;
    };
}

TEST(ContentCaution, DistanceToEachShapeKind) {
    const auto resolve = flatResolver();
    Shape disc;
    disc.kind = ShapeKind::Disc;
    disc.center = from("a");
    disc.radiusCm = 3;
    EXPECT_FLOAT_EQ(*distanceToShape(disc, {0.05f, 0, 0}, resolve), 0.02f);
    EXPECT_FLOAT_EQ(*distanceToShape(disc, {0.01f, 0, 0}, resolve), 0.0f);

    Shape corridor;
    corridor.kind = ShapeKind::Corridor;
    corridor.points = {from("a"), from("b")};
    corridor.widthCm = 4;
    EXPECT_NEAR(*distanceToShape(corridor, {0.05f, 0.05f, 0}, resolve), 0.03f, 1e-6f);

    Shape polygon;
    polygon.kind = ShapeKind::Polygon;
    polygon.points = {from("a"), from("b"), from("d"), from("c")};
    EXPECT_FLOAT_EQ(*distanceToShape(polygon, {0.05f, 0.05f, 0}, resolve), 0.0f);
    EXPECT_NEAR(*distanceToShape(polygon, {0.15f, 0.05f, 0}, resolve), 0.05f, 1e-6f);

    Shape ellipse;
    ellipse.kind = ShapeKind::Ellipse;
    ellipse.center = from("a");
    ellipse.majorRadiusCm = 5;
    ellipse.minorRadiusCm = 2;
    ellipse.majorTowardLandmark = "b";
    EXPECT_FLOAT_EQ(*distanceToShape(ellipse, {0.04f, 0, 0}, resolve), 0.0f);
    EXPECT_NEAR(*distanceToShape(ellipse, {0, 0.04f, 0}, resolve), 0.02f, 1e-6f);

    Shape unknown = disc;
    unknown.center = from("nowhere");
    EXPECT_FALSE(distanceToShape(unknown, {0, 0, 0}, resolve));
}

TEST(ContentCaution, SkinHookReportsSustainedPlacementsInsideAZone) {
    ContentLoadResult loaded = loadContent(test::defaultContentDir());
    Content& content = loaded.content;
    // Resolve every anchor to the same point: every sustained placement is then inside every
    // zone that resolves, and non-sustained ones are never reported.
    const SkinPointResolver everywhere = [](const Anchor&) { return glm::vec3(0.0f); };
    const auto problems = checkSustainedPlacementsOnSkin(content, everywhere, "left");
    std::size_t sustainedAnchors = 0;
    for (const auto& t : content.techniques) {
        for (const auto& p : t.placements) {
            sustainedAnchors += p.sustained ? p.anchors().size() : 0;
        }
    }
    EXPECT_EQ(problems.size(), sustainedAnchors * content.cautionZones.size());
    ASSERT_FALSE(problems.empty());
    EXPECT_NE(problems[0].message.find("on the left side of the atlas"), std::string::npos);
}

// The default content against the default atlas: its real structure and landmark ids, and its
// sustained placements resolved on the landmarks' skin points, on both sides.
TEST(ContentCaution, DefaultContentOnTheDefaultAtlas) {
    const auto atlasDir = test::sourceDir() / "assets" / "atlas";
    const AtlasManifest manifest = loadAtlasManifest(atlasDir);
    const Landmarks landmarks = loadLandmarks(atlasDir / manifest.landmarksFile);
    const ContentLoadResult loaded = loadContent(atlasDir / "content");
    EXPECT_EQ(formatProblems(validateContent(loaded.content, knownIdsOf(manifest, landmarks))), "");
    for (Side side : {Side::Left, Side::Right}) {
        for (LandmarkPoint use : {LandmarkPoint::Skin, LandmarkPoint::Position}) {
            const auto problems = checkSustainedPlacementsOnSkin(
                loaded.content, landmarkSkinResolver(landmarks, side, use),
                std::string(toString(side)));
            EXPECT_EQ(formatProblems(problems), "")
                << (use == LandmarkPoint::Skin ? "skin" : "bone");
        }
    }
}

// A caution label on the body reads, for a patient, in everyday words; for a therapist, in the
// zone's anatomical name ("Greater trochanter: no sustained pressure").
TEST(CautionZones, PatientLabelsUseEverydayNames) {
    std::size_t renamed = 0;
    for (const auto& z : test::defaultContent().cautionZones) {
        const std::string plain = cautionTitle(z, true);
        const std::string clinical = cautionTitle(z, false);
        EXPECT_TRUE(plainLanguageProblems(plain).empty()) << z.id << ": " << plain;
        EXPECT_EQ(clinical.rfind(z.name.get(), 0), 0u) << clinical;
        EXPECT_NE(plain.find(": no "), std::string::npos) << plain; // the rule stays
        renamed += plain != clinical;
        if (!plainLanguageProblems(clinical).empty()) {
            EXPECT_NE(plain, clinical) << z.id;
        }
    }
    EXPECT_GE(renamed, 8u); // most anatomical names are not a patient's words
}

} // namespace
} // namespace glutea
