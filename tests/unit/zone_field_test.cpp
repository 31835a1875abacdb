// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// Zone fields on synthetic skins whose geodesics are known: a plane (straight lines), a cylinder
// and two cylinders side by side (two thighs). Expectations come from the geometry, not from the
// code under test.
#include <gtest/gtest.h>

#include <cmath>
#include <map>

#include "anatomy/zone_field.h"
#include "surface_meshes.h"
#include "test_shapes.h"

using namespace glutea;
using glutea::test::corridor;
using glutea::test::disc;

namespace {

constexpr float kF = 0.015f; // the feather, as docs/ANIMATION.md states it

// The weight the contract asks for: 1 inside, 0.5 on the boundary, 0 beyond half a feather out,
// smoothstep between.
float expectedWeight(float d) {
    const float t = std::clamp((d + 0.5f * kF) / kF, 0.0f, 1.0f);
    return 1.0f - t * t * (3.0f - 2.0f * t);
}

Atlas skinAtlas(Mesh mesh) {
    Atlas atlas;
    StructurePart part;
    part.structureId = "skin";
    part.side = Side::None;
    part.mesh = std::move(mesh);
    atlas.parts.push_back(std::move(part));
    return atlas;
}

// Anchors name points directly: "from" a key of `points`.
SkinPointResolver pointResolver(std::map<std::string, glm::vec3> points) {
    return [points](const Anchor& a) -> std::optional<glm::vec3> {
        if (a.base.empty() || !points.count(a.base.front().landmark)) {
            return std::nullopt;
        }
        return points.at(a.base.front().landmark);
    };
}

Anchor at(const std::string& name) {
    return test::anchorAt(name);
}

float segmentDistance(const glm::vec3& p, const glm::vec3& a, const glm::vec3& b) {
    const glm::vec3 ab = b - a;
    const float t = std::clamp(glm::dot(p - a, ab) / glm::dot(ab, ab), 0.0f, 1.0f);
    return glm::length(p - (a + t * ab));
}

// Largest difference between the field's weights and the expected ones.
template <class Expected>
float worstError(const Mesh& mesh, const std::vector<float>& w, Expected&& expected) {
    float worst = 0.0f;
    for (std::size_t v = 0; v < mesh.positions.size(); ++v) {
        worst = std::max(worst, std::abs(w[v] - expected(mesh.positions[v])));
    }
    return worst;
}

} // namespace

TEST(ZoneWeight, OneInsideHalfOnTheBoundaryNoneBeyondTheFeather) {
    EXPECT_FLOAT_EQ(zoneWeight(-0.05f), 1.0f);
    EXPECT_FLOAT_EQ(zoneWeight(-0.5f * kF), 1.0f);
    EXPECT_FLOAT_EQ(zoneWeight(0.0f), 0.5f);
    EXPECT_FLOAT_EQ(zoneWeight(0.5f * kF), 0.0f);
    EXPECT_FLOAT_EQ(zoneWeight(SurfaceDistance::kUnreached), 0.0f);
    EXPECT_FLOAT_EQ(zoneWeight(-SurfaceDistance::kUnreached), 1.0f);
    for (float d = -0.01f; d < 0.01f; d += 0.0005f) {
        EXPECT_LE(zoneWeight(d + 0.0005f), zoneWeight(d));
        EXPECT_NEAR(zoneWeight(d), expectedWeight(d), 1e-6f);
    }
}

