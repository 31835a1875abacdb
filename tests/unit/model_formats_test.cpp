// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// Models in other formats than glTF load through the same path (Assimp), in the atlas frame.
#include <gtest/gtest.h>

#include "import/assimp_loader.h"
#include "test_support.h"

using namespace glutea;

namespace {
// A tetrahedron with its apex up (+Z in the file), in millimetres.
const char* kStl = R"(solid tetra
facet normal 0 0 -1
 outer loop
  vertex 0 0 0
  vertex 0 100 0
  vertex 100 0 0
 endloop
endfacet
facet normal 0 -1 0
 outer loop
  vertex 0 0 0
  vertex 100 0 0
  vertex 0 0 100
 endloop
endfacet
facet normal -1 0 0
 outer loop
  vertex 0 0 0
  vertex 0 0 100
  vertex 0 100 0
 endloop
endfacet
facet normal 1 1 1
 outer loop
  vertex 100 0 0
  vertex 0 100 0
  vertex 0 0 100
 endloop
endfacet
endsolid tetra
)";

const char* kPly = R"(ply
format ascii 1.0
element vertex 4
property float x
property float y
property float z
element face 4
property list uchar int vertex_indices
end_header
0 0 0
0 1 0
1 0 0
0 0 1
3 0 1 2
3 0 2 3
3 0 3 1
3 2 1 3
)";
} // namespace

TEST(ModelFormats, StlInMillimetresWithZUp) {
    const auto file = test::scratchDir() / "tetra.stl";
    test::writeFile(file, kStl);
    ModelRef ref;
    ref.metresPerUnit = 0.001;
    ref.up = "+Z";
    ref.front = "-Y";
    const auto meshes = loadModelMeshes(file, ref);
    ASSERT_EQ(meshes.size(), 1u);
    const Mesh& m = meshes[0].mesh;
    EXPECT_EQ(m.triangleCount(), 4u);
    EXPECT_EQ(m.positions.size(), 4u) << "STL corners should be welded";
    const Bounds b = m.bounds();
    EXPECT_NEAR(b.max.y, 0.1f, 1e-6f);  // the apex: +Z in the file is up
    EXPECT_NEAR(b.min.z, -0.1f, 1e-6f); // +Y in the file faces backwards (front is -Y)
    for (const auto& n : m.normals) {
        EXPECT_NEAR(glm::length(n), 1.0f, 1e-5f); // smooth normals, recomputed
    }
}

TEST(ModelFormats, PlyInMetres) {
    const auto file = test::scratchDir() / "tetra.ply";
    test::writeFile(file, kPly);
    const auto meshes = loadModelMeshes(file, ModelRef{});
    ASSERT_EQ(meshes.size(), 1u);
    EXPECT_EQ(meshes[0].mesh.triangleCount(), 4u);
    EXPECT_NEAR(meshes[0].mesh.bounds().max.y, 1.0f, 1e-6f);
}

TEST(ModelFormats, DefaultAtlasGlbHasFibreDirectionsOnMuscles) {
    ModelRef ref;
    const auto meshes = loadModelMeshes(test::sourceDir() / "assets" / "atlas" / "model.glb", ref);
    bool sawMaximus = false;
    for (const auto& named : meshes) {
        if (named.name == "gluteus_maximus_l") {
            sawMaximus = true;
            ASSERT_EQ(named.mesh.tangents.size(), named.mesh.positions.size());
            EXPECT_NEAR(glm::length(glm::vec3(named.mesh.tangents[0])), 1.0f, 1e-3f);
        }
        if (named.name == "femur_l") {
            EXPECT_TRUE(named.mesh.tangents.empty());
        }
    }
    EXPECT_TRUE(sawMaximus);
}
