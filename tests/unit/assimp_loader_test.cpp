// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include "base/error.h"
#include "import/assimp_loader.h"
#include "test_support.h"

using namespace glutea;

namespace {
const Atlas& miniAtlas() {
    static const Atlas atlas = loadAtlas(test::sourceDir() / "tests" / "data" / "mini_atlas");
    return atlas;
}
} // namespace

TEST(AssimpLoader, LoadsNamedNodesAsStructureParts) {
    const Atlas& atlas = miniAtlas();
    ASSERT_EQ(atlas.parts.size(), 5u);
    const int left = atlas.findPart("gluteus_maximus", Side::Left);
    ASSERT_GE(left, 0);
    EXPECT_EQ(atlas.parts[left].mesh.triangleCount(), 12u);
    EXPECT_GE(atlas.findPart("sacrum", Side::None), 0);
}

// The loader notes each part's structure so the per-frame lookup does not search; a part whose
// note is missing or stale (made or edited by hand) still finds its structure by id.
TEST(AssimpLoader, EveryPartKnowsItsStructure) {
    const Atlas& atlas = miniAtlas();
    for (const auto& part : atlas.parts) {
        ASSERT_GE(part.structureIndex, 0) << part.nodeName;
        EXPECT_EQ(atlas.manifest.structures.at(std::size_t(part.structureIndex)).id,
                  part.structureId);
        EXPECT_EQ(atlas.structureOf(part).id, part.structureId);
        StructurePart stale = part;
        stale.structureIndex = (part.structureIndex + 1) % int(atlas.manifest.structures.size());
        EXPECT_EQ(atlas.structureOf(stale).id, part.structureId);
        stale.structureIndex = -1;
        EXPECT_EQ(atlas.structureOf(stale).id, part.structureId);
    }
}

TEST(AssimpLoader, ConvertsCentimetresAndZUpToTheAtlasFrame) {
    // The OBJ is in centimetres, Z up, subject facing -Y; the left femur sits at +10 cm on X
    // and the gluteal boxes 8 cm behind the femurs.
    const Atlas& atlas = miniAtlas();
    const auto& femur = atlas.parts[atlas.findPart("femur", Side::Left)];
    EXPECT_NEAR(femur.centroid.x, 0.10f, 1e-4f);      // subject's left is +X
    EXPECT_NEAR(femur.bounds.size().y, 0.40f, 1e-4f); // the long axis is now Y (up)
    const auto& glute = atlas.parts[atlas.findPart("gluteus_maximus", Side::Left)];
    EXPECT_NEAR(glute.centroid.z, -0.08f, 1e-4f); // behind: the subject faces +Z
    EXPECT_NEAR(glute.centroid.y, 0.15f, 1e-4f);
}

TEST(AssimpLoader, NormalsAreUnitAndPointOutward) {
    const auto& femur = miniAtlas().parts[miniAtlas().findPart("femur", Side::Right)];
    ASSERT_EQ(femur.mesh.normals.size(), femur.mesh.positions.size());
    for (std::size_t i = 0; i < femur.mesh.positions.size(); ++i) {
        EXPECT_NEAR(glm::length(femur.mesh.normals[i]), 1.0f, 1e-4f);
        EXPECT_GT(glm::dot(femur.mesh.normals[i], femur.mesh.positions[i] - femur.centroid), 0.0f);
    }
}

TEST(AssimpLoader, UnreadableModelNamesTheFile) {
    const auto dir = test::sourceDir() / "tests" / "data" / "broken_model_atlas";
    try {
        loadAtlas(dir);
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("not_a_model.glb: cannot read model"),
                  std::string::npos)
            << e.what();
    }
    std::vector<std::string> problems; // lenient: the manifest loads, the model problem is listed
    const Atlas partial = loadAtlas(dir, &problems);
    EXPECT_EQ(partial.parts.size(), 0u);
    ASSERT_EQ(problems.size(), 1u);
}

TEST(AssimpLoader, NodeWithoutStructureIsAnError) {
    const auto dir = test::scratchDir();
    test::writeFile(dir / "m.obj", "o spleen\nv 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n");
    test::writeFile(dir / "atlas.json",
                    R"({"name": "t", "models": [{"file": "m.obj"}], "structures": [
                        {"id": "femur", "name": "Femur", "kind": "bone", "group": "bones"}]})");
    try {
        loadAtlas(dir);
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("m.obj: node \"spleen\" maps to no structure"),
                  std::string::npos)
            << e.what();
    }
}
