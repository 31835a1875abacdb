// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// The CLI, run in-process: parsing, help, and clear errors with the right exit codes.
#include <sstream>

#include <gtest/gtest.h>

#include "app/scene.h"
#include "base/error.h"
#include "cli_runner.h"
#include "imaging/image.h"
#include "test_support.h"

using namespace glutea;

namespace {
using test::CliResult;
CliResult run(std::vector<std::string> args) {
    return test::runGlutea(std::move(args));
}

std::string miniAtlasFile() {
    return (test::sourceDir() / "tests" / "data" / "mini_atlas").string();
}
} // namespace

TEST(Cli, VersionAndHelp) {
    auto r = run({"--version"});
    EXPECT_EQ(r.code, 0);
    EXPECT_NE(r.out.find("glutea 0."), std::string::npos) << r.out;
    r = run({"--help"});
    EXPECT_EQ(r.code, 0);
    for (const char* word : {"render", "inspect", "validate", "bench", "--atlas"}) {
        EXPECT_NE(r.out.find(word), std::string::npos) << word;
    }
    r = run({"render", "--help"});
    EXPECT_EQ(r.code, 0);
    EXPECT_NE(r.out.find("--select"), std::string::npos) << r.out;
}

TEST(Cli, UnknownOptionIsAParseError) {
    const auto r = run({"render", "--colour", "red"});
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("glutea: error:"), std::string::npos);
}

// `glutea FILE` (the desktop entry's %f) opens a saved view or an atlas; anything else is refused
// before a window opens. The window side is tests/gui/view_file.sh.
TEST(Cli, FileArgumentMustBeAViewOrAnAtlas) {
    auto r = run({"no-such-file.glutea-view"});
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("expected a saved view (.glutea-view file) or an atlas folder"),
              std::string::npos)
        << r.err;
    EXPECT_NE(r.err.find("there is no such file"), std::string::npos) << r.err;
    const auto notes = test::scratchDir() / "notes.txt";
    test::writeFile(notes, "not a view");
    r = run({notes.string()});
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find(notes.string() + ": expected a saved view"), std::string::npos) << r.err;
    EXPECT_EQ(r.err.find("there is no such file"), std::string::npos) << r.err;
    // After a subcommand a stray word is still an error, not a file to open.
    r = run({"inspect", "--atlas", miniAtlasFile(), notes.string()});
    EXPECT_EQ(r.code, 2) << r.out;
}

TEST(Cli, InspectListsStructuresAsJson) {
    const auto r = run({"inspect", "--json", "--atlas", miniAtlasFile()});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("\"node\": \"gluteus_maximus_l\""), std::string::npos);
    EXPECT_NE(r.out.find("\"kind\": \"muscle\""), std::string::npos);
    EXPECT_NE(r.out.find("\"triangles\": 12"), std::string::npos);
    EXPECT_NE(r.out.find("\"centroid\""), std::string::npos);
}

TEST(Cli, ValidateCleanAndBroken) {
    auto r = run({"validate", "--atlas", miniAtlasFile()});
    EXPECT_EQ(r.code, 0) << r.out << r.err;
    r = run({"validate", "--atlas",
             (test::sourceDir() / "tests" / "data" / "broken_model_atlas").string()});
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.out.find("not_a_model.glb: cannot read model"), std::string::npos) << r.out;
}

TEST(Cli, MissingAtlasNamesThePathsSearched) {
    const auto dir = test::scratchDir(); // exists, but holds no atlas.json
    const auto r = run({"inspect", "--atlas", dir.string()});
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find("no atlas found"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find((dir / "atlas.json").string()), std::string::npos) << r.err;
}

TEST(Cli, RenderRejectsBadSizeViewAndStructure) {
    const auto out = (test::scratchDir() / "x.png").string();
    auto r = run({"render", "-o", out, "--size", "big", "--atlas", miniAtlasFile()});
    EXPECT_EQ(r.code, 2); // a value that does not parse is a command-line error
    EXPECT_NE(r.err.find("bad size \"big\""), std::string::npos) << r.err;
    r = run({"render", "-o", out, "--view", "sideways", "--atlas", miniAtlasFile()});
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find("unknown view \"sideways\""), std::string::npos) << r.err;
    r = run({"render", "-o", out, "--select", "spleen", "--atlas", miniAtlasFile()});
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find("unknown structure \"spleen\""), std::string::npos) << r.err;
}

TEST(Cli, RenderHidesLayersAndStructures) {
    const auto dir = test::scratchDir();
    auto r = run({"render", "-o", (dir / "all.png").string(), "--size", "64x48", "--atlas",
                  miniAtlasFile()});
    ASSERT_EQ(r.code, 0) << r.err;
    r = run({"render", "-o", (dir / "hidden.png").string(), "--size", "64x48", "--hide",
             "bones,gluteus_maximus", "--atlas", miniAtlasFile()});
    ASSERT_EQ(r.code, 0) << r.err;
    // Everything of the test atlas hidden: only background is left, unlike the full render.
    const Image all = readPng(dir / "all.png"), hidden = readPng(dir / "hidden.png");
    EXPECT_GT(compareImages(all, hidden).shareOff, 0.05);
    EXPECT_EQ(hidden.at(32, 24), hidden.at(1, 1));
    r = run(
        {"render", "-o", (dir / "x.png").string(), "--hide", "spleen", "--atlas", miniAtlasFile()});
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find("--hide: \"spleen\" is neither a layer group"), std::string::npos)
        << r.err;
}

TEST(Scene, ParseSize) {
    EXPECT_EQ(parseSize("1280x720"), std::make_pair(1280, 720));
    EXPECT_THROW(parseSize("1280"), Error);
    EXPECT_THROW(parseSize("0x0"), Error);
    EXPECT_THROW(parseSize("99999x10"), Error);
}