TEST(ZoneField, ShapesOnAPlaneFollowStraightDistances) {
    const Mesh grid = test::flatGrid(80, 0.4f); // 5 mm cells, like the atlas's skin
    const Atlas atlas = skinAtlas(grid);
    const SkinField skin(atlas);
    ASSERT_FALSE(skin.empty());
    const glm::vec3 c(0.2f, 0.2f, 0.0f), e(0.35f, 0.2f, 0.0f);
    const glm::vec3 p0(0.1f, 0.1f, 0.0f), p1(0.3f, 0.1f, 0.0f), p2(0.3f, 0.3f, 0.0f);
    const auto resolve = pointResolver({{"c", c}, {"e", e}, {"p0", p0}, {"p1", p1}, {"p2", p2}});

    const auto d = skin.weights({disc("c", 5)}, resolve);
    ASSERT_TRUE(d);
    EXPECT_LT(
        worstError(grid, *d,
                   [&](const glm::vec3& p) { return expectedWeight(glm::length(p - c) - 0.05f); }),
        0.06f);

    const auto k = skin.weights({corridor({"p0", "p1", "p2"}, 4)}, resolve);
    ASSERT_TRUE(k);
    EXPECT_LT(worstError(grid, *k,
                         [&](const glm::vec3& p) {
                             return expectedWeight(
                                 std::min(segmentDistance(p, p0, p1), segmentDistance(p, p1, p2)) -
                                 0.02f);
                         }),
              0.06f);

    Shape ellipse;
    ellipse.kind = ShapeKind::Ellipse;
    ellipse.center = at("c");
    ellipse.majorRadiusCm = 8;
    ellipse.minorRadiusCm = 4;
    ellipse.majorTowardLandmark = "e"; // along +x
    const auto el = skin.weights({ellipse}, resolve);
    ASSERT_TRUE(el);
    EXPECT_LT(worstError(grid, *el,
                         [&](const glm::vec3& p) {
                             // Distance to the ellipse along the ray from its centre.
                             const glm::vec3 q = p - c;
                             const float r = glm::length(q);
                             if (r < 1e-6f) {
                                 return 1.0f;
                             }
                             const float cosA = q.x / r, sinA = q.y / r;
                             const float radius = 1.0f / std::sqrt(cosA * cosA / (0.08f * 0.08f) +
                                                                   sinA * sinA / (0.04f * 0.04f));
                             return expectedWeight(r - radius);
                         }),
              0.08f);
    // Its ends: 8 cm along the axis, 4 cm across.
    EXPECT_NEAR(skin.sample(*el, c + glm::vec3(0.08f, 0.0f, 0.0f)), 0.5f, 0.06f);
    EXPECT_NEAR(skin.sample(*el, c + glm::vec3(0.0f, 0.04f, 0.0f)), 0.5f, 0.06f);

    // A quadrilateral: signed distance to its outline, negative inside.
    const std::vector<glm::vec3> quad = {
        {0.1f, 0.1f, 0.0f}, {0.3f, 0.12f, 0.0f}, {0.25f, 0.3f, 0.0f}, {0.12f, 0.25f, 0.0f}};
    Shape polygon;
    polygon.kind = ShapeKind::Polygon;
    std::map<std::string, glm::vec3> corners;
    for (std::size_t i = 0; i < quad.size(); ++i) {
        corners["q" + std::to_string(i)] = quad[i];
        polygon.points.push_back(at("q" + std::to_string(i)));
    }
    const auto pw = skin.weights({polygon}, pointResolver(corners));
    ASSERT_TRUE(pw);
    auto inside = [&](const glm::vec3& p) {
        bool in = false;
        for (std::size_t i = 0, j = quad.size() - 1; i < quad.size(); j = i++) {
            const glm::vec3 a = quad[i], b = quad[j];
            if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x) {
                in = !in;
            }
        }
        return in;
    };
    EXPECT_LT(worstError(grid, *pw,
                         [&](const glm::vec3& p) {
                             float edge = 1e9f;
                             for (std::size_t i = 0; i < quad.size(); ++i) {
                                 edge =
                                     std::min(edge, segmentDistance(p, quad[i],
                                                                    quad[(i + 1) % quad.size()]));
                             }
                             return expectedWeight(inside(p) ? -edge : edge);
                         }),
              0.08f);
    // Union: the smaller signed distance wins.
    const auto both = skin.signedDistance({disc("c", 2), disc("e", 2)}, resolve);
    ASSERT_TRUE(both);
    EXPECT_NEAR(skin.sample(*both, c), -0.02f, 0.001f);
    EXPECT_NEAR(skin.sample(*both, e), -0.02f, 0.001f);
    EXPECT_NEAR(skin.sample(*both, 0.5f * (c + e)), 0.075f - 0.02f, 0.002f);
    // An anchor that does not resolve: no field at all, not a partial one.
    EXPECT_FALSE(skin.weights({disc("c", 2), disc("nowhere", 2)}, resolve));
}

TEST(ZoneField, MeasureGivesTheAreaInsideTheBoundary) {
    const Mesh grid = test::flatGrid(80, 0.4f);
    const Atlas atlas = skinAtlas(grid);
    const SkinField skin(atlas);
    const glm::vec3 c(0.2f, 0.2f, 0.0f);
    const auto w = skin.weights({disc("c", 5)}, pointResolver({{"c", c}}));
    ASSERT_TRUE(w);
    const SkinArea area = skin.measure(*w);
    EXPECT_TRUE(area.resolved);
    EXPECT_NEAR(area.areaCm2, M_PI * 25.0, 0.03 * M_PI * 25.0);
    EXPECT_NEAR(area.lowest.y, 0.15f, 0.005f);
    EXPECT_NEAR(area.highest.y, 0.25f, 0.005f);
}

