// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// The default content's placements and trigger points on the default atlas, pressed where their
// technique presses from. Each check recomputes what it asserts with its own geometry (its own
// ray casts, point-in-mesh tests, closest points and angles), taking from the code under test only
// the skin points it resolved.
#include <cmath>
#include <limits>
#include <set>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <glm/geometric.hpp>

#include "anatomy/atlas_content.h"
#include "anatomy/content_loader.h"
#include "anatomy/placement_check.h"
#include "anatomy/press_point.h"
#include "atlas_fixture.h"
#include "content_test_support.h"
#include "geometry/bvh.h"

namespace glutea {
namespace {

struct World {
    const Atlas& atlas = test::defaultAtlas();
    Content content = loadContent(test::defaultContentDir()).content;
    PressResolver press{atlas, content};
    Bvh bvh;
    std::map<std::string, std::set<std::string>> coveredBy; // read from the JSON file itself
    World() {
        std::vector<const Mesh*> meshes;
        for (const auto& p : atlas.parts) {
            meshes.push_back(&p.mesh);
        }
        bvh.build(meshes);
        const auto json =
            nlohmann::json::parse(test::readText(test::defaultContentDir() / "structures.json"));
        for (const auto& s : json["structures"]) {
            for (const auto& c : s.value("covered_by", nlohmann::json::array())) {
                coveredBy[s["id"].get<std::string>()].insert(c.get<std::string>());
            }
        }
    }
};

World& world() {
    static World w;
    return w;
}

glm::vec3 inwardOf(PressFrom from, Side side) {
    const float lateral = side == Side::Left ? 1.0f : -1.0f; // +X is the subject's left
    switch (from) {
    case PressFrom::Posterior:
        return {0, 0, 1};
    case PressFrom::Anterior:
        return {0, 0, -1};
    case PressFrom::Lateral:
        return {-lateral, 0, 0};
    case PressFrom::Medial:
        return {lateral, 0, 0};
    case PressFrom::Superior:
        return {0, -1, 0};
    case PressFrom::Inferior:
        return {0, 1, 0};
    }
    return {0, 0, 1};
}

// Inside a closed mesh: an odd number of crossings along a fixed, skewed direction.
bool inside(std::uint32_t part, const glm::vec3& p) {
    const Ray ray{p, glm::normalize(glm::vec3(0.31f, 0.87f, 0.38f))};
    return world().bvh.allHits(ray, [part](std::uint32_t q) { return q == part; }).size() % 2 == 1;
}

float distanceToSkin(const glm::vec3& p) {
    const Mesh& skin = world().atlas.parts[world().atlas.findPart("skin", Side::None)].mesh;
    // The nearest vertex, or the foot of the perpendicular when it falls inside a triangle.
    float best = std::numeric_limits<float>::max();
    for (std::size_t t = 0; t < skin.indices.size(); t += 3) {
        const glm::vec3 a = skin.positions[skin.indices[t]];
        const glm::vec3 b = skin.positions[skin.indices[t + 1]];
        const glm::vec3 c = skin.positions[skin.indices[t + 2]];
        if (glm::length(a - p) > 0.03f) {
            continue; // triangles are millimetres wide: far ones cannot be closest
        }
        const glm::vec3 n = glm::normalize(glm::cross(b - a, c - a));
        const glm::vec3 q = p - n * glm::dot(p - a, n);
        const bool inTriangle = glm::dot(glm::cross(b - a, q - a), n) >= 0 &&
                                glm::dot(glm::cross(c - b, q - b), n) >= 0 &&
                                glm::dot(glm::cross(a - c, q - c), n) >= 0;
        best = std::min({best, glm::length(a - p), glm::length(b - p), glm::length(c - p),
                         inTriangle ? glm::length(q - p) : best});
    }
    return best;
}

struct PressCase {
    std::string what;
    const Anchor* anchor;
    std::string structure;
    PressFrom from;
};

std::vector<PressCase> everyAnchor() {
    std::vector<PressCase> out;
    for (const auto& t : world().content.techniques) {
        for (const auto& p : t.placements) {
            for (const Anchor* a : p.anchors()) {
                out.push_back({p.id, a, p.structure, p.pressFrom.value_or(t.pressFrom)});
            }
        }
    }
    for (const auto& pattern : world().content.referralPatterns) {
        for (const auto& trp : pattern.triggerPoints) {
            if (trp.anchor.on.empty()) {
                continue; // content ahead of the model: anchored on landmarks, no mesh to reach
            }
            out.push_back({trp.id, &trp.anchor, trp.anchor.on, trp.pressFrom});
        }
    }
    return out;
}

// Walks in from the skin point in 0.5 mm steps: the first structure (other than skin and
// fascia) the walk is inside must be the target or one listed as covering it, and the target
// must come before anything else.
std::string firstNotCovering(const glm::vec3& skin, const glm::vec3& inward,
                             const std::string& target, Side side) {
    const Atlas& atlas = world().atlas;
    const auto& covering = world().coveredBy[target];
    for (float d = 0.0005f; d < 0.15f; d += 0.0005f) {
        const glm::vec3 p = skin + inward * d;
        for (std::uint32_t part = 0; part < atlas.parts.size(); ++part) {
            const StructurePart& s = atlas.parts[part];
            const StructureKind kind = atlas.structureOf(s).kind;
            const bool outsideBounds =
                !s.bounds.empty() && (glm::any(glm::lessThan(p, s.bounds.min)) ||
                                      glm::any(glm::greaterThan(p, s.bounds.max)));
            if (kind == StructureKind::Skin || kind == StructureKind::Other || outsideBounds) {
                continue;
            }
            if (!inside(part, p)) {
                continue;
            }
            if (s.structureId == target && (s.side == side || s.side == Side::None)) {
                return "";
            }
            if (covering.count(s.structureId) == 0) {
                return s.structureId + " at " + std::to_string(d * 1000.0f) + " mm";
            }
        }
    }
    return "nothing within 15 cm";
}

TEST(TechniquePlacement, EveryAnchorPressesOnItsMuscleOnBothSides) {
    std::size_t checked = 0;
    for (const auto& c : everyAnchor()) {
        for (Side side : {Side::Left, Side::Right}) {
            const std::string where = c.what + " (" + std::string(toString(side)) + ")";
            const auto p = world().press.resolve(*c.anchor, side, c.from);
            ASSERT_TRUE(p) << where;
            EXPECT_EQ(c.anchor->on, c.structure) << where;
            EXPECT_LT(distanceToSkin(p->skin), 0.002f) << where;
            EXPECT_EQ(glm::length(p->inward - inwardOf(c.from, side)), 0.0f) << where;
            EXPECT_EQ(firstNotCovering(p->skin, inwardOf(c.from, side), c.structure, side), "")
                << where << " pressed from " << toString(c.from);
            EXPECT_TRUE(p->reachesTarget) << where;
            ++checked;
        }
    }
    EXPECT_GT(checked, 80u);
}

// The default content on the default atlas: the resolver's idea of reaching agrees with the
// walk above on a placement the old nearest-skin resolver got wrong (the piriformis from the
// side of the hip, behind the medius).
TEST(TechniquePlacement, ThePiriformisIsPressedFromBehindThroughTheMaximus) {
    const TechniquePlacement* p = world().content.findPlacement("tpc_piriformis_lateral");
    ASSERT_TRUE(p);
    for (const Anchor* a : p->anchors()) {
        const auto pressed = world().press.resolve(*a, Side::Left, PressFrom::Posterior);
        ASSERT_TRUE(pressed);
        std::vector<std::string> order;
        for (const auto& layer : pressed->meets) {
            order.push_back(layer.structureId);
        }
        EXPECT_EQ(order, (std::vector<std::string>{"skin", "gluteus_maximus", "piriformis"}));
        // Medial to the trochanter and below the medius: on the back of the buttock.
        EXPECT_LT(pressed->skin.x, world().atlas.landmarks.at("greater_trochanter_l").position.x);
        EXPECT_LT(pressed->skin.z, -0.1f);
    }
}

// The fibre direction at a muscle's vertex nearest `p`, in the skin's tangent plane at `normal`.
float angleToFibres(const Mesh& muscle, const glm::vec3& p, const glm::vec3& stroke,
                    const glm::vec3& normal) {
    std::size_t nearest = 0;
    float best = std::numeric_limits<float>::max();
    for (std::size_t v = 0; v < muscle.positions.size(); ++v) {
        const float d = glm::length(muscle.positions[v] - p);
        if (d < best) {
            best = d;
            nearest = v;
        }
    }
    const glm::vec3 n = glm::normalize(normal);
    glm::vec3 f = glm::vec3(muscle.tangents[nearest]);
    glm::vec3 s = stroke;
    f = glm::normalize(f - n * glm::dot(f, n));
    s = glm::normalize(s - n * glm::dot(s, n));
    return glm::degrees(std::acos(std::min(1.0f, std::abs(glm::dot(f, s)))));
}

TEST(TechniquePlacement, StrokesFollowOrCrossTheFibres) {
    std::size_t checked = 0;
    for (const auto& t : world().content.techniques) {
        for (const auto& p : t.placements) {
            if (p.form != PlacementForm::Path ||
                (p.direction != FibreDirection::Along && p.direction != FibreDirection::Across)) {
                continue;
            }
            for (Side side : {Side::Left, Side::Right}) {
                const Mesh& muscle =
                    world().atlas.parts[world().atlas.findPart(p.structure, side)].mesh;
                ASSERT_FALSE(muscle.tangents.empty()) << p.structure;
                const PressFrom from = p.pressFrom.value_or(t.pressFrom);
                for (std::size_t i = 0; i + 1 < p.path.size(); ++i) {
                    const auto a = world().press.resolve(p.path[i], side, from);
                    const auto b = world().press.resolve(p.path[i + 1], side, from);
                    ASSERT_TRUE(a && b);
                    // The skin normal as the outward direction pressed against.
                    const float angle = angleToFibres(muscle, 0.5f * (a->skin + b->skin),
                                                      b->skin - a->skin, -inwardOf(from, side));
                    const std::string where = p.id + " segment " + std::to_string(i + 1) + " (" +
                                              std::string(toString(side)) + ")";
                    if (p.direction == FibreDirection::Along) {
                        EXPECT_LE(angle, 25.0f) << where;
                    } else {
                        EXPECT_GT(angle, 65.0f) << where;
                    }
                    ++checked;
                }
            }
        }
    }
    EXPECT_GE(checked, 10u);
}

TEST(TechniquePlacement, TheFibreCheckFindsAStrokeAcrossTheFibres) {
    // Mark every "along" stroke as "across": each must then be reported.
    Content content = world().content;
    std::size_t along = 0;
    for (auto& t : content.techniques) {
        for (auto& p : t.placements) {
            if (p.form == PlacementForm::Path && p.direction == FibreDirection::Along) {
                p.direction = FibreDirection::Across;
                along += p.path.size() - 1;
            }
        }
    }
    ASSERT_GT(along, 0u);
    EXPECT_EQ(checkStrokesFollowFibres(content, world().atlas, world().press, Side::Left).size(),
              along);
    EXPECT_EQ(
        checkStrokesFollowFibres(world().content, world().atlas, world().press, Side::Left).size(),
        0u);
}

// Where the sciatic nerve lies under the skin seen from behind: each of its vertices carried
// outward (toward the back) to where that line leaves the skin.
std::vector<glm::vec3> sciaticProjection(Side side) {
    const Atlas& atlas = world().atlas;
    const auto skin = static_cast<std::uint32_t>(atlas.findPart("skin", Side::None));
    std::vector<glm::vec3> out;
    const Mesh& nerve = atlas.parts[atlas.findPart("sciatic_nerve", side)].mesh;
    for (const glm::vec3& v : nerve.positions) {
        const auto hits =
            world().bvh.allHits({v, {0, 0, -1}}, [skin](std::uint32_t q) { return q == skin; });
        if (!hits.empty()) {
            out.push_back(hits.back().point);
        }
    }
    return out;
}

TEST(TechniquePlacement, SustainedPressureStaysClearOfCautionsAndTheSciaticNerve) {
    std::size_t checked = 0;
    for (Side side : {Side::Left, Side::Right}) {
        const auto nerve = sciaticProjection(side);
        ASSERT_GT(nerve.size(), 100u);
        const SkinPointResolver zones = atlasSkinResolver(world().atlas, side);
        for (const auto& t : world().content.techniques) {
            for (const auto& p : t.placements) {
                if (!p.sustained) {
                    continue;
                }
                for (const Anchor* a : p.anchors()) {
                    const auto pressed =
                        world().press.resolve(*a, side, p.pressFrom.value_or(t.pressFrom));
                    ASSERT_TRUE(pressed) << p.id;
                    const std::string where = p.id + " (" + std::string(toString(side)) + ")";
                    float toNerve = std::numeric_limits<float>::max();
                    for (const auto& q : nerve) {
                        toNerve = std::min(toNerve, glm::length(q - pressed->skin));
                    }
                    EXPECT_GE(toNerve, 0.03f) << where;
                    for (const auto& z : world().content.cautionZones) {
                        const auto d = distanceToShapes(z.shapes, pressed->skin, zones);
                        ASSERT_TRUE(d) << z.id;
                        // 3 cm, or the zone's own smaller clearance (a bony edge).
                        const float need =
                            z.clearanceCm ? std::min(0.03f, float(*z.clearanceCm) / 100.0f) : 0.03f;
                        EXPECT_GE(*d, need) << where << " near " << z.id;
                    }
                    ++checked;
                }
            }
        }
    }
    EXPECT_GE(checked, 20u);
}

TEST(TechniquePlacement, ValidationReportsPlacementsCloserThanThreeCentimetres) {
    // Every anchor resolved 2 cm outside a disc zone of radius 1 cm around the same point.
    Content content = world().content;
    CautionZone zone;
    zone.id = "test_zone";
    Shape disc;
    disc.kind = ShapeKind::Disc;
    disc.radiusCm = 1.0;
    disc.center.base = {{"centre", 1.0}};
    zone.shapes = {disc};
    content.cautionZones = {zone};
    const SkinPointResolver at = [](const Anchor& a) {
        return a.base.front().landmark == "centre" ? glm::vec3(0.0f) : glm::vec3(0.03f, 0, 0);
    };
    const auto close = checkSustainedPlacementsOnSkin(content, at, "left");
    ASSERT_FALSE(close.empty());
    EXPECT_NE(close.front().message.find("is 2 cm from caution zone \"test_zone\" on the left "
                                         "side of the atlas; sustained pressure must stay at "
                                         "least 3 cm outside it"),
              std::string::npos)
        << close.front().message;
    EXPECT_TRUE(checkSustainedPlacementsOnSkin(content, at, "left", 0.015f).empty());
}

} // namespace
} // namespace glutea

