// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// ReferralFields on a synthetic body: two tubes (the left and the right leg, 1 cm apart) with
// landmarks on each, and two made-up patterns. What paint, brush and rank answer follows from
// where the landmarks are.
#include <gtest/gtest.h>

#include <cmath>

#include "anatomy/zone_field.h"
#include "surface_meshes.h"
#include "test_shapes.h"

using namespace glutea;
using glutea::test::corridor;
using glutea::test::disc;

namespace {

constexpr float kRadius = 0.08f;
constexpr float kCentre = 0.085f; // each tube's axis is this far from the midline

glm::vec3 onTube(Side side, float angle, float y) {
    // Angle 0 faces the other tube; the left tube is at +x (the subject's left).
    const float sign = side == Side::Left ? 1.0f : -1.0f;
    return {sign * (kCentre - kRadius * std::cos(angle)), y, kRadius * std::sin(angle)};
}

ReferralZone zone(const std::string& id, ZoneKind kind, const std::vector<std::string>& fromTrps,
                  const Shape& shape) {
    ReferralZone z;
    z.id = id;
    z.kind = kind;
    z.fromTriggerPoints = fromTrps;
    z.shapes = {shape};
    return z;
}

struct Body {
    Atlas atlas;
    Content content;
};

// Landmarks "trp", "a", "b", "c", "top", "low" on each tube (_l on the left one, _r on the right).
const Body& body() {
    static const Body b = [] {
        Body out;
        StructurePart skin;
        skin.structureId = "skin";
        test::appendCylinder(skin.mesh, kCentre, 0.0f, kRadius, 0.6f, 64, 60);
        test::appendCylinder(skin.mesh, -kCentre, 0.0f, kRadius, 0.6f, 64, 60);
        skin.mesh.computeNormals();
        out.atlas.parts.push_back(std::move(skin));
        for (Side side : {Side::Left, Side::Right}) {
            const std::string suffix = side == Side::Left ? "_l" : "_r";
            auto add = [&](const std::string& id, glm::vec3 p) {
                Landmark l;
                l.id = id + suffix;
                l.position = l.skin = p;
                out.atlas.landmarks[l.id] = l;
            };
            add("trp", onTube(side, 1.5f, 0.45f));
            add("a", onTube(side, 1.5f, 0.40f));
            add("b", onTube(side, 1.5f, 0.25f));
            add("top", onTube(side, 3.0f, 0.55f));
            add("low", onTube(side, 3.0f, 0.10f));
            add("c", onTube(side, 1.5f, 0.10f));
        }
        // "muscle": an essential disc at a (fed by its trigger point), a spillover band from a
        // down through b to c. "other": an essential disc at b. "nerve": a neural band from top to
        // low.
        ReferralPattern muscle;
        muscle.id = "muscle_referral";
        muscle.kind = "myofascial";
        muscle.structure = "muscle";
        TriggerPoint trp;
        trp.id = "muscle_trp";
        trp.anchor = test::anchorAt("trp");
        muscle.triggerPoints.push_back(trp);
        muscle.zones = {
            zone("muscle_disc", ZoneKind::Essential, {"muscle_trp"}, disc("a", 4)),
            zone("muscle_band", ZoneKind::Spillover, {"muscle_trp"}, corridor({"a", "b", "c"}, 6))};

        ReferralPattern other = muscle;
        other.id = "other_referral";
        other.structure = "other";
        other.triggerPoints[0].id = "other_trp";
        other.zones = {zone("other_disc", ZoneKind::Essential, {"other_trp"}, disc("b", 3))};

        ReferralPattern nerve;
        nerve.id = "nerve_irritation";
        nerve.kind = "neural";
        nerve.structure = "nerve";
        nerve.zones = {zone("nerve_course", ZoneKind::Essential, {}, corridor({"top", "low"}, 3))};
        out.content.referralPatterns = {muscle, other, nerve};
        return out;
    }();
    return b;
}

const ReferralFields& fieldsOfTheDefaultAtlas() {
    static const ReferralFields f = ReferralFields::compute(body().atlas, body().content);
    return f;
}

} // namespace