TEST(ZoneField, DiscOnOneThighNeverReachesTheOther) {
    const float radius = 0.08f;
    Mesh thighs;
    test::appendCylinder(thighs, -0.085f, 0.0f, radius, 0.5f, 64, 50);
    test::appendCylinder(thighs, 0.085f, 0.0f, radius, 0.5f, 64, 50); // 1 cm apart
    thighs.computeNormals();
    const Atlas atlas = skinAtlas(thighs);
    const SkinField skin(atlas);
    const glm::vec3 c(-0.005f, 0.25f, 0.0f); // on the left tube, facing the right one
    const auto w = skin.weights({disc("c", 4)}, pointResolver({{"c", c}}));
    ASSERT_TRUE(w);
    int straightReach = 0;
    for (std::size_t v = 0; v < thighs.positions.size(); ++v) {
        const glm::vec3 p = thighs.positions[v];
        if (p.x > 0.0f) {
            EXPECT_EQ((*w)[v], 0.0f) << "vertex " << v;
            straightReach += glm::length(p - c) < 0.04f; // a straight-line disc would paint it
        } else {
            const float geodesic = test::cylinderGeodesic(p, c, -0.085f, 0.0f, radius);
            EXPECT_NEAR((*w)[v], expectedWeight(geodesic - 0.04f), 0.06f);
        }
    }
    EXPECT_GT(straightReach, 10); // the test means something: the tubes are within reach in space
}

TEST(ZoneField, FinerSkinGivesTheSameWeights) {
    const float radius = 0.08f;
    const Mesh coarse = test::cylinder(radius, 0.5f, 96, 80); // 5-6 mm edges, like the atlas's skin
    const Mesh fine = test::subdivided(coarse);               // the same surface, 2.5-3 mm edges
    const Atlas coarseAtlas = skinAtlas(coarse);
    const Atlas fineAtlas = skinAtlas(fine);
    const SkinField a(coarseAtlas), b(fineAtlas);
    const auto resolve = pointResolver(
        {{"c", {radius, 0.2f, 0.0f}}, {"u", {0.0f, 0.42f, radius}}, {"v", {-radius, 0.1f, 0.0f}}});
    const std::vector<Shape> shapes = {disc("c", 4), corridor({"u", "v"}, 3)};
    const auto wa = a.weights(shapes, resolve);
    const auto wb = b.weights(shapes, resolve);
    ASSERT_TRUE(wa && wb);
    float worst = 0.0f;
    double mean = 0.0;
    // Subdivision keeps the coarse vertices first, in their order.
    for (std::size_t v = 0; v < coarse.positions.size(); ++v) {
        const float d = std::abs((*wa)[v] - (*wb)[v]);
        worst = std::max(worst, d);
        mean += d;
    }
    mean /= static_cast<double>(coarse.positions.size());
    EXPECT_LT(worst, 0.1f);
    EXPECT_LT(mean, 0.005);
    EXPECT_NEAR(a.measure(*wa).areaCm2, b.measure(*wb).areaCm2, 0.05 * b.measure(*wb).areaCm2);
}

TEST(ZoneField, EmptyWithoutSkin) {
    const Atlas none;
    const SkinField skin(none);
    EXPECT_TRUE(skin.empty());
    EXPECT_EQ(skin.skinPart(), -1);
    EXPECT_FALSE(skin.measure({}).resolved);
}

TEST(ZoneField, WeightsMatchTheFullFieldOnACoarseSkin) {
    // Cells of 2.5 cm: longer than the feather, so weights() (which measures only a little way
    // past each shape) must still agree with the whole signed distance field.
    const Mesh grid = test::flatGrid(16, 0.4f);
    const Atlas atlas = skinAtlas(grid);
    const SkinField skin(atlas);
    std::map<std::string, glm::vec3> points = {{"c", {0.2f, 0.2f, 0.0f}},
                                               {"q0", {0.11f, 0.12f, 0.0f}},
                                               {"q1", {0.28f, 0.13f, 0.0f}},
                                               {"q2", {0.26f, 0.29f, 0.0f}},
                                               {"q3", {0.13f, 0.27f, 0.0f}}};
    Shape polygon;
    polygon.kind = ShapeKind::Polygon;
    for (const char* q : {"q0", "q1", "q2", "q3"}) {
        polygon.points.push_back(at(q));
    }
    const auto resolve = pointResolver(points);
    for (const auto& shapes : {std::vector<Shape>{polygon}, std::vector<Shape>{disc("c", 4)},
                               std::vector<Shape>{corridor({"q0", "q2"}, 3)}}) {
        const auto w = skin.weights(shapes, resolve);
        const auto d = skin.signedDistance(shapes, resolve);
        ASSERT_TRUE(w && d);
        for (std::size_t v = 0; v < grid.positions.size(); ++v) {
            EXPECT_FLOAT_EQ((*w)[v], zoneWeight((*d)[v])) << "vertex " << v;
        }
    }
    // And the polygon is the quadrilateral: its middle in, the grid's corners out.
    const auto d = skin.signedDistance({polygon}, resolve);
    EXPECT_LT(skin.sample(*d, {0.2f, 0.2f, 0.0f}), -0.05f);
    EXPECT_GT(skin.sample(*d, {0.0f, 0.0f, 0.0f}), 0.1f);
    EXPECT_GT(skin.sample(*d, {0.4f, 0.4f, 0.0f}), 0.1f);
}
