// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// Issue 13: atlas.json and landmarks.json: unknown keys with the nearest known one, numbers out
// of range, wrong types reported with the place and the rest still checked, files outside the
// atlas folder refused, a model listed twice.
#include <gtest/gtest.h>

#include "anatomy/atlas_manifest.h"
#include "anatomy/json_source.h"
#include "anatomy/landmarks.h"
#include "base/error.h"
#include "hardening_support.h"
#include "import/assimp_loader.h"
#include "test_support.h"

using namespace glutea;
using namespace glutea::test;

namespace {

std::string manifestError(const std::filesystem::path& dir) {
    try {
        loadAtlasManifest(dir);
    } catch (const Error& e) {
        return e.what();
    }
    return "";
}

std::string landmarksError(const std::filesystem::path& file) {
    try {
        loadLandmarks(file);
    } catch (const Error& e) {
        return e.what();
    }
    return "";
}

const char* kLandmark = R"({"id": "psis_l", "position": [0.1, 0.2, 0.3]})";

} // namespace

TEST(HardeningAtlas, TheTestAtlasItselfLoads) {
    const auto dir = boxAtlas(scratchDir());
    EXPECT_EQ(manifestError(dir), "");
    const Atlas atlas = loadAtlas(dir);
    EXPECT_EQ(atlas.parts.size(), 1u);
}

TEST(HardeningAtlas, MisspelledKeysNameTheNearestKnownKey) {
    const auto dir = boxAtlas(
        scratchDir(),
        atlasJson(R"("file": "m.glb", "unist": "cm")",
                  R"(, "side_sufixes": {"_l": "left"}, "fcous": ["femur"], "relatoins": {},)"
                  R"( "colour": "red")"));
    const std::string e = manifestError(dir);
    EXPECT_TRUE(
        test::contains(e, "unknown field \"side_sufixes\"; did you mean \"side_suffixes\"? (at "
                          "/side_sufixes)"))
        << e;
    EXPECT_TRUE(test::contains(e, "unknown field \"fcous\"; did you mean \"focus\"?")) << e;
    EXPECT_TRUE(test::contains(e, "unknown field \"relatoins\"; did you mean \"relations\"?")) << e;
    EXPECT_TRUE(
        test::contains(e, "unknown field \"unist\"; did you mean \"units\"? (at /models/0/unist)"))
        << e;
    // Nothing near: no guess.
    EXPECT_TRUE(test::contains(e, "unknown field \"colour\" (at /colour)")) << e;
}

TEST(HardeningAtlas, WrongTypeNamesPlaceAndKeyAndGoesOn) {
    const auto dir = boxAtlas(scratchDir(), "{\"format\": \"glutea-atlas\", \"name\": \"t\",\n"
                                            " \"placeholder\": \"yes\",\n \"models\": [{\"file\": "
                                            "\"m.glb\", \"up\": 5}], \"structures\": " +
                                                std::string(kHardeningStructures) + "}");
    const std::string e = manifestError(dir);
    EXPECT_TRUE(test::contains(
        e, "atlas.json:2:17: \"placeholder\" must be a boolean, not a string (at /placeholder)"))
        << e;
    EXPECT_TRUE(test::contains(e, "\"up\" must be a string, not a number (at /models/0/up)")) << e;
    EXPECT_FALSE(test::contains(e, "json.exception")) << e;
}

TEST(HardeningAtlas, UnitsOutOfRangeAreRefused) {
    for (const char* units : {"1e308", "1e-300", "-1", "0"}) {
        const auto dir =
            boxAtlas(scratchDir(), atlasJson(std::string(R"("file": "m.glb", "units": )") + units));
        const std::string e = manifestError(dir);
        EXPECT_TRUE(test::contains(e, "(at /models/0/units)")) << units << ": " << e;
    }
}

TEST(HardeningAtlas, ModelListedTwiceIsRefused) {
    const auto dir = boxAtlas(scratchDir(), atlasJson(R"("file": "m.glb"}, {"file": "./m.glb")"));
    const std::string e = manifestError(dir);
    EXPECT_TRUE(test::contains(e, "\"./m.glb\" is listed twice (also /models/0)")) << e;
}

