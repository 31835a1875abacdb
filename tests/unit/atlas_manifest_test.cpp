// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include "anatomy/atlas_manifest.h"
#include "base/error.h"
#include "test_support.h"

using namespace glutea;
using glutea::test::scratchDir;
using glutea::test::writeFile;

namespace {
std::string loadError(const std::filesystem::path& dir) {
    try {
        loadAtlasManifest(dir);
    } catch (const Error& e) {
        return e.what();
    }
    return "";
}

const char* kStructures =
    R"("structures": [{"id": "femur", "name": "Femur", "kind": "bone", "group": "bones"}])";
} // namespace

TEST(AtlasManifest, ReadsTheDefaultAtlas) {
    const auto m = loadAtlasManifest(test::sourceDir() / "assets" / "atlas");
    EXPECT_FALSE(m.name.empty());
    ASSERT_EQ(m.models.size(), 1u);
    EXPECT_EQ(m.models[0].file, "model.glb");
    for (const char* id : {"gluteus_maximus", "gluteus_medius", "gluteus_minimus", "piriformis",
                           "sciatic_nerve", "hip_bone", "sacrum", "femur", "skin"}) {
        EXPECT_NE(m.findStructure(id), nullptr) << id;
    }
}

TEST(AtlasManifest, MapsNodeNamesBySideSuffix) {
    const auto m = loadAtlasManifest(test::sourceDir() / "tests" / "data" / "mini_atlas");
    NodeMapping mapping;
    ASSERT_TRUE(m.mapNode("gluteus_maximus_r", mapping));
    EXPECT_EQ(mapping.structureId, "gluteus_maximus");
    EXPECT_EQ(mapping.side, Side::Right);
    ASSERT_TRUE(m.mapNode("sacrum", mapping));
    EXPECT_EQ(mapping.side, Side::None);
    EXPECT_FALSE(m.mapNode("spleen_l", mapping));
}

TEST(AtlasManifest, SyntaxErrorNamesFileLineAndColumn) {
    const auto dir = scratchDir();
    writeFile(dir / "atlas.json", "{\n  \"name\": \"x\",\n  \"models\": [,]\n}\n");
    const std::string e = loadError(dir);
    EXPECT_NE(e.find((dir / "atlas.json").string() + ":3:14:"), std::string::npos) << e;
}

TEST(AtlasManifest, MissingFieldAndWrongTypeAreBothReportedWithLineAndColumn) {
    const auto dir = scratchDir();
    writeFile(dir / "m.glb", "");
    writeFile(dir / "atlas.json",
              std::string(R"({"models": [{"file": 42}], )") + kStructures + "}");
    const std::string e = loadError(dir);
    EXPECT_NE(e.find("atlas.json:1:1: missing required field \"name\" (at /)"), std::string::npos)
        << e;
    EXPECT_NE(
        e.find("atlas.json:1:22: \"file\" must be a string, not a number (at /models/0/file)"),
        std::string::npos)
        << e;
}

TEST(AtlasManifest, UnknownStructureIdInNodeMap) {
    const auto dir = scratchDir();
    writeFile(dir / "m.glb", "");
    writeFile(dir / "atlas.json",
              std::string(R"({"name": "t", "models": [{"file": "m.glb"}], )") + kStructures +
                  R"(, "nodes": {"Bone.001": {"structure": "femurr", "side": "left"}}})");
    EXPECT_NE(loadError(dir).find("unknown structure id \"femurr\" (at /nodes/Bone.001/structure)"),
              std::string::npos);
}

TEST(AtlasManifest, BadUnitsAxesKindAndMissingModel) {
    const auto dir = scratchDir();
    writeFile(dir / "atlas.json",
              R"({"name": "t", "models": [{"file": "gone.glb", "units": "inches", "up": "up"}],
                  "structures": [{"id": "femur", "name": "Femur", "kind": "organ", "group": "b"}]})");
    const std::string e = loadError(dir);
    EXPECT_NE(e.find("atlas.json:1:56: expected \"m\", \"cm\", \"mm\""), std::string::npos) << e;
    EXPECT_NE(e.find("atlas.json:1:72: expected one of +X, -X, +Y, -Y, +Z, -Z (at /models/0/up)"),
              std::string::npos)
        << e;
    EXPECT_NE(e.find("atlas.json:1:35: model file not found"), std::string::npos) << e;
    EXPECT_NE(e.find("atlas.json:2:75: expected bone, muscle, nerve, skin or other, got \"organ\" "
                     "(at /structures/0/kind)"),
              std::string::npos)
        << e;
}

TEST(AtlasManifest, DuplicateStructureId) {
    const auto dir = scratchDir();
    writeFile(dir / "m.glb", "");
    writeFile(dir / "atlas.json",
              R"({"name": "t", "models": [{"file": "m.glb"}], "structures": [
                  {"id": "femur", "name": "Femur", "kind": "bone", "group": "bones"},
                  {"id": "femur", "name": "Femur", "kind": "bone", "group": "bones"}]})");
    EXPECT_NE(loadError(dir).find("duplicate structure id \"femur\" (at /structures/1/id)"),
              std::string::npos);
}
