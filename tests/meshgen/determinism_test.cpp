// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// Same generator, same bytes: the committed assets must be exactly what the generator writes.
#include "atlas_fixture.h"
#include "meshgen/glb_writer.h"
#include "meshgen/landmarks_json.h"

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

TEST(MeshgenDeterminism, EveryConventionNodeAndLandmarkPresent) {
    const char* paired[] = {"gluteus_maximus",
                            "tensor_fasciae_latae",
                            "iliotibial_tract",
                            "gluteus_medius",
                            "gluteus_minimus",
                            "piriformis",
                            "gemellus_superior",
                            "obturator_internus",
                            "gemellus_inferior",
                            "quadratus_femoris",
                            "biceps_femoris_long_head",
                            "semitendinosus",
                            "semimembranosus",
                            "sciatic_nerve",
                            "tibial_nerve",
                            "common_fibular_nerve",
                            "hip_bone",
                            "femur",
                            "tibia",
                            "fibula"};
    for (const char* id : paired) {
        for (const char* side : {"_l", "_r"}) {
            EXPECT_NO_THROW(test::structure(std::string(id) + side)) << id << side;
        }
    }
    for (const char* id : {"skin", "sacrum", "coccyx"}) {
        EXPECT_NO_THROW(test::structure(id)) << id;
    }
    const char* lms[] = {"hip_joint_centre",
                         "asis",
                         "psis",
                         "iliac_crest_top",
                         "iliac_tubercle",
                         "iliac_crest_posterior",
                         "greater_sciatic_notch",
                         "ischial_spine",
                         "ischial_tuberosity",
                         "pubic_tubercle",
                         "greater_trochanter",
                         "greater_trochanter_lateral",
                         "lesser_trochanter",
                         "gluteal_tuberosity",
                         "femoral_lateral_epicondyle",
                         "femoral_medial_epicondyle",
                         "popliteal_fossa",
                         "lateral_malleolus",
                         "medial_malleolus",
                         "sciatic_exit",
                         "sacral_border_upper",
                         "sacral_border_lower"};
    for (const char* id : lms) {
        for (const char* side : {"_l", "_r"}) {
            EXPECT_NO_THROW(test::landmark(std::string(id) + side)) << id << side;
        }
    }
    for (const char* id :
         {"sacral_base", "sacral_apex", "coccyx_tip", "l5_spinous", "pubic_symphysis"}) {
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
