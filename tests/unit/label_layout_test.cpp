// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// The label layout's promises, checked on crowded random scenes: boxes never overlap each other,
// stay inside the view and cover no anchor; a label moves rigidly with its anchor from frame to
// frame; the leader starts on its box's edge; what finds no room is left out. Every check is
// computed here from the returned boxes, not by the layout's own helpers.
#include <gtest/gtest.h>

#include <random>

#include "anatomy/label_layout.h"

using namespace glutea;

namespace {

std::vector<LabelCandidate> crowd(int n, unsigned seed, glm::vec2 size) {
    std::mt19937 random(seed);
    std::uniform_real_distribution<float> x(size.x * 0.3f, size.x * 0.7f),
        y(size.y * 0.25f, size.y * 0.75f);
    std::uniform_real_distribution<float> w(40.0f, 140.0f);
    std::vector<LabelCandidate> out;
    for (int i = 0; i < n; ++i) {
        out.push_back({"s" + std::to_string(i),
                       "label " + std::to_string(i),
                       {x(random), y(random)},
                       {w(random), 15.0f},
                       i % 3});
    }
    return out;
}

bool overlap(const PlacedLabel& a, const PlacedLabel& b) {
    return a.boxMin.x < b.boxMax.x && b.boxMin.x < a.boxMax.x && a.boxMin.y < b.boxMax.y &&
           b.boxMin.y < a.boxMax.y;
}

} // namespace

TEST(LabelLayout, BoxesNeverOverlapStayInsideAndCoverNoAnchor) {
    const glm::vec2 size(1280, 720);
    for (unsigned seed = 1; seed <= 20; ++seed) {
        const auto candidates = crowd(40, seed, size);
        LabelLayout layout;
        const auto placed = layout.place(candidates, size);
        EXPECT_GE(placed.size(), 15u) << "seed " << seed; // crowded, but most find room
        for (std::size_t i = 0; i < placed.size(); ++i) {
            const auto& a = placed[i];
            EXPECT_GE(a.boxMin.x, 0.0f);
            EXPECT_GE(a.boxMin.y, 0.0f);
            EXPECT_LE(a.boxMax.x, size.x);
            EXPECT_LE(a.boxMax.y, size.y);
            for (std::size_t j = i + 1; j < placed.size(); ++j) {
                EXPECT_FALSE(overlap(a, placed[j])) << a.id << " and " << placed[j].id;
            }
            for (const auto& c : candidates) {
                const bool inside = c.anchor.x >= a.boxMin.x && c.anchor.x <= a.boxMax.x &&
                                    c.anchor.y >= a.boxMin.y && c.anchor.y <= a.boxMax.y;
                EXPECT_FALSE(inside) << a.id << " covers the anchor of " << c.id;
            }
        }
    }
}

TEST(LabelLayout, LeaderStartsOnTheBoxEdgeAndTextFits) {
    const auto candidates = crowd(12, 3, {800, 600});
    LabelLayout layout;
    for (const auto& p : layout.place(candidates, {800, 600})) {
        const bool onVertical = (std::abs(p.leaderStart.x - p.boxMin.x) < 1e-3f ||
                                 std::abs(p.leaderStart.x - p.boxMax.x) < 1e-3f) &&
                                p.leaderStart.y >= p.boxMin.y && p.leaderStart.y <= p.boxMax.y;
        const bool onHorizontal = (std::abs(p.leaderStart.y - p.boxMin.y) < 1e-3f ||
                                   std::abs(p.leaderStart.y - p.boxMax.y) < 1e-3f) &&
                                  p.leaderStart.x >= p.boxMin.x && p.leaderStart.x <= p.boxMax.x;
        EXPECT_TRUE(onVertical || onHorizontal) << p.id;
        const auto c = std::find_if(candidates.begin(), candidates.end(),
                                    [&](const auto& c) { return c.id == p.id; });
        EXPECT_GE(p.boxMax.x - p.boxMin.x, c->size.x);
        EXPECT_GE(p.boxMax.y - p.boxMin.y, c->size.y);
        EXPECT_GE(glm::distance(p.leaderStart, p.anchor), 10.0f); // a visible leader
    }
}

TEST(LabelLayout, LabelsMoveRigidlyWithTheirAnchors) {
    const glm::vec2 size(1280, 720);
    auto candidates = crowd(25, 9, size);
    LabelLayout layout;
    const auto before = layout.place(candidates, size);
    // A small camera motion: every anchor drifts a few pixels, not quite uniformly.
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        candidates[i].anchor += glm::vec2(3.0f + 0.1f * float(i % 4), -2.0f);
    }
    const auto after = layout.place(candidates, size);
    int same = 0;
    for (const auto& b : before) {
        for (const auto& a : after) {
            if (a.id != b.id) {
                continue;
            }
            const glm::vec2 boxMove = a.boxMin - b.boxMin, anchorMove = a.anchor - b.anchor;
            EXPECT_LE(glm::length(boxMove - anchorMove), 1.5f) << a.id << " jumped";
            ++same;
        }
    }
    EXPECT_GE(same, int(before.size()) - 2); // nearly every label kept its place
}

TEST(LabelLayout, WhatFindsNoRoomIsLeftOutAndOrderDoesNotMatter) {
    std::vector<LabelCandidate> many;
    for (int i = 0; i < 30; ++i) {
        many.push_back({"m" + std::to_string(i),
                        "a long label text",
                        {100.0f + i, 60.0f},
                        {120.0f, 14.0f},
                        0});
    }
    LabelLayout small;
    const auto placed = small.place(many, {200, 120});
    EXPECT_LT(placed.size(), many.size());
    EXPECT_GE(placed.size(), 1u);
    std::reverse(many.begin(), many.end());
    LabelLayout again;
    const auto reversed = again.place(many, {200, 120});
    ASSERT_EQ(reversed.size(), placed.size());
    for (std::size_t i = 0; i < placed.size(); ++i) {
        EXPECT_EQ(reversed[i].id, placed[i].id);
        EXPECT_EQ(reversed[i].boxMin, placed[i].boxMin);
    }
}
