// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// Which skin triangles the paint pass draws: a strip of four triangles over six vertices, with
// paint set on single vertices, so the expected triangles can be read off the strip by hand.
#include <gtest/gtest.h>

#include "anatomy/scene_overlay.h"

using namespace glutea;

namespace {

// Vertices 0..5 in a strip: triangles (0,1,2) (1,3,2) (2,3,4) (3,5,4).
const std::vector<std::uint32_t> kStrip = {0, 1, 2, 1, 3, 2, 2, 3, 4, 3, 5, 4};

SkinPaint blank() {
    SkinPaint p;
    p.pain.assign(6, glm::vec4(0.0f));
    p.caution.assign(6, glm::vec4(0.0f));
    return p;
}

std::size_t triangles(const std::vector<std::uint32_t>& indices) {
    return indices.size() / 3;
}

} // namespace

TEST(SkinPaintSubset, NothingPaintedDrawsNothing) {
    EXPECT_TRUE(trianglesCarryingPaint(kStrip, blank(), true, true).empty());
}

TEST(SkinPaintSubset, ZoneWeightOnOneVertexKeepsTheTrianglesAroundIt) {
    SkinPaint p = blank();
    p.pain[0].x = 0.3f; // only triangle (0,1,2) touches vertex 0
    const auto only0 = trianglesCarryingPaint(kStrip, p, false, false);
    ASSERT_EQ(triangles(only0), 1u);
    EXPECT_EQ(only0, (std::vector<std::uint32_t>{0, 1, 2}));

    p = blank();
    p.pain[3].y = 0.01f; // vertex 3 belongs to three triangles
    EXPECT_EQ(triangles(trianglesCarryingPaint(kStrip, p, false, false)), 3u);
}

TEST(SkinPaintSubset, ArrivalDistanceAloneIsNotPaint) {
    SkinPaint p = blank();
    for (auto& v : p.pain) {
        v.z = 0.4f; // how far the pain travels: shown only where a zone weight is
    }
    EXPECT_TRUE(trianglesCarryingPaint(kStrip, p, true, true).empty());
}

TEST(SkinPaintSubset, PaintedAreaAndCautionsCountOnlyWhenShown) {
    SkinPaint p = blank();
    p.pain[5].w = 1.0f;    // painted area on the last triangle
    p.caution[0].y = 0.5f; // a bony caution zone on the first
    EXPECT_TRUE(trianglesCarryingPaint(kStrip, p, false, false).empty());
    EXPECT_EQ(trianglesCarryingPaint(kStrip, p, true, false),
              (std::vector<std::uint32_t>{3, 5, 4}));
    EXPECT_EQ(trianglesCarryingPaint(kStrip, p, false, true),
              (std::vector<std::uint32_t>{0, 1, 2}));
    EXPECT_EQ(triangles(trianglesCarryingPaint(kStrip, p, true, true)), 2u);
}

TEST(SkinPaintSubset, ShortChannelsAreUnpainted) {
    SkinPaint p;
    p.pain.assign(1, glm::vec4(1.0f, 0.0f, 0.0f, 0.0f)); // only vertex 0 has a value
    EXPECT_EQ(triangles(trianglesCarryingPaint(kStrip, p, true, true)), 1u);
}
