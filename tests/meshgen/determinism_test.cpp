// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// Same generator, same bytes: the committed assets must be exactly what the generator writes.
#include "atlas_fixture.h"
#include "meshgen/glb_writer.h"
#include "meshgen/landmarks_json.h"

#include "anatomy/convention_ids.h"

#include <gtest/gtest.h>

#include <cstdio>

#include <fstream>
#include <iterator>

using namespace glutea::meshgen;

namespace {
std::vector<uint8_t> readFile(const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    return std::vector<uint8_t>(std::istreambuf_iterator<char>(f), {});
}
} // namespace

TEST(MeshgenDeterminism, ModelGlbEqualsCommittedFile) {
    const auto committed = readFile(std::string(GLUTEA_SOURCE_DIR) + "/assets/atlas/model.glb");
    ASSERT_FALSE(committed.empty()) << "assets/atlas/model.glb missing";
    const auto fresh = encodeGlb(test::atlas().structures);
    EXPECT_EQ(fresh.size(), committed.size());
    EXPECT_TRUE(fresh == committed) << "regenerate with glutea-meshgen --out-dir assets/atlas";
}

TEST(MeshgenDeterminism, LandmarksJsonEqualsCommittedFile) {
    const auto committed =
        readFile(std::string(GLUTEA_SOURCE_DIR) + "/assets/atlas/landmarks.json");
    ASSERT_FALSE(committed.empty());
    const std::string fresh = encodeLandmarksJson(test::atlas().landmarks);
    EXPECT_EQ(std::string(committed.begin(), committed.end()), fresh);
}

// The ids come from the app's own list (anatomy/convention_ids), the one the content is validated
// against, so the model and the content cannot drift apart: every structure is generated, on both
// sides or once on the midline (the round-2 structures too: the default model has them all).
TEST(MeshgenDeterminism, EveryConventionNodeAndLandmarkPresent) {
    auto has = [](const std::string& node) {
        for (const auto& s : test::atlas().structures) {
            if (s.node == node) {
                return true;
            }
        }
        return false;
    };
    const glutea::KnownIds ids = glutea::conventionIds();
    int generated = 0;
    for (const std::string& id : ids.structures) {
        const bool paired = has(id + "_l") && has(id + "_r");
        const bool single = has(id);
        EXPECT_TRUE(paired || single) << id << ": neither " << id << " nor " << id << "_l/_r";
        EXPECT_FALSE(paired && single) << id << ": both on the midline and paired";
        generated += paired || single ? 1 : 0;
    }
    std::printf("%d of %zu convention structures generated\n", generated, ids.structures.size());
    for (const std::string& id : ids.landmarks) {
        EXPECT_NO_THROW(test::landmark(id)) << id;
    }
}

TEST(MeshgenBudgets, TriangleCounts) {
    size_t total = 0;
    for (const auto& s : test::atlas().structures) {
        total += s.mesh.triangleCount();
        std::printf("%-28s %7zu triangles\n", s.node.c_str(), s.mesh.triangleCount());
        if (s.id == "gluteus_maximus" || s.id == "gluteus_medius" || s.id == "gluteus_minimus" ||
            s.id == "piriformis") {
            EXPECT_GE(s.mesh.triangleCount(), 5000u) << s.node;
            EXPECT_LE(s.mesh.triangleCount(), 40000u) << s.node;
        }
    }
    EXPECT_LE(test::structure("skin").mesh.triangleCount(), 60000u);
    // 250k before issue 17; since the pelvis was widened the sacrum's symmetric decimation stops
    // at about 17k of its 9k target (measured 254,630 in all). The file budget is 400k,
    // shared by the round's new structures.
    EXPECT_LE(total, 400000u);
}