namespace glutea {
namespace {

TEST(TechniquePlacement, ValidationReportsATriggerPointPressedFromTheWrongSide) {
    // From the side of the hip the piriformis's lateral end lies behind the medius.
    Content content = world().content;
    ReferralPattern* piriformis = nullptr;
    for (auto& pattern : content.referralPatterns) {
        if (pattern.structure == "piriformis") {
            piriformis = &pattern;
        }
    }
    ASSERT_TRUE(piriformis);
    ASSERT_EQ(piriformis->triggerPoints.at(0).id, "piri_trp_lateral");
    piriformis->triggerPoints.at(0).pressFrom = PressFrom::Lateral;
    const auto problems = checkPressReachesTarget(content, world().press, Side::Left);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_NE(problems[0].message.find("trigger point \"piri_trp_lateral\" pressed from lateral on "
                                       "the left side does not reach piriformis: pressing in "
                                       "meets skin (0 mm), gluteus_medius ("),
              std::string::npos)
        << problems[0].message;
    EXPECT_TRUE(checkPressReachesTarget(world().content, world().press, Side::Left).empty());
}

TEST(TechniquePlacement, ValidationReportsAnAnchorOffThePlacementsMuscle) {
    Content content = world().content;
    for (auto& t : content.techniques) {
        for (auto& p : t.placements) {
            if (p.id == "mbw_gmax_upper") {
                p.point.on = "gluteus_medius";
            }
        }
    }
    const auto problems = checkPressReachesTarget(content, world().press, Side::Right);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].message,
              "placement \"mbw_gmax_upper\" works gluteus_maximus but this point lies on "
              "\"gluteus_medius\" (\"on\" must name gluteus_maximus)");
    EXPECT_EQ(problems[0].pointer, std::optional<std::string>("/techniques/8/placements/1/point"));
}

} // namespace
} // namespace glutea
