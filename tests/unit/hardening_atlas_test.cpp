// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// Issue 13: atlas.json and landmarks.json: unknown keys with the nearest known one, numbers out
// of range, wrong types reported with the place and the rest still checked, files outside the
// atlas folder refused (the content folder too), a model listed twice.
#include <gtest/gtest.h>

#include "anatomy/atlas_content.h"
#include "anatomy/atlas_manifest.h"
#include "anatomy/json_source.h"
#include "anatomy/json_util.h"
#include "anatomy/landmarks.h"
#include "base/error.h"
#include "cli_runner.h"
#include "content_test_support.h"
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

// 1e308 was taken as it stood: a float of infinity in every vertex, and an error about "units".
TEST(HardeningAtlas, OriginFarFromTheModelFilesZeroIsRefused) {
    auto dir = boxAtlas(scratchDir(), atlasJson(R"("file": "m.glb", "origin": [1e308, 0, 0])"));
    std::string e = manifestError(dir);
    EXPECT_TRUE(test::contains(e, "atlas.json:1:")) << e;
    EXPECT_TRUE(test::contains(e, "a coordinate must lie within 1000 m of the model file's zero "
                                  "(found 1e+308, at 1 metres per unit)"))
        << e;
    EXPECT_TRUE(test::contains(e, "(at /models/0/origin/0)")) << e;
    // The bound is a distance, after "units": 2e6 mm (2 km) is refused, 999 m is taken.
    dir = boxAtlas(scratchDir(),
                   atlasJson(R"("file": "m.glb", "units": "mm", "origin": [0, 2e6, 0])"));
    e = manifestError(dir);
    EXPECT_TRUE(test::contains(e, "at 0.001 metres per unit")) << e;
    EXPECT_TRUE(test::contains(e, "(at /models/0/origin/1)")) << e;
    dir = boxAtlas(scratchDir(), atlasJson(R"("file": "m.glb", "origin": [0.1, -0.9, 999])"));
    EXPECT_EQ(manifestError(dir), "");
}

TEST(HardeningAtlas, StringOverTheLimitIsRefusedAtItsPlace) {
    auto withName = [](std::size_t bytes) {
        std::string manifest = atlasJson();
        const std::string name = R"("name": "t")";
        return manifest.replace(manifest.find(name), name.size(),
                                "\"name\": \"" + std::string(bytes, 'x') + "\"");
    };
    const auto dir = boxAtlas(scratchDir(), withName(kMaxAtlasStringBytes + 1));
    const std::string e = manifestError(dir);
    EXPECT_TRUE(test::contains(e, "atlas.json:1:")) << e.substr(0, 300);
    EXPECT_TRUE(test::contains(e, "\"name\" is 1001 bytes long; the limit is 1000 (at /name)"))
        << e.substr(0, 300);
    boxAtlas(dir, withName(kMaxAtlasStringBytes));
    EXPECT_EQ(manifestError(dir), "");
}

// content/ is not named in atlas.json but read all the same: a link out of the atlas is refused as
// a "landmarks" path out of it is, before any content file is opened.
TEST(HardeningAtlas, ContentFolderLinkedOutOfTheAtlasIsNotRead) {
    const auto root = scratchDir();
    const auto dir = boxAtlas(root / "atlas");
    std::filesystem::copy(defaultContentDir(), root / "elsewhere");
    std::filesystem::create_symlink(root / "elsewhere", dir / "content");
    const Atlas atlas = loadAtlas(dir);
    const auto loaded = loadAtlasContent(atlas);
    ASSERT_TRUE(loaded);
    const std::string e = formatProblems(loaded->problems);
    EXPECT_EQ(loaded->problems.size(), 1u) << e.substr(0, 2000);
    EXPECT_TRUE(test::contains(e, (dir / "content").string() +
                                      ":1:1: \"content\" leads outside the atlas folder ("))
        << e.substr(0, 2000);
    EXPECT_TRUE(test::contains(e, "--allow-outside-atlas")) << e.substr(0, 2000);
    EXPECT_TRUE(loaded->content.sources.empty()) << "the refused folder was read";
    EXPECT_FALSE(hasContentDir(atlas));
    EXPECT_FALSE(loadAtlasContentUnchecked(atlas).has_value());

    const auto r = runGlutea({"validate", "--atlas", dir.string()});
    EXPECT_EQ(r.code, 1) << r.out << r.err;
    EXPECT_TRUE(test::contains(r.out, "\"content\" leads outside the atlas folder"))
        << r.out.substr(0, 2000);

    allowPathsOutsideAtlas(true);
    const auto allowed = loadAtlasContent(atlas);
    allowPathsOutsideAtlas(false);
    ASSERT_TRUE(allowed);
    EXPECT_FALSE(allowed->content.sources.empty());
    EXPECT_FALSE(test::contains(formatProblems(allowed->problems), "leads outside"));
}

TEST(HardeningAtlas, ContentFileLinkedOutOfTheAtlasIsNotRead) {
    const auto root = scratchDir();
    const auto dir = boxAtlas(root / "atlas");
    std::filesystem::copy(defaultContentDir(), dir / "content");
    std::filesystem::rename(dir / "content" / "sources.json", root / "sources.json");
    std::filesystem::create_symlink(root / "sources.json", dir / "content" / "sources.json");
    const auto loaded = loadAtlasContent(loadAtlas(dir));
    ASSERT_TRUE(loaded);
    const std::string e = formatProblems(loaded->problems);
    EXPECT_EQ(loaded->problems.size(), 1u) << e.substr(0, 2000);
    EXPECT_TRUE(test::contains(e, (dir / "content" / "sources.json").string() +
                                      ":1:1: \"content/sources.json\" leads outside the atlas "
                                      "folder ("))
        << e.substr(0, 2000);
    EXPECT_TRUE(loaded->content.sources.empty());
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

TEST(HardeningLandmarks, StringOverTheLimitIsRefusedAtItsPlace) {
    const auto file = scratchDir() / "landmarks.json";
    writeFile(file, R"({"landmarks": [{"id": "psis_l", "name": {"en": ")" +
                        std::string(kMaxAtlasStringBytes + 1, 'x') +
                        R"("}, "position": [0, 0, 0]}]})");
    const std::string e = landmarksError(file);
    EXPECT_TRUE(test::contains(e, "landmarks.json:1:")) << e.substr(0, 300);
    EXPECT_TRUE(
        test::contains(e, "\"en\" is 1001 bytes long; the limit is 1000 (at /landmarks/0/name/en)"))
        << e.substr(0, 300);
}

TEST(HardeningLandmarks, ValidFileStillLoads) {
    const auto file = scratchDir() / "landmarks.json";
    writeFile(file,
              std::string(R"({"units": "m", "frame": "x", "landmarks": [)") + kLandmark + "]}");
    const Landmarks l = loadLandmarks(file);
    ASSERT_EQ(l.count("psis_l"), 1u);
    EXPECT_FLOAT_EQ(l.at("psis_l").position.z, 0.3f);
}
