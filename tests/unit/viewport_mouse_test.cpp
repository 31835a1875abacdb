// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include "app/viewport_mouse.h"

using namespace glutea;

namespace {
const bool kUp[3] = {false, false, false};
const bool kLeft[3] = {true, false, false};
const bool kRight[3] = {false, true, false};
} // namespace

TEST(ViewportMouse, PressAndReleaseInPlaceIsAClick) {
    ViewportMouse m;
    EXPECT_TRUE(m.update({100, 100}, kUp, true, 0.0).hover);
    EXPECT_FALSE(m.update({100, 100}, kLeft, true, 0.1).click);
    const auto g = m.update({102, 101}, kUp, true, 0.2); // within the slop
    ASSERT_TRUE(g.click);
    EXPECT_EQ(*g.click, glm::vec2(102, 101));
    EXPECT_FALSE(g.doubleClick);
}

TEST(ViewportMouse, MovingWhilePressedIsADragNotAClick) {
    ViewportMouse m;
    m.update({100, 100}, kLeft, true, 0.0);
    auto g = m.update({120, 100}, kLeft, true, 0.1);
    ASSERT_TRUE(g.dragging);
    EXPECT_EQ(*g.dragging, MouseButton::Left);
    EXPECT_EQ(g.dragDelta, glm::vec2(20, 0));
    g = m.update({100, 100}, kUp, true, 0.2); // back where it started: still a drag
    EXPECT_FALSE(g.click);
}

TEST(ViewportMouse, RightDragPans) {
    ViewportMouse m;
    m.update({50, 50}, kRight, true, 0.0);
    const auto g = m.update({50, 80}, kRight, true, 0.1);
    ASSERT_TRUE(g.dragging);
    EXPECT_EQ(*g.dragging, MouseButton::Right);
    EXPECT_FALSE(m.update({50, 80}, kUp, true, 0.2).click); // right clicks do not select
}

TEST(ViewportMouse, TwoQuickClicksAreADoubleClick) {
    ViewportMouse m;
    m.update({10, 10}, kLeft, true, 0.0);
    m.update({10, 10}, kUp, true, 0.05);
    m.update({11, 10}, kLeft, true, 0.2);
    const auto g = m.update({11, 10}, kUp, true, 0.25);
    EXPECT_TRUE(g.click);
    EXPECT_TRUE(g.doubleClick);
    // Too slow: two single clicks.
    m.update({10, 10}, kLeft, true, 2.0);
    m.update({10, 10}, kUp, true, 2.05);
    m.update({10, 10}, kLeft, true, 3.0);
    EXPECT_FALSE(m.update({10, 10}, kUp, true, 3.05).doubleClick);
}

TEST(ViewportMouse, PressOverAPanelStartsNothing) {
    ViewportMouse m;
    m.update({10, 10}, kLeft, false, 0.0);
    EXPECT_FALSE(m.busy());
    EXPECT_FALSE(m.update({10, 10}, kUp, false, 0.1).click);
    EXPECT_FALSE(m.update({10, 10}, kUp, false, 0.2).hover);
}
