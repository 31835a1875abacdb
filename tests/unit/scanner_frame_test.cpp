// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// Scanner-frame models (the Visible Human STLs: millimetres, +X subject's right, +Y anterior, +Z
// superior, origin far away) load into the atlas frame through atlas.json's units, up, front and
// origin.
#include <gtest/gtest.h>

#include <sstream>

#include "base/error.h"
#include "import/assimp_loader.h"
#include "test_support.h"

using namespace glutea;

namespace {

// Scanner coordinates of the tetrahedron's corners: the origin point and 10 mm to the subject's
// right, 20 mm anterior and 30 mm superior of it.
constexpr double kOrigin[3] = {539.0, 454.0, 883.0};

std::string tetraStl() {
    const double o[3] = {kOrigin[0], kOrigin[1], kOrigin[2]};
    const double corners[4][3] = {{o[0], o[1], o[2]},
                                  {o[0] + 10, o[1], o[2]},
                                  {o[0], o[1] + 20, o[2]},
                                  {o[0], o[1], o[2] + 30}};
    const int faces[4][3] = {{0, 2, 1}, {0, 1, 3}, {0, 3, 2}, {1, 2, 3}};
    std::ostringstream s;
    s << "solid tetra\n";
    for (const auto& f : faces) {
        s << "facet normal 0 0 0\n outer loop\n";
        for (int k : f) {
            s << "  vertex " << corners[k][0] << " " << corners[k][1] << " " << corners[k][2]
              << "\n";
        }
        s << " endloop\nendfacet\n";
    }
    s << "endsolid tetra\n";
    return s.str();
}

std::string manifest(const std::string& origin) {
    return R"({"format": "glutea-atlas", "name": "scanner",
  "models": [{"file": "tetra.stl", "units": "mm", "up": "+Z", "front": "+Y", "origin": )" +
           origin + R"(}],
  "structures": [{"id": "piriformis", "name": "Piriformis", "kind": "muscle", "group": "deep_muscles"}],
  "nodes": {"tetra": {"structure": "piriformis", "side": "left"}}})";
}

} // namespace

TEST(ScannerFrame, OriginUnitsAndAxesGiveTheAtlasFrame) {
    const auto dir = test::scratchDir();
    test::writeFile(dir / "tetra.stl", tetraStl());
    test::writeFile(dir / "atlas.json", manifest("[539, 454, 883]"));
    const Atlas atlas = loadAtlas(dir);
    ASSERT_EQ(atlas.parts.size(), 1u);
    // Expected from the frames alone: atlas = (-X, Z, Y) / 1000 after subtracting the origin. So
    // 10 mm to the right -> x = -0.01 (atlas +X is the subject's left), 30 mm up -> y = 0.03,
    // 20 mm anterior -> z = 0.02, and the origin point -> 0.
    const Bounds b = atlas.parts[0].mesh.bounds();
    EXPECT_NEAR(b.min.x, -0.010f, 1e-6f);
    EXPECT_NEAR(b.max.x, 0.0f, 1e-6f);
    EXPECT_NEAR(b.min.y, 0.0f, 1e-6f);
    EXPECT_NEAR(b.max.y, 0.030f, 1e-6f);
    EXPECT_NEAR(b.min.z, 0.0f, 1e-6f);
    EXPECT_NEAR(b.max.z, 0.020f, 1e-6f);
    EXPECT_EQ(atlas.parts[0].side, Side::Left);
}

TEST(ScannerFrame, WithoutOriginTheModelStaysWhereItIs) {
    const auto dir = test::scratchDir();
    test::writeFile(dir / "tetra.stl", tetraStl());
    test::writeFile(dir / "atlas.json", manifest("[0, 0, 0]"));
    const Bounds b = loadAtlas(dir).parts[0].mesh.bounds();
    EXPECT_NEAR(b.max.x, -kOrigin[0] / 1000, 1e-4f);
    EXPECT_NEAR(b.min.y, kOrigin[2] / 1000, 1e-4f);
    EXPECT_NEAR(b.min.z, kOrigin[1] / 1000, 1e-4f);
}

TEST(ScannerFrame, BadOriginNamesThePlace) {
    const auto dir = test::scratchDir();
    test::writeFile(dir / "tetra.stl", tetraStl());
    test::writeFile(dir / "atlas.json", manifest("[1, 2]"));
    try {
        loadAtlas(dir);
        FAIL() << "a two-number origin was accepted";
    } catch (const Error& e) {
        const std::string message = e.what();
        EXPECT_NE(message.find("/models/0/origin"), std::string::npos) << message;
        EXPECT_NE(message.find("three numbers"), std::string::npos) << message;
    }
}

TEST(ScannerFrame, ModelNodeNamesAFilePerPart) {
    // An OBJ with no object or group name: Assimp calls its mesh "defaultobject", which maps to
    // nothing; the model entry's "node" names it.
    const auto dir = test::scratchDir();
    test::writeFile(dir / "FJ1.obj", "v 0 0 0\nv 10 0 0\nv 0 10 0\nv 0 0 10\n"
                                     "f 1 3 2\nf 1 2 4\nf 1 4 3\nf 2 3 4\n");
    const std::string structures =
        R"("structures": [{"id": "sacrum", "name": "Sacrum", "kind": "bone", "group": "bones"}],
           "nodes": {"FJ1": {"structure": "sacrum"}}})";
    test::writeFile(dir / "atlas.json",
                    R"({"format": "glutea-atlas", "name": "parts",
                        "models": [{"file": "FJ1.obj", "units": "mm", "node": "FJ1"}], )" +
                        structures);
    const Atlas atlas = loadAtlas(dir);
    ASSERT_EQ(atlas.parts.size(), 1u);
    EXPECT_EQ(atlas.parts[0].nodeName, "FJ1");
    EXPECT_EQ(atlas.parts[0].structureId, "sacrum");
    // Without "node" the same file fails, naming the node it could not map.
    test::writeFile(dir / "atlas.json",
                    R"({"format": "glutea-atlas", "name": "parts",
                        "models": [{"file": "FJ1.obj", "units": "mm"}], )" +
                        structures);
    std::vector<std::string> problems;
    loadAtlas(dir, &problems);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_NE(problems[0].find("maps to no structure"), std::string::npos) << problems[0];
}
