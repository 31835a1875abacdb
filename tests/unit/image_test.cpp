// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include "base/error.h"
#include "imaging/image.h"
#include "test_support.h"

using namespace glutea;

namespace {
Image solid(int w, int h, std::uint8_t v) {
    return {w, h, std::vector<std::uint8_t>(static_cast<std::size_t>(w) * h * 3, v)};
}
} // namespace

TEST(ImageCompare, IdenticalImagesHaveNoError) {
    const auto d = compareImages(solid(8, 8, 100), solid(8, 8, 100));
    EXPECT_EQ(d.meanAbsoluteError, 0.0);
    EXPECT_EQ(d.shareOff, 0.0);
}

TEST(ImageCompare, CountsPixelsOffByMoreThanTheTolerance) {
    Image a = solid(10, 10, 100), b = solid(10, 10, 100);
    b.rgb[0] = 120; // one pixel off by 20 in one channel
    b.rgb[3] = 105; // one pixel off by 5: within tolerance
    const auto d = compareImages(a, b, 8);
    EXPECT_DOUBLE_EQ(d.shareOff, 0.01);
    EXPECT_NEAR(d.meanAbsoluteError, 25.0 / 300.0, 1e-12);
    EXPECT_GT(d.diff.at(0, 0).r, d.diff.at(1, 0).r);
}

TEST(ImageCompare, SizeMismatchIsAnError) {
    EXPECT_THROW(compareImages(solid(4, 4, 0), solid(4, 5, 0)), Error);
}

TEST(ImagePng, RoundTrips) {
    Image a = solid(5, 3, 0);
    a.rgb[3 * 7 + 1] = 200;
    const auto file = test::scratchDir() / "a.png";
    writePng(file, a);
    const Image b = readPng(file);
    ASSERT_EQ(b.width, 5);
    ASSERT_EQ(b.height, 3);
    EXPECT_EQ(b.rgb, a.rgb);
    EXPECT_THROW(readPng(file.parent_path() / "missing.png"), Error);
}
