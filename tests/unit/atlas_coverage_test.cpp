// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// What `glutea validate` notes about an atlas that lacks structures or landmarks of
// docs/CONVENTIONS.md, and which content that turns off.
#include <gtest/gtest.h>

#include <algorithm>

#include "anatomy/convention_ids.h"
#include "app/atlas_coverage.h"
#include "test_support.h"

using namespace glutea;

namespace {

void addPart(Atlas& atlas, const std::string& id, Side side) {
    StructurePart part;
    part.structureId = id;
    part.side = side;
    part.nodeName = id;
    atlas.parts.push_back(part);
}

// Every structure and landmark the conventions name, with both sides of each structure (skin,
// sacrum and coccyx without one).
Atlas completeAtlas() {
    Atlas atlas;
    atlas.manifest.file = "/atlases/x/atlas.json";
    for (const auto& id : conventionIds().structures) {
        if (id == "skin" || id == "sacrum" || id == "coccyx") {
            addPart(atlas, id, Side::None);
        } else {
            addPart(atlas, id, Side::Left);
            addPart(atlas, id, Side::Right);
        }
    }
    for (const auto& id : conventionIds().landmarks) {
        atlas.landmarks[id] = Landmark{id, id, "", {}, {}};
    }
    return atlas;
}

void removeStructure(Atlas& atlas, const std::string& id, Side side) {
    std::erase_if(atlas.parts, [&](const StructurePart& p) {
        return p.structureId == id && (side == Side::None || p.side == side);
    });
}

bool anyContains(const std::vector<std::string>& notes, const std::string& text) {
    return std::any_of(notes.begin(), notes.end(),
                       [&](const std::string& n) { return n.find(text) != std::string::npos; });
}

} // namespace

TEST(AtlasCoverage, CompleteAtlasHasNoNotes) {
    const auto notes = atlasCoverageNotes(completeAtlas(), "");
    EXPECT_TRUE(notes.empty()) << notes.front();
}

TEST(AtlasCoverage, MissingSkinNerveAndOneSideAreNamed) {
    Atlas atlas = completeAtlas();
    removeStructure(atlas, "skin", Side::None);
    removeStructure(atlas, "sciatic_nerve", Side::None);
    removeStructure(atlas, "semitendinosus", Side::Right);
    atlas.landmarks.erase("psis_l");
    const auto notes = atlasCoverageNotes(atlas, "");
    EXPECT_TRUE(anyContains(notes, "lacks structures of docs/CONVENTIONS.md: sciatic_nerve, "
                                   "semitendinosus_r, skin"));
    EXPECT_TRUE(anyContains(notes, "lacks landmarks of docs/CONVENTIONS.md: psis_l"));
    EXPECT_TRUE(anyContains(notes, "no skin: referral maps off"));
    EXPECT_TRUE(anyContains(notes, "no sciatic_nerve"));
    for (const auto& n : notes) {
        EXPECT_EQ(n.rfind("/atlases/x/atlas.json: note: ", 0), 0u) << n;
    }
}

TEST(AtlasCoverage, ContentAnchoredToMissingLandmarksIsCounted) {
    const auto dir = test::scratchDir();
    // Two patterns: one anchored to psis (both sides present only on the left below), one to the
    // greater trochanter (present).
    test::writeFile(dir / "referral.json", R"({"patterns": [
        {"id": "a", "muscle": "gluteus_medius", "zones": [{"anchor": {"landmark": "psis"}}]},
        {"id": "b", "muscle": "gluteus_medius",
         "zones": [{"anchor": {"landmark": "greater_trochanter"}}]}]})");
    Atlas atlas = completeAtlas();
    atlas.landmarks.erase("psis_r"); // a sideless "psis" needs both sides
    const auto notes = atlasCoverageNotes(atlas, dir);
    EXPECT_TRUE(
        anyContains(notes, "referral.json patterns: 1 of 2 anchor to what this atlas lacks"))
        << (notes.empty() ? "" : notes.back());
    EXPECT_TRUE(anyContains(notes, "(landmarks psis)"));
    EXPECT_FALSE(anyContains(notes, "greater_trochanter)"));
    atlas.landmarks["psis_r"] = Landmark{"psis_r", "psis_r", "", {}, {}};
    EXPECT_FALSE(anyContains(atlasCoverageNotes(atlas, dir), "referral.json"));
}