TEST(ReferralFields, EveryPatternOnBothSides) {
    ASSERT_FALSE(fieldsOfTheDefaultAtlas().empty());
    EXPECT_EQ(fieldsOfTheDefaultAtlas().patterns().size(), 6u);
    for (Side side : {Side::Left, Side::Right}) {
        for (const char* id : {"muscle", "other", "nerve"}) {
            const PatternField* f = fieldsOfTheDefaultAtlas().find(id, side);
            ASSERT_NE(f, nullptr) << id;
            EXPECT_EQ(f->side, side);
            for (const auto& zone : f->zones) {
                EXPECT_TRUE(zone.area.resolved);
                EXPECT_GT(zone.area.areaCm2, 10.0) << zone.zone->id;
            }
        }
    }
    EXPECT_EQ(fieldsOfTheDefaultAtlas().find("muscle", Side::None), nullptr);
    EXPECT_EQ(fieldsOfTheDefaultAtlas().find("nobody", Side::Left), nullptr);
}

TEST(ReferralFields, EachSideStaysOnItsOwnLeg) {
    const auto& positions = fieldsOfTheDefaultAtlas().skin().surface().mesh().positions;
    for (const auto& f : fieldsOfTheDefaultAtlas().patterns()) {
        const float sign = f.side == Side::Left ? 1.0f : -1.0f;
        for (const auto& zone : f.zones) {
            for (std::size_t v = 0; v < positions.size(); ++v) {
                if (positions[v].x * sign < 0.0f) {
                    ASSERT_EQ(zone.weight[v], 0.0f) << zone.zone->id;
                }
            }
        }
    }
}

TEST(ReferralFields, PaintAndArrivalFromTheTriggerPoint) {
    const PatternField& f = *fieldsOfTheDefaultAtlas().find("muscle", Side::Left);
    ASSERT_EQ(f.triggerPoints.size(), 1u);
    const glm::vec3 trp = onTube(Side::Left, 1.5f, 0.45f);
    // The default site: no muscle mesh, so the landmark point itself, and the skin under it.
    EXPECT_LT(glm::length(f.triggerPoints[0].site.skin - trp), 1e-3f);
    const auto paint = fieldsOfTheDefaultAtlas().paint(f, "muscle_trp");
    const auto& positions = fieldsOfTheDefaultAtlas().skin().surface().mesh().positions;
    ASSERT_EQ(paint.size(), positions.size());
    for (std::size_t v = 0; v < positions.size(); v += 13) {
        const glm::vec3 p = positions[v];
        if (p.x < 0.0f) {
            EXPECT_GE(paint[v].z, 99.0f); // the other leg: never reached
            continue;
        }
        const float geodesic = test::cylinderGeodesic(p, trp, kCentre, 0.0f, kRadius);
        EXPECT_NEAR(paint[v].z, geodesic, 0.03f * geodesic + 0.002f);
        EXPECT_EQ(paint[v].w, 0.0f);
    }
    const glm::vec3 a = onTube(Side::Left, 1.5f, 0.40f);
    const glm::vec3 between = onTube(Side::Left, 1.5f, 0.30f); // in the band, outside the disc
    auto channel = [&](const glm::vec3& p, int c) {
        std::vector<float> values;
        for (const auto& x : paint) {
            values.push_back(x[c]);
        }
        return fieldsOfTheDefaultAtlas().skin().sample(values, p);
    };
    EXPECT_NEAR(channel(a, 0), 1.0f, 1e-3f);
    EXPECT_NEAR(channel(between, 0), 0.0f, 1e-3f);
    EXPECT_NEAR(channel(between, 1), 1.0f, 1e-3f);
    // A trigger point that feeds no zone of the pattern paints nothing.
    const auto none = fieldsOfTheDefaultAtlas().paint(f, "someone_else");
    for (const auto& x : none) {
        ASSERT_EQ(x.x + x.y, 0.0f);
    }
}

TEST(ReferralFields, NeuralArrivalRunsDownTheBand) {
    const PatternField& f = *fieldsOfTheDefaultAtlas().find("nerve", Side::Left);
    EXPECT_TRUE(f.triggerPoints.empty());
    const glm::vec3 top = onTube(Side::Left, 3.0f, 0.55f);
    const glm::vec3 low = onTube(Side::Left, 3.0f, 0.10f);
    // Read back by linear interpolation in a cell of 8 x 10 mm: the cone's tip is blunted.
    EXPECT_NEAR(fieldsOfTheDefaultAtlas().skin().sample(f.arrival, top), 0.0f, 0.006f);
    EXPECT_NEAR(fieldsOfTheDefaultAtlas().skin().sample(f.arrival, low), 0.45f, 0.01f);
}

