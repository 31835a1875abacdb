// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// A quick tap whose press and release arrive in one poll must reach ImGui as down for a frame.
#include "app/held_key_releases.h"

#include <gtest/gtest.h>

namespace glutea {
namespace {

TEST(HeldKeyReleases, ATapWithinOnePollIsReleasedAfterTheNextFrameStarts) {
    HeldKeyReleases keys;
    keys.pressed(257);
    EXPECT_TRUE(keys.hold(257, 36, 0)); // Return pressed and released before any frame
    const auto due = keys.frameStarted();
    ASSERT_EQ(due.size(), 1u);
    EXPECT_EQ(due[0].key, 257);
    EXPECT_EQ(due[0].scancode, 36);
    EXPECT_TRUE(keys.frameStarted().empty()); // given once
}

TEST(HeldKeyReleases, AReleaseAfterAFrameSawThePressGoesAtOnce) {
    HeldKeyReleases keys;
    keys.pressed(257);
    EXPECT_TRUE(keys.frameStarted().empty());
    EXPECT_FALSE(keys.hold(257, 36, 0));
    EXPECT_FALSE(keys.hold(65, 38, 0)); // never pressed through ImGui: nothing to wait for
}

} // namespace
} // namespace glutea
