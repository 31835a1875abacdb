// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// PressResolver on a tiny layered body (a box of skin over two boxes of muscle and a bone), where
// the right answer is known by construction: which layers pressing in meets, in which order, at
// which depth, and whether the covering relation lets the hand reach the target.
#include <gtest/gtest.h>

#include <glm/geometric.hpp>

#include "anatomy/content_loader.h"
#include "anatomy/press_point.h"
#include "content_test_support.h"

namespace glutea {
namespace {

// An axis-aligned box with its triangles wound counter-clockwise seen from outside.
Mesh box(const glm::vec3& lo, const glm::vec3& hi) {
    Mesh m;
    for (int i = 0; i < 8; ++i) {
        m.positions.push_back(
            {(i & 1) ? hi.x : lo.x, (i & 2) ? hi.y : lo.y, (i & 4) ? hi.z : lo.z});
    }
    const std::uint32_t quads[6][4] = {{0, 2, 3, 1}, {4, 5, 7, 6}, {0, 1, 5, 4},
                                       {2, 6, 7, 3}, {0, 4, 6, 2}, {1, 3, 7, 5}};
    const glm::vec3 centre = 0.5f * (lo + hi);
    for (const auto& q : quads) {
        for (const std::uint32_t* t : {&q[0], &q[1]}) {
            std::uint32_t a = q[0];
            std::uint32_t b = t[1];
            std::uint32_t c = t[2];
            const glm::vec3 n =
                glm::cross(m.positions[b] - m.positions[a], m.positions[c] - m.positions[a]);
            const glm::vec3 mid = (m.positions[a] + m.positions[b] + m.positions[c]) / 3.0f;
            if (glm::dot(n, mid - centre) < 0.0f) {
                std::swap(b, c); // outward
            }
            m.indices.insert(m.indices.end(), {a, b, c});
        }
    }
    return m;
}

void addPart(Atlas& atlas, const std::string& id, StructureKind kind, Mesh mesh) {
    atlas.manifest.structures.push_back({id, id, kind, ""});
    StructurePart part;
    part.structureId = id;
    part.side = Side::None;
    part.nodeName = id;
    part.mesh = std::move(mesh);
    part.bounds = part.mesh.bounds();
    atlas.parts.push_back(std::move(part));
}

// The body faces +Z (its back is at z = -0.1). From the back in: skin, a superficial muscle
// (z -0.08..-0.05), a deep muscle (z -0.04..-0.01, narrower), then bone (z 0..0.03).
Atlas layeredAtlas() {
    Atlas atlas;
    addPart(atlas, "skin", StructureKind::Skin, box({-0.1f, -0.1f, -0.1f}, {0.1f, 0.1f, 0.1f}));
    addPart(atlas, "superficial", StructureKind::Muscle,
            box({-0.08f, -0.08f, -0.08f}, {0.08f, 0.08f, -0.05f}));
    addPart(atlas, "deep", StructureKind::Muscle,
            box({-0.05f, -0.05f, -0.04f}, {0.05f, 0.05f, -0.01f}));
    addPart(atlas, "bone", StructureKind::Bone, box({-0.09f, -0.09f, 0.0f}, {0.09f, 0.09f, 0.03f}));
    // Off the faces' diagonals, so no ray runs along an edge.
    atlas.landmarks["back_spot"] = {
        "back_spot", {}, "skin", {0.013f, 0.007f, -0.1f}, {0.013f, 0.007f, -0.1f}};
    atlas.landmarks["side_spot"] = {
        "side_spot", {}, "skin", {0.1f, 0.011f, -0.025f}, {0.1f, 0.011f, -0.025f}};
    return atlas;
}

Content coverings(const std::string& id, std::vector<std::string> coveredBy) {
    Content c;
    StructureInfo s;
    s.id = id;
    s.coveredBy = std::move(coveredBy);
    c.structures.push_back(s);
    return c;
}

Anchor on(const std::string& structure, const std::string& landmark) {
    Anchor a;
    a.on = structure;
    a.base = {{landmark, 1.0}};
    return a;
}

std::vector<std::string> ids(const PressedPoint& p) {
    std::vector<std::string> out;
    for (const auto& layer : p.meets) {
        out.push_back(layer.structureId);
    }
    return out;
}

TEST(PressPoint, InwardDirections) {
    EXPECT_EQ(inwardDirection(PressFrom::Posterior, Side::Left), glm::vec3(0, 0, 1));
    EXPECT_EQ(inwardDirection(PressFrom::Anterior, Side::Right), glm::vec3(0, 0, -1));
    EXPECT_EQ(inwardDirection(PressFrom::Lateral, Side::Left), glm::vec3(-1, 0, 0)); // +X is left
    EXPECT_EQ(inwardDirection(PressFrom::Lateral, Side::Right), glm::vec3(1, 0, 0));
    EXPECT_EQ(inwardDirection(PressFrom::Medial, Side::Left), glm::vec3(1, 0, 0));
    EXPECT_EQ(inwardDirection(PressFrom::Superior, Side::Left), glm::vec3(0, -1, 0));
}

TEST(PressPoint, FromBehindMeetsEveryLayerInOrderWithDepths) {
    const Atlas atlas = layeredAtlas();
    const PressResolver press(atlas, coverings("deep", {"superficial"}));
    const auto p = press.resolve(on("deep", "back_spot"), Side::Left, PressFrom::Posterior);
    ASSERT_TRUE(p);
    EXPECT_NEAR(glm::length(p->target - glm::vec3(0.013f, 0.007f, -0.04f)), 0.0f, 1e-5f);
    EXPECT_NEAR(glm::length(p->skin - glm::vec3(0.013f, 0.007f, -0.1f)), 0.0f, 1e-5f);
    EXPECT_NEAR(glm::dot(p->skinNormal, glm::vec3(0, 0, -1)), 1.0f, 1e-4f);
    EXPECT_EQ(ids(*p), (std::vector<std::string>{"skin", "superficial", "deep"}));
    ASSERT_EQ(p->meets.size(), 3u);
    EXPECT_NEAR(p->meets[0].depthM, 0.0f, 1e-5f);
    EXPECT_NEAR(p->meets[1].depthM, 0.02f, 1e-5f);
    EXPECT_NEAR(p->meets[2].depthM, 0.06f, 1e-5f);
    EXPECT_TRUE(p->reachesTarget);
}

TEST(PressPoint, AMuscleNotListedAsCoveringBlocks) {
    const Atlas atlas = layeredAtlas();
    const PressResolver press(atlas, coverings("deep", {})); // nothing may cover "deep"
    const auto p = press.resolve(on("deep", "back_spot"), Side::Left, PressFrom::Posterior);
    ASSERT_TRUE(p);
    EXPECT_EQ(ids(*p), (std::vector<std::string>{"skin", "superficial", "deep"}));
    EXPECT_FALSE(p->reachesTarget);
}

TEST(PressPoint, BoneBehindMusclesIsNotReached) {
    const Atlas atlas = layeredAtlas();
    const PressResolver press(atlas, coverings("deep", {"superficial"}));
    const auto p = press.resolve(on("bone", "back_spot"), Side::Left, PressFrom::Posterior);
    ASSERT_TRUE(p);
    EXPECT_EQ(ids(*p), (std::vector<std::string>{"skin", "superficial", "deep", "bone"}));
    EXPECT_FALSE(p->reachesTarget);
}

TEST(PressPoint, TheDirectionDecidesTheSkinPointAndTheLayers) {
    const Atlas atlas = layeredAtlas();
    const PressResolver press(atlas, coverings("deep", {}));
    // The deep muscle's side face is bare: from the side, nothing lies over it.
    const auto side = press.resolve(on("deep", "side_spot"), Side::Left, PressFrom::Lateral);
    ASSERT_TRUE(side);
    EXPECT_NEAR(glm::length(side->skin - glm::vec3(0.1f, 0.011f, -0.025f)), 0.0f, 1e-5f);
    EXPECT_EQ(ids(*side), (std::vector<std::string>{"skin", "deep"}));
    EXPECT_NEAR(side->meets[1].depthM, 0.05f, 1e-5f);
    EXPECT_TRUE(side->reachesTarget);
    // The same target pressed from behind lies under the superficial muscle.
    const auto back = press.resolve(on("deep", "side_spot"), Side::Left, PressFrom::Posterior);
    ASSERT_TRUE(back);
    EXPECT_NEAR(back->skin.z, -0.1f, 1e-5f);
    EXPECT_FALSE(back->reachesTarget);
}

TEST(PressPoint, UnknownLandmarkResolvesToNothing) {
    const Atlas atlas = layeredAtlas();
    const PressResolver press(atlas, coverings("deep", {"superficial"}));
    EXPECT_FALSE(press.resolve(on("deep", "nowhere"), Side::Left, PressFrom::Posterior));
}

TEST(PressPoint, BadPressFromIsAnErrorAtItsPlace) {
    const auto dir = test::copyDefaultContent();
    const auto file = dir / "techniques.json";
    test::replaceOnce(file, "\"trigger_point\": \"gmed_trp3\", \"press_from\": \"lateral\"",
                      "\"trigger_point\": \"gmed_trp3\", \"press_from\": \"sideways\"");
    EXPECT_EQ(formatProblems(loadContent(dir).problems),
              file.string() + ":" + test::positionOf(file, "\"sideways\"") +
                  ": \"press_from\" must be one of posterior, lateral, anterior, medial, "
                  "superior, inferior (found \"sideways\") (at "
                  "/techniques/3/placements/2/press_from)");
}

TEST(PressPoint, PressFromIsReadWithItsDefaults) {
    const Content c = loadContent(test::defaultContentDir()).content;
    const TechniquePlacement* gmin = c.findPlacement("tpc_gmin_anterior");
    const Technique* tpc = c.findTechnique("trigger_point_compression");
    ASSERT_TRUE(gmin && tpc);
    EXPECT_EQ(tpc->pressFrom, PressFrom::Posterior);
    EXPECT_EQ(PressResolver::pressFromOf(*tpc, *gmin), PressFrom::Lateral);
    EXPECT_EQ(PressResolver::pressFromOf(*tpc, *c.findPlacement("tpc_gmed_trp1")),
              PressFrom::Posterior);
    const ReferralPattern* gminPattern = c.findReferral("gluteus_minimus");
    ASSERT_TRUE(gminPattern);
    EXPECT_EQ(gminPattern->triggerPoints.at(0).pressFrom, PressFrom::Lateral);
    EXPECT_EQ(gminPattern->triggerPoints.at(1).pressFrom, PressFrom::Posterior); // default
    const StructureInfo* piriformis = c.findStructure("piriformis");
    ASSERT_TRUE(piriformis);
    EXPECT_EQ(piriformis->coveredBy, std::vector<std::string>{"gluteus_maximus"});
}

} // namespace
} // namespace glutea
