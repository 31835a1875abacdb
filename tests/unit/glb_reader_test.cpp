// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// The direct .glb reader against Assimp's reading of the same files, and against node transforms
// worked out by hand.
#include <cstdlib>
#include <map>

#include <gtest/gtest.h>

#include "base/display_lod.h"
#include "base/error.h"
#include "geometry/level_of_detail.h"
#include "hardening_support.h"
#include "import/assimp_loader.h"
#include "test_support.h"

namespace glutea {
namespace {

std::vector<NamedMesh> readThroughAssimp(const std::filesystem::path& file) {
    setenv("GLUTEA_GLB_READER", "assimp", 1);
    auto meshes = loadModelMeshes(file, ModelRef{});
    unsetenv("GLUTEA_GLB_READER");
    return meshes;
}

double area(const Mesh& m) {
    double sum = 0;
    for (std::size_t i = 0; i + 2 < m.indices.size(); i += 3) {
        const glm::vec3 a = m.positions[m.indices[i]];
        sum += 0.5 * glm::length(glm::cross(m.positions[m.indices[i + 1]] - a,
                                            m.positions[m.indices[i + 2]] - a));
    }
    return sum;
}

TEST(GlbReader, ReadsTheDefaultModelAsAssimpDoes) {
    const auto file = test::sourceDir() / "assets" / "atlas" / "model.glb";
    const auto direct = loadModelMeshes(file, ModelRef{});
    const auto assimp = readThroughAssimp(file);
    ASSERT_EQ(direct.size(), assimp.size());
    ASSERT_GT(direct.size(), 10u);
    for (std::size_t i = 0; i < direct.size(); ++i) {
        const Mesh& a = direct[i].mesh;
        const Mesh& b = assimp[i].mesh;
        EXPECT_EQ(direct[i].name, assimp[i].name);
        EXPECT_EQ(a.triangleCount(), b.triangleCount()) << direct[i].name;
        EXPECT_EQ(a.tangents.empty(), b.tangents.empty()) << direct[i].name;
        EXPECT_EQ(a.normals.size(), a.positions.size()) << direct[i].name;
        const Bounds ba = a.bounds(), bb = b.bounds();
        EXPECT_LT(glm::length(ba.min - bb.min) + glm::length(ba.max - bb.max), 1e-6f)
            << direct[i].name;
        EXPECT_LT(glm::length(a.surfaceCentroid() - b.surfaceCentroid()), 1e-6f) << direct[i].name;
        EXPECT_NEAR(area(a), area(b), 1e-6 * area(b)) << direct[i].name;
    }
}

// Two root nodes over one box: one moved, turned and scaled by TRS, one by a matrix, with a
// child that adds a translation. Where the box's corner (+h, -h, -h) lands is worked out by hand.
TEST(GlbReader, AppliesNodeTransformsAsGltfDefinesThem) {
    test::GlbSpec spec = test::boxSpec(0.2f); // corners at +-0.1
    spec.sceneNodes = "[0,1]";
    // Node 0: scale 2, then a quarter turn about +Y (x -> -z), then move by (0.5, 0, 0).
    // Node 1: a matrix moving by (0, 0.3, 0) (column-major, translation last), with child 2
    // moving a further (0, 0, 0.4).
    spec.nodes = R"([{"name":"femur","mesh":0,"translation":[0.5,0,0],)"
                 R"("rotation":[0,0.70710678,0,0.70710678],"scale":[2,2,2]},)"
                 R"({"name":"pelvis","matrix":[1,0,0,0,0,1,0,0,0,0,1,0,0,0.3,0,1],"children":[2]},)"
                 R"({"name":"sacrum","mesh":0,"translation":[0,0,0.4]}])";
    const auto file = test::scratchDir() / "transforms.glb";
    test::writeFile(file, test::makeGlb(spec));
    const auto meshes = loadModelMeshes(file, ModelRef{});
    ASSERT_EQ(meshes.size(), 2u);
    EXPECT_EQ(meshes[0].name, "femur");
    EXPECT_EQ(meshes[1].name, "sacrum");
    // Corner 1 of the box is (0.1, -0.1, -0.1). Scaled: (0.2, -0.2, -0.2). Turned a quarter
    // about +Y ((x, y, z) -> (z, y, -x)): (-0.2, -0.2, -0.2). Moved: (0.3, -0.2, -0.2).
    const glm::vec3 femurCorner = meshes[0].mesh.positions[1];
    EXPECT_LT(glm::length(femurCorner - glm::vec3(0.3f, -0.2f, -0.2f)), 1e-5f)
        << femurCorner.x << " " << femurCorner.y << " " << femurCorner.z;
    // The sacrum: (0.1, -0.1, -0.1) + (0, 0, 0.4) + (0, 0.3, 0).
    const glm::vec3 sacrumCorner = meshes[1].mesh.positions[1];
    EXPECT_LT(glm::length(sacrumCorner - glm::vec3(0.1f, 0.2f, 0.3f)), 1e-5f);
    // Assimp reads the same file to the same places.
    const auto assimp = readThroughAssimp(file);
    ASSERT_EQ(assimp.size(), 2u);
    for (std::size_t i = 0; i < 2; ++i) {
        EXPECT_EQ(assimp[i].name, meshes[i].name);
        const Bounds a = meshes[i].mesh.bounds(), b = assimp[i].mesh.bounds();
        EXPECT_LT(glm::length(a.min - b.min) + glm::length(a.max - b.max), 1e-5f) << meshes[i].name;
    }
}

TEST(GlbReader, LeavesPrimitivesWithoutIndicesToAssimp) {
    // 12 triangles as 36 separate corners: Assimp welds them into the box's 8 vertices.
    test::GlbSpec box = test::boxSpec();
    test::GlbSpec spec;
    for (const auto i : box.indices) {
        spec.positions.insert(spec.positions.end(), box.positions.begin() + 3 * i,
                              box.positions.begin() + 3 * i + 3);
    }
    const auto file = test::scratchDir() / "unindexed.glb";
    test::writeFile(file, test::makeGlb(spec));
    const auto meshes = loadModelMeshes(file, ModelRef{});
    ASSERT_EQ(meshes.size(), 1u);
    EXPECT_EQ(meshes[0].mesh.triangleCount(), 12u);
    EXPECT_EQ(meshes[0].mesh.positions.size(), 8u);
}

TEST(GlbReader, RefusesAnAccessorPastItsData) {
    std::string glb = test::makeGlb(test::boxSpec());
    // Claim twice the vertices the position view holds.
    const std::string from = R"("componentType":5126,"count":8)";
    const auto at = glb.find(from);
    ASSERT_NE(at, std::string::npos);
    glb.replace(at, from.size(), R"("componentType":5126,"count":9)");
    const auto file = test::scratchDir() / "past.glb";
    test::writeFile(file, glb);
    try {
        loadModelMeshes(file, ModelRef{});
        FAIL() << "an accessor reading past its buffer view was accepted";
    } catch (const Error& e) {
        const std::string what = e.what();
        EXPECT_NE(what.find(file.string()), std::string::npos) << what;
        EXPECT_NE(what.find("reads past the end of its data"), std::string::npos) << what;
    }
}

// The generator stores each mesh's display level in the file, so loading simplifies nothing; what
// it stores is what simplifying the loaded mesh at load makes (geometry/level_of_detail, the
// app's path for other models): same triangles, drawn the same.
TEST(GlbReader, DefaultModelCarriesTheDisplayLevelThatLoadingWouldMake) {
    const auto file = test::sourceDir() / "assets" / "atlas" / "model.glb";
    const auto meshes = loadModelMeshes(file, ModelRef{});
    ASSERT_GT(meshes.size(), 10u);
    std::size_t full = 0, display = 0;
    for (const auto& named : meshes) {
        ASSERT_FALSE(named.displayIndices.empty()) << named.name << " has no stored display level";
        // The skin's node is named by its structure id; the other nodes add a side.
        const DisplayLod& lod = displayLodOf(named.name);
        EXPECT_EQ(named.displayIndices,
                  simplifiedIndices(named.mesh, lod.ratio, lod.maxErrorMetres))
            << named.name;
        full += named.mesh.indices.size() / 3;
        display += named.displayIndices.size() / 3;
    }
    EXPECT_LT(display, full / 4) << "display " << display << " of " << full << " triangles";
    // Read through Assimp, which knows no extras, the same file has none: the app makes them.
    for (const auto& named : readThroughAssimp(file)) {
        EXPECT_TRUE(named.displayIndices.empty()) << named.name;
    }
}

TEST(GlbReader, ReadsAStoredDisplayLevelAndRefusesADamagedOne) {
    test::GlbSpec spec = test::boxSpec();
    spec.displayIndices = {spec.indices.begin(), spec.indices.begin() + 6}; // two of its faces
    const auto file = test::scratchDir() / "lod.glb";
    test::writeFile(file, test::makeGlb(spec));
    const auto meshes = loadModelMeshes(file, ModelRef{});
    ASSERT_EQ(meshes.size(), 1u);
    EXPECT_EQ(meshes[0].displayIndices, spec.displayIndices);
    EXPECT_EQ(meshes[0].mesh.triangleCount(), 12u);

    spec.displayIndices[4] = 8; // the box has vertices 0-7
    test::writeFile(file, test::makeGlb(spec));
    try {
        loadModelMeshes(file, ModelRef{});
        FAIL() << "a display level naming a vertex the mesh lacks was accepted";
    } catch (const Error& e) {
        const std::string what = e.what();
        EXPECT_NE(what.find(file.string()), std::string::npos) << what;
        EXPECT_NE(what.find("display level of detail"), std::string::npos) << what;
        EXPECT_NE(what.find("refers to vertex 8 of 8"), std::string::npos) << what;
    }
}

} // namespace
} // namespace glutea
