// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include "anatomy/atlas.h"
#include "anatomy/selection.h"

using namespace glutea;

namespace {

Selection sel(const char* id, Side side = Side::Left, bool both = false) {
    return {id, side, both};
}

Atlas smallAtlas() {
    Atlas atlas;
    for (auto [id, side] : {std::pair{"piriformis", Side::Left},
                            {"piriformis", Side::Right},
                            {"sacrum", Side::None},
                            {"gluteus_maximus", Side::Left}}) {
        StructurePart p;
        p.structureId = id;
        p.side = side;
        atlas.parts.push_back(p);
    }
    return atlas;
}

} // namespace

TEST(Selection, PartsOfASelection) {
    const Atlas atlas = smallAtlas();
    EXPECT_TRUE(selectedParts(atlas, {}).empty());
    EXPECT_EQ(selectedParts(atlas, sel("piriformis", Side::Right)), std::vector<int>{1});
    EXPECT_EQ(selectedParts(atlas, sel("piriformis", Side::Right, true)), (std::vector<int>{0, 1}));
    EXPECT_EQ(selectedParts(atlas, sel("sacrum", Side::None)), std::vector<int>{2});

    EXPECT_EQ(selectionOfPart(atlas, 1), sel("piriformis", Side::Right));
    EXPECT_EQ(selectionOfPart(atlas, 0, true), sel("piriformis", Side::Left, true));
    EXPECT_FALSE(selectionOfPart(atlas, 2, true).bothSides); // unpaired: no other side
    EXPECT_TRUE(selectionOfPart(atlas, -1).empty());
    EXPECT_TRUE(selectionOfPart(atlas, 99).empty());
}

TEST(SelectionHistory, StartsEmptyWithNowhereToGo) {
    SelectionHistory h;
    EXPECT_TRUE(h.current().empty());
    EXPECT_FALSE(h.canGoBack());
    EXPECT_FALSE(h.canGoForward());
    EXPECT_FALSE(h.back());
    EXPECT_FALSE(h.forward());
    EXPECT_FALSE(h.clear()); // already empty: no entry
    EXPECT_EQ(h.size(), 1u);
}

TEST(SelectionHistory, BackAndForward) {
    SelectionHistory h;
    EXPECT_TRUE(h.select(sel("piriformis")));
    EXPECT_TRUE(h.select(sel("sciatic_nerve")));
    EXPECT_FALSE(h.select(sel("sciatic_nerve"))); // the same again adds nothing
    EXPECT_EQ(h.size(), 3u);
    EXPECT_TRUE(h.back());
    EXPECT_EQ(h.current(), sel("piriformis"));
    EXPECT_TRUE(h.back());
    EXPECT_TRUE(h.current().empty());
    EXPECT_FALSE(h.back());
    EXPECT_TRUE(h.forward());
    EXPECT_TRUE(h.forward());
    EXPECT_EQ(h.current(), sel("sciatic_nerve"));
    EXPECT_FALSE(h.forward());
}

TEST(SelectionHistory, SelectingAfterBackDropsTheForwardEntries) {
    SelectionHistory h;
    h.select(sel("a"));
    h.select(sel("b"));
    h.select(sel("c"));
    h.back();
    h.back();
    EXPECT_EQ(h.current(), sel("a"));
    h.select(sel("d"));
    EXPECT_FALSE(h.canGoForward());
    EXPECT_EQ(h.size(), 3u); // empty, a, d
    h.back();
    EXPECT_EQ(h.current(), sel("a"));
}

TEST(SelectionHistory, EscapeClearsAndIsItselfAnEntry) {
    SelectionHistory h;
    h.select(sel("piriformis"));
    EXPECT_TRUE(h.clear());
    EXPECT_TRUE(h.current().empty());
    EXPECT_TRUE(h.back()); // Back after Escape restores the selection
    EXPECT_EQ(h.current(), sel("piriformis"));
    EXPECT_TRUE(h.forward());
    EXPECT_TRUE(h.current().empty());
}

TEST(SelectionHistory, BothSidesToggle) {
    SelectionHistory h;
    EXPECT_FALSE(h.setBothSides(true)); // nothing selected
    h.select(sel("piriformis", Side::Right));
    EXPECT_TRUE(h.setBothSides(true));
    EXPECT_TRUE(h.current().bothSides);
    EXPECT_EQ(h.current().side, Side::Right); // the side picked is remembered
    EXPECT_FALSE(h.setBothSides(true));
    EXPECT_TRUE(h.back());
    EXPECT_FALSE(h.current().bothSides);
    h.select(sel("sacrum", Side::None));
    EXPECT_FALSE(h.setBothSides(true)); // unpaired
}

TEST(SelectionHistory, KeepsOnlyTheLastEntries) {
    SelectionHistory h(4);
    for (const char* id : {"a", "b", "c", "d", "e", "f"}) {
        h.select(sel(id));
    }
    EXPECT_EQ(h.size(), 4u);
    int steps = 0;
    while (h.back()) {
        ++steps;
    }
    EXPECT_EQ(steps, 3);
    EXPECT_EQ(h.current(), sel("c"));
    SelectionHistory standard;
    for (int i = 0; i < 100; ++i) {
        standard.select(sel(i % 2 ? "x" : "y"));
    }
    EXPECT_EQ(standard.size(), SelectionHistory::kDefaultCapacity);
}