TEST(HardeningAtlas, PathsOutsideTheAtlasAreRefusedUnlessAllowed) {
    const auto root = scratchDir();
    const auto dir = root / "atlas";
    writeFile(root / "outside.glb", makeGlb(boxSpec()));
    writeFile(root / "secret.json", R"({"landmarks": []})");
    std::filesystem::create_directories(dir);
    std::filesystem::create_symlink(root / "secret.json", dir / "link.json");
    boxAtlas(dir, atlasJson(R"("file": "../outside.glb")", R"(, "landmarks": "/etc/passwd")"));
    std::string e = manifestError(dir);
    EXPECT_TRUE(test::contains(e, "\"../outside.glb\" leads outside the atlas folder")) << e;
    EXPECT_TRUE(test::contains(e, "(at /models/0/file)")) << e;
    EXPECT_TRUE(test::contains(e, "\"/etc/passwd\" is an absolute path")) << e;
    EXPECT_TRUE(test::contains(e, "--allow-outside-atlas")) << e;
    EXPECT_FALSE(test::contains(e, "root:")) << "the file must not be read: " << e;

    boxAtlas(dir, atlasJson(R"("file": "m.glb")", R"(, "landmarks": "link.json")"));
    e = manifestError(dir);
    EXPECT_TRUE(test::contains(e, "\"link.json\" leads outside the atlas folder")) << e;

    allowPathsOutsideAtlas(true);
    e = manifestError(dir);
    allowPathsOutsideAtlas(false);
    EXPECT_EQ(e, "");
}

TEST(HardeningAtlas, SymlinkLoopIsNamed) {
    const auto dir = boxAtlas(
        scratchDir(), atlasJson(R"("file": "m.glb")", R"(, "landmarks": "loop/landmarks.json")"));
    std::filesystem::create_symlink(dir / "loop", dir / "loop");
    const std::string e = manifestError(dir);
    EXPECT_TRUE(test::contains(e, "symlink loop")) << e;
}

TEST(HardeningAtlas, OversizeAtlasJsonIsNotCalledAContentFile) {
    const auto dir = scratchDir();
    writeFile(dir / "atlas.json", std::string(kMaxContentFileBytes + 1, ' '));
    const std::string e = manifestError(dir);
    EXPECT_TRUE(test::contains(e, "limit for atlas files")) << e;
    EXPECT_FALSE(test::contains(e, "content files")) << e;
}

TEST(HardeningAtlas, AtlasJsonThatIsAFolderIsNamed) {
    const auto dir = scratchDir();
    std::filesystem::create_directories(dir / "atlas.json");
    EXPECT_TRUE(test::contains(manifestError(dir), "it is a folder, not a file"))
        << manifestError(dir);
}

TEST(HardeningLandmarks, MisspelledKeyAndOutOfRangeCoordinate) {
    const auto file = scratchDir() / "landmarks.json";
    writeFile(file, std::string(R"({"landmarks": [)") + kLandmark +
                        R"(, {"id": "asis_l", "postion": [0, 0, 0]},)"
                        R"( {"id": "far", "position": [1e308, 0, 0]},)"
                        R"( {"id": "skin", "position": [0, 0, 0], "skin": [0, -7, 0]}]})");
    const std::string e = landmarksError(file);
    EXPECT_TRUE(test::contains(e, "unknown field \"postion\"; did you mean \"position\"? (at "
                                  "/landmarks/1/postion)"))
        << e;
    EXPECT_TRUE(
        test::contains(e, "a coordinate must lie within 5 m of the atlas origin (found 1e+308)"))
        << e;
    EXPECT_TRUE(test::contains(e, "(at /landmarks/2/position/0)")) << e;
    EXPECT_TRUE(test::contains(e, "(at /landmarks/3/skin/1)")) << e;
}

TEST(HardeningLandmarks, WrongTypeOfNameIsAProblemNotAnException) {
    const auto file = scratchDir() / "landmarks.json";
    writeFile(file, R"({"landmarks": [{"id": "a", "name": {"en": 5}, "position": [0, 0, 0]},
                                      {"id": "b", "name": "B", "position": [0, 0, 0]}]})");
    const std::string e = landmarksError(file);
    EXPECT_TRUE(test::contains(e, "landmarks.json:1:")) << e;
    EXPECT_TRUE(
        test::contains(e, "\"en\" must be a string, not a number (at /landmarks/0/name/en)"))
        << e;
    EXPECT_TRUE(test::contains(e, "(at /landmarks/1/name)")) << e;
    EXPECT_FALSE(test::contains(e, "json.exception")) << e;
}

TEST(HardeningLandmarks, ValidFileStillLoads) {
    const auto file = scratchDir() / "landmarks.json";
    writeFile(file,
              std::string(R"({"units": "m", "frame": "x", "landmarks": [)") + kLandmark + "]}");
    const Landmarks l = loadLandmarks(file);
    ASSERT_EQ(l.count("psis_l"), 1u);
    EXPECT_FLOAT_EQ(l.at("psis_l").position.z, 0.3f);
}
