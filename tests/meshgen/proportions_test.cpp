// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// Proportions against real anatomy: the Visible Human Female gluteal muscles in
// ../shared/anatomy-reference, read at run time (numbers only, nothing enters the project).
#include "atlas_fixture.h"

#include <gtest/gtest.h>

#include <cstring>
#include <filesystem>
#include <fstream>

using namespace glutea::meshgen;

namespace {

struct Stl {
    std::vector<glm::dvec3> tri; // 3 per triangle
};

bool readStl(const std::string& path, Stl& out) {
    std::ifstream f(path, std::ios::binary);
    if (!f)
        return false;
    char header[80];
    uint32_t n = 0;
    f.read(header, 80);
    f.read(reinterpret_cast<char*>(&n), 4);
    for (uint32_t i = 0; i < n && f; ++i) {
        float v[12];
        uint16_t attr;
        f.read(reinterpret_cast<char*>(v), 48);
        f.read(reinterpret_cast<char*>(&attr), 2);
        for (int k = 1; k < 4; ++k)
            out.tri.emplace_back(v[3 * k], v[3 * k + 1], v[3 * k + 2]);
    }
    return bool(f);
}

double stlVolume(const Stl& s) {
    double v = 0;
    for (size_t i = 0; i < s.tri.size(); i += 3)
        v += glm::dot(s.tri[i], glm::cross(s.tri[i + 1], s.tri[i + 2])) / 6.0;
    return v;
}

glm::dvec3 centroid(const Stl& s) {
    glm::dvec3 c(0.0);
    for (const auto& p : s.tri)
        c += p;
    return c / double(s.tri.size());
}

} // namespace

TEST(MeshgenProportions, GlutealMusclesMatchVisibleHumanFemale) {
    const std::string dir =
        std::string(GLUTEA_SOURCE_DIR) + "/../shared/anatomy-reference/visible-human-denver";
    if (!std::filesystem::exists(dir))
        GTEST_SKIP() << "reference data not found at " << dir
                     << " (it lives outside the repository)";
    Stl hl, hr;
    ASSERT_TRUE(readStl(dir + "/VHF_Left_Cartilage_FemurHead_smooth.stl", hl));
    ASSERT_TRUE(readStl(dir + "/VHF_Right_Cartilage_FemurHead_smooth.stl", hr));
    // Pelvic width proxy: distance between the hip joint centres (femoral head cartilage centroids,
    // in mm), the same measure the atlas is built on.
    const double refWidth = glm::length(centroid(hl) - centroid(hr)) / 1000.0;
    const double ourWidth =
        glm::length(test::landmark("hip_joint_centre_l") - test::landmark("hip_joint_centre_r"));
    const double scale = ourWidth / refWidth;

    const char* names[4] = {"GluteusMaximus", "GluteusMedius", "GluteusMinimus", "Piriformis"};
    const char* ids[4] = {"gluteus_maximus", "gluteus_medius", "gluteus_minimus", "piriformis"};
    double refVol[4], ourVol[4], refSum = 0, ourSum = 0;
    glm::dvec3 refExt[4], ourExt[4];
    for (int i = 0; i < 4; ++i) {
        refVol[i] = 0;
        refExt[i] = glm::dvec3(0.0);
        for (const char* side : {"Left", "Right"}) {
            Stl s;
            ASSERT_TRUE(readStl(dir + "/VHF_" + side + "_Muscle_" + names[i] + "_smooth.stl", s));
            refVol[i] += stlVolume(s) * 1e-9;
            glm::dvec3 lo(1e9), hi(-1e9);
            for (const auto& p : s.tri) {
                lo = glm::min(lo, p);
                hi = glm::max(hi, p);
            }
            // Reference axes: +X right, +Y anterior, +Z up (mm) -> atlas (x, y, z) extents (X, Z,
            // Y).
            const glm::dvec3 e = (hi - lo) / 1000.0;
            refExt[i] += glm::dvec3(e.x, e.z, e.y) * 0.5 * scale;
        }
        ourVol[i] = signedVolume(test::structure(std::string(ids[i]) + "_l").mesh) +
                    signedVolume(test::structure(std::string(ids[i]) + "_r").mesh);
        const Box b = bounds(test::structure(std::string(ids[i]) + "_l").mesh);
        ourExt[i] = glm::dvec3(b.hi - b.lo);
        refSum += refVol[i];
        ourSum += ourVol[i];
    }
    for (int i = 0; i < 4; ++i) {
        const double refShare = refVol[i] / refSum, ourShare = ourVol[i] / ourSum;
        EXPECT_NEAR(ourShare / refShare, 1.0, 0.25)
            << ids[i] << " volume share " << ourShare << " vs reference " << refShare;
        for (int k = 0; k < 3; ++k)
            EXPECT_NEAR(ourExt[i][k] / refExt[i][k], 1.0, 0.20)
                << ids[i] << " extent along "
                << "xyz"[k] << ": " << ourExt[i][k] << " m vs scaled reference " << refExt[i][k]
                << " m";
    }
}
