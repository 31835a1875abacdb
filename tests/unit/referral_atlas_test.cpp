// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// The referral patterns resolved on the default atlas's skin, checked against the anatomy of
// /work/shared/CONTENT-BRIEF.md (Travell & Simons maps). Places are found from the landmarks and
// the skin's own geometry, never from the fields under test.
#include <gtest/gtest.h>

#include <algorithm>

#include "anatomy/atlas_content.h"
#include "anatomy/content_loader.h"
#include "anatomy/zone_field.h"
#include "atlas_fixture.h"

using namespace glutea;

namespace {

const Content& content() {
    static const Content c = [] {
        const Atlas& atlas = test::defaultAtlas();
        return loadValidatedContent(GLUTEA_SOURCE_DIR "/assets/atlas/content",
                                    knownIdsOf(atlas.manifest, atlas.landmarks));
    }();
    return c;
}

const ReferralFields& fields() {
    static const ReferralFields f = ReferralFields::compute(test::defaultAtlas(), content());
    return f;
}

const std::vector<glm::vec3>& skinVertices() {
    return fields().skin().surface().mesh().positions;
}

// A landmark's skin point (landmarks.json), on the skin mesh.
glm::vec3 skinOf(const std::string& id) {
    return fields()
        .skin()
        .surface()
        .closestPoint(test::defaultAtlas().landmarks.at(id).skin)
        .position;
}

glm::vec3 onSkin(const glm::vec3& p) {
    return fields().skin().surface().closestPoint(p).position;
}

// Per skin vertex, the largest weight of any zone of a pattern.
std::vector<float> patternWeight(const std::string& structure, Side side = Side::Left) {
    const PatternField* f = fields().find(structure, side);
    EXPECT_NE(f, nullptr) << structure;
    std::vector<float> w(skinVertices().size(), 0.0f);
    if (f != nullptr) {
        for (const auto& zone : f->zones) {
            for (std::size_t v = 0; v < w.size(); ++v) {
                w[v] = std::max(w[v], zone.weight[v]);
            }
        }
    }
    return w;
}

float weightAt(const std::vector<float>& w, const glm::vec3& p) {
    return fields().skin().sample(w, p);
}

// The back of the left thigh at height y: the rearmost skin vertex of the left leg there.
glm::vec3 backOfLeftThigh(float y) {
    glm::vec3 best(0.0f, y, 1.0f);
    for (const auto& p : skinVertices()) {
        if (std::abs(p.y - y) < 0.01f && p.x > 0.03f && p.z < best.z) {
            best = p;
        }
    }
    return best;
}

// The centre of the left half of the sacrum on the skin.
glm::vec3 leftSacrum() {
    return onSkin(0.25f * (skinOf("sacral_apex") + skinOf("sacral_base") +
                           skinOf("sacral_border_upper_l") + skinOf("sacral_border_lower_l")));
}

std::vector<ReferralFields::Rank> rankAt(const glm::vec3& p) {
    return fields().rank(fields().brush({onSkin(p)}, 0.02f));
}

int placeOf(const std::vector<ReferralFields::Rank>& ranking, const std::string& structure,
            Side side = Side::Left) {
    for (std::size_t i = 0; i < ranking.size(); ++i) {
        if (ranking[i].field->pattern->structure == structure && ranking[i].field->side == side) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

std::string describe(const std::vector<ReferralFields::Rank>& ranking) {
    std::string out;
    for (const auto& r : ranking) {
        out += r.field->pattern->structure + "/" + std::string(toString(r.field->side)) + "/" +
               r.zone->id + " " + std::to_string(r.share) + "; ";
    }
    return out;
}

} // namespace

TEST(ReferralAtlas, EveryPatternResolvesOnBothSides) {
    ASSERT_FALSE(fields().empty());
    // Patterns of structures ahead of the model are skipped (and listed), the rest resolved.
    EXPECT_EQ(fields().patterns().size(),
              2 * (content().referralPatterns.size() - fields().skipped().size()));
    for (const auto& f : fields().patterns()) {
        EXPECT_EQ(f.zones.size(), f.pattern->zones.size());
        for (const auto& zone : f.zones) {
            EXPECT_TRUE(zone.area.resolved) << zone.zone->id;
            EXPECT_GT(zone.area.areaCm2, 15.0) << zone.zone->id;
        }
        for (const auto& trp : f.triggerPoints) {
            // +X is the subject's left.
            EXPECT_EQ(trp.site.skin.x > 0.0f, f.side == Side::Left) << trp.triggerPoint->id;
        }
        EXPECT_EQ(f.triggerPoints.size(), f.pattern->triggerPoints.size());
    }
}

TEST(ReferralAtlas, TriggerPointsSitOnTheirMuscleUnderTheSkin) {
    const Atlas& atlas = test::defaultAtlas();
    for (const auto& f : fields().patterns()) {
        for (const auto& trp : f.triggerPoints) {
            const int part = atlas.findPart(trp.triggerPoint->anchor.on, f.side);
            ASSERT_GE(part, 0) << trp.triggerPoint->id;
            // On the muscle: no vertex of it is nearer than the target is to its surface.
            const SurfaceDistance muscle(atlas.parts[part].mesh);
            EXPECT_LT(glm::length(muscle.closestPoint(trp.site.target).position - trp.site.target),
                      1e-4f);
            EXPECT_LT(glm::length(onSkin(trp.site.skin) - trp.site.skin), 1e-4f);
            // Arrival starts at the skin point and grows away from it.
            EXPECT_LT(fields().skin().sample(trp.arrival, trp.site.skin), 0.02f);
        }
    }
}

TEST(ReferralAtlas, MinimusReachesBelowTheKneeTowardTheAnkle) {
    const auto w = patternWeight("gluteus_minimus");
    const float knee = skinOf("femoral_lateral_epicondyle_l").y;
    const float ankle = skinOf("lateral_malleolus_l").y;
    float lowest = 1.0f;
    int belowKnee = 0;
    for (std::size_t v = 0; v < w.size(); ++v) {
        if (w[v] >= 0.5f) {
            lowest = std::min(lowest, skinVertices()[v].y);
            belowKnee += skinVertices()[v].y < knee - 0.05f;
        }
    }
    EXPECT_GT(belowKnee, 20);
    EXPECT_LT(lowest, ankle + 0.04f); // within 4 cm of the malleolus's height
    // The lateral calf, halfway from the knee to the ankle, is in it.
    const glm::vec3 calf =
        onSkin(0.5f * (skinOf("femoral_lateral_epicondyle_l") + skinOf("lateral_malleolus_l")));
    EXPECT_GT(weightAt(w, calf), 0.5f);
}

TEST(ReferralAtlas, PiriformisCoversButtockAndBackOfThighAndStopsAboveTheKnee) {
    const auto w = patternWeight("piriformis");
    const glm::vec3 buttock =
        onSkin(0.5f * (skinOf("greater_trochanter_l") + skinOf("sacral_border_upper_l")));
    EXPECT_GT(weightAt(w, buttock), 0.5f);
    const float hip = skinOf("greater_trochanter_l").y;
    const float knee = skinOf("popliteal_fossa_l").y;
    // The upper back of the thigh, a third of the way from the hip to the knee crease.
    const glm::vec3 thigh = backOfLeftThigh(hip + (knee - hip) / 3.0f);
    EXPECT_GT(weightAt(w, thigh), 0.5f) << thigh.x << "," << thigh.y << "," << thigh.z;
    for (std::size_t v = 0; v < w.size(); ++v) {
        if (skinVertices()[v].y < knee) {
            ASSERT_EQ(w[v], 0.0f) << "piriformis paints below the knee crease at vertex " << v;
        }
    }
}

TEST(ReferralAtlas, MediusCoversThePosteriorCrestAndTheSacrum) {
    const auto w = patternWeight("gluteus_medius");
    EXPECT_GT(weightAt(w, skinOf("iliac_crest_posterior_l")), 0.5f);
    EXPECT_GT(weightAt(w, leftSacrum()), 0.5f);
}

TEST(ReferralAtlas, MaximusCoversTheSacrumAndTheCoccyx) {
    const auto w = patternWeight("gluteus_maximus");
    EXPECT_GT(weightAt(w, leftSacrum()), 0.5f);
    EXPECT_GT(weightAt(w, skinOf("coccyx_tip")), 0.5f);
}

TEST(ReferralAtlas, LeftPatternsStayOffTheRightLeg) {
    // Where the legs part: the lowest skin on the midline.
    float crotch = 1.0f;
    for (const auto& p : skinVertices()) {
        if (std::abs(p.x) < 0.002f) {
            crotch = std::min(crotch, p.y);
        }
    }
    ASSERT_LT(crotch, -0.05f);
    for (const auto& f : fields().patterns()) {
        const float sign = f.side == Side::Left ? 1.0f : -1.0f;
        for (const auto& zone : f.zones) {
            for (std::size_t v = 0; v < skinVertices().size(); ++v) {
                const glm::vec3 p = skinVertices()[v];
                // The other leg, and the other buttock beyond the reach of midline zones.
                const bool otherSide =
                    (sign * p.x < 0.0f && p.y < crotch) || (sign * p.x < -0.05f && p.y < 0.2f);
                if (otherSide) {
                    ASSERT_EQ(zone.weight[v], 0.0f) << zone.zone->id << " (" << toString(f.side)
                                                    << ") at " << p.x << "," << p.y << "," << p.z;
                }
            }
        }
    }
}

TEST(ReferralAtlas, WeightsChangeSmoothlyFromVertexToVertex) {
    // zoneWeight's steepest slope is 1.5 per feather; distances over the skin change by at most
    // an edge's length between its ends (10% more for the marcher, half again for an ellipse,
    // whose radius turns with the direction).
    const SurfaceDistance& surface = fields().skin().surface();
    const float slope = 1.5f / kZoneFeatherM;
    int edges = 0;
    for (const auto& f : fields().patterns()) {
        for (const auto& zone : f.zones) {
            for (std::uint32_t v = 0; v < skinVertices().size(); ++v) {
                for (std::uint32_t u : surface.neighbours(v)) {
                    const float length = glm::length(skinVertices()[u] - skinVertices()[v]);
                    const float jump = std::abs(zone.weight[u] - zone.weight[v]);
                    ++edges;
                    ASSERT_LE(jump, slope * length * 1.65f + 1e-4f)
                        << zone.zone->id << " between vertices " << v << " and " << u;
                }
            }
        }
        for (std::uint32_t v = 0; v < skinVertices().size(); v += 3) {
            for (std::uint32_t u : surface.neighbours(v)) {
                const float length = glm::length(skinVertices()[u] - skinVertices()[v]);
                ASSERT_LE(std::abs(f.arrival[u] - f.arrival[v]), length * 1.1f + 1e-4f);
            }
        }
    }
    EXPECT_GT(edges, 100000);
}

TEST(ReferralAtlas, LateralCalfPainPointsToTheMinimus) {
    const glm::vec3 calf =
        onSkin(0.5f * (skinOf("femoral_lateral_epicondyle_l") + skinOf("lateral_malleolus_l")));
    const auto ranking = rankAt(calf);
    ASSERT_FALSE(ranking.empty());
    // The minimus ranks first. The sciatic nerve's band down the lateral leg covers the point too
    // (an essential zone, where the minimus's leg zone is spillover), but a nerve is listed after
    // the muscles: its pain is of another kind.
    const int minimus = placeOf(ranking, "gluteus_minimus");
    EXPECT_EQ(minimus, 0) << describe(ranking);
    ASSERT_GE(minimus, 0) << describe(ranking);
    EXPECT_GT(ranking[minimus].share, 0.9);
    const int nerve = placeOf(ranking, "sciatic_nerve");
    EXPECT_GT(nerve, minimus) << describe(ranking);
    EXPECT_EQ(placeOf(ranking, "piriformis"), -1) << describe(ranking);
}

TEST(ReferralAtlas, PosteriorCrestPainPointsToTheMedius) {
    const auto ranking = rankAt(skinOf("iliac_crest_posterior_l"));
    const int medius = placeOf(ranking, "gluteus_medius");
    EXPECT_GE(medius, 0) << describe(ranking);
    EXPECT_LE(medius, 1) << describe(ranking);
    EXPECT_EQ(placeOf(ranking, "gluteus_minimus", Side::Right), -1) << describe(ranking);
}

TEST(ReferralAtlas, PainBesideTheCoccyxPointsToTheMaximus) {
    const glm::vec3 beside = onSkin(skinOf("coccyx_tip") + glm::vec3(0.02f, 0.0f, 0.0f));
    const auto ranking = rankAt(beside);
    const int maximus = placeOf(ranking, "gluteus_maximus");
    EXPECT_GE(maximus, 0) << describe(ranking);
    EXPECT_LE(maximus, 1) << describe(ranking);
}

TEST(ReferralAtlas, CautionPolygonCoversHalfTheSacrumPerSide) {
    // cautions.json draws the sacrum as a polygon per side on midline landmarks: the skin's long
    // thin triangles along the midline are where an outline is hardest to close.
    const CautionZone* sacrum = content().findCautionZone("caution_sacrum");
    ASSERT_NE(sacrum, nullptr);
    const float top = skinOf("l5_spinous").y;
    const float bottom = skinOf("coccyx_tip").y;
    double total = 0.0;
    for (Side side : {Side::Left, Side::Right}) {
        const auto w =
            fields().skin().weights(sacrum->shapes, atlasSkinResolver(test::defaultAtlas(), side));
        ASSERT_TRUE(w);
        const SkinArea area = fields().skin().measure(*w);
        total += area.areaCm2;
        EXPECT_GT(area.areaCm2, 15.0);
        EXPECT_LT(area.highest.y, top);
        EXPECT_GT(area.lowest.y, bottom);
        for (std::size_t v = 0; v < w->size(); ++v) {
            if ((*w)[v] > 0.0f) {
                const glm::vec3 p = skinVertices()[v];
                ASSERT_LT(std::abs(p.x), 0.09f) << toString(side);
                ASSERT_LT(p.z, -0.09f) << toString(side); // on the back
            }
        }
    }
    EXPECT_LT(total, 150.0);
}