TEST(ReferralFields, BrushPaintsADiscOverTheSkin) {
    const glm::vec3 a = onTube(Side::Left, 1.5f, 0.40f);
    const auto painted = fieldsOfTheDefaultAtlas().brush({a}, 0.02f);
    const auto& positions = fieldsOfTheDefaultAtlas().skin().surface().mesh().positions;
    for (std::size_t v = 0; v < positions.size(); ++v) {
        const glm::vec3 p = positions[v];
        const float d = p.x < 0.0f ? 1.0f : test::cylinderGeodesic(p, a, kCentre, 0.0f, kRadius);
        if (d < 0.02f - 0.009f) {
            EXPECT_EQ(painted[v], 1.0f);
        } else if (d > 0.02f + 0.009f) {
            EXPECT_EQ(painted[v], 0.0f);
        }
    }
}

TEST(ReferralFields, RankEssentialFirstThenByShare) {
    // Inside the muscle's essential disc: it ranks first, covering all of a small brush.
    const auto atA = fieldsOfTheDefaultAtlas().rank(fieldsOfTheDefaultAtlas().brush({onTube(Side::Left, 1.5f, 0.40f)}, 0.015f));
    ASSERT_FALSE(atA.empty());
    EXPECT_EQ(atA[0].field->pattern->structure, "muscle");
    EXPECT_EQ(atA[0].field->side, Side::Left);
    EXPECT_EQ(atA[0].zone->id, "muscle_disc");
    EXPECT_GT(atA[0].share, 0.95);
    // At b: the other muscle's essential disc comes before the muscle's spillover band, though
    // the band (6 cm wide) covers more of the brush than the 3 cm disc.
    const auto atB = fieldsOfTheDefaultAtlas().rank(fieldsOfTheDefaultAtlas().brush({onTube(Side::Left, 1.5f, 0.25f)}, 0.05f));
    ASSERT_EQ(atB.size(), 2u);
    EXPECT_EQ(atB[0].field->pattern->structure, "other");
    EXPECT_EQ(atB[0].kind, ZoneKind::Essential);
    EXPECT_EQ(atB[1].field->pattern->structure, "muscle");
    EXPECT_EQ(atB[1].kind, ZoneKind::Spillover);
    EXPECT_LT(atB[0].share, atB[1].share);
    for (const auto& r : atB) {
        EXPECT_EQ(r.field->side, Side::Left); // nothing from the other leg
        EXPECT_GT(r.share, 0.0);
        EXPECT_LE(r.share, 1.0);
    }
    // Where no zone is: nothing; and an empty painting ranks nothing.
    EXPECT_TRUE(fieldsOfTheDefaultAtlas().rank(fieldsOfTheDefaultAtlas().brush({onTube(Side::Left, -1.5f, 0.3f)}, 0.02f)).empty());
    EXPECT_TRUE(
        fieldsOfTheDefaultAtlas().rank(std::vector<float>(fieldsOfTheDefaultAtlas().skin().vertexAreas().size(), 0.0f)).empty());
}

TEST(ReferralFields, ProgressReachesOne) {
    std::atomic<float> progress{0.0f};
    const auto f = ReferralFields::compute(body().atlas, body().content, {}, &progress);
    EXPECT_FLOAT_EQ(progress.load(), 1.0f);
    // A locator moves the trigger point's site: arrival is measured from where it says.
    const glm::vec3 elsewhere = onTube(Side::Left, 1.5f, 0.10f);
    const auto located = ReferralFields::compute(
        body().atlas, body().content,
        [&](const TriggerPoint&, Side side) -> std::optional<AnchorSite> {
            const glm::vec3 p = side == Side::Left ? elsewhere : elsewhere * glm::vec3(-1, 1, 1);
            return AnchorSite{p, p};
        });
    const PatternField& m = *located.find("muscle", Side::Left);
    EXPECT_NEAR(located.skin().sample(m.arrival, elsewhere), 0.0f, 0.006f);
}

TEST(ReferralFields, NothingBeforeCompute) {
    const ReferralFields none;
    EXPECT_TRUE(none.empty());
    EXPECT_TRUE(none.skin().empty());
    EXPECT_TRUE(none.brush({glm::vec3(0.0f)}, 0.02f).empty());
    EXPECT_TRUE(none.rank({}).empty());
    EXPECT_EQ(none.find("muscle", Side::Left), nullptr);
}
