// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// Saved views through the real command line (in-process, headless EGL): a render saved with
// --save-view and rendered again from the file gives the same picture, pixel for pixel; a view
// made on another atlas loads what matches and says what did not; a broken file is refused with
// its line and column.
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "../unit/cli_runner.h"
#include "anatomy/view_file.h"
#include "imaging/image.h"

namespace glutea {
namespace {

std::string atlasDir() {
    return GLUTEA_SOURCE_DIR "/assets/atlas";
}
std::filesystem::path outDir() {
    const auto dir = std::filesystem::path(GLUTEA_BINARY_DIR) / "Testing" / "view_file";
    std::filesystem::create_directories(dir);
    return dir;
}

test::CliResult glutea(std::vector<std::string> args, int expected = 0) {
    args.insert(args.end(), {"--atlas", atlasDir()});
    auto r = test::runGlutea(std::move(args));
    EXPECT_EQ(r.code, expected) << r.err;
    return r;
}

std::size_t differingPixels(const Image& a, const Image& b) {
    EXPECT_EQ(a.width, b.width);
    EXPECT_EQ(a.height, b.height);
    std::size_t n = 0;
    for (std::size_t i = 0; i + 2 < a.rgb.size() && i + 2 < b.rgb.size(); i += 3) {
        n += (a.rgb[i] != b.rgb[i] || a.rgb[i + 1] != b.rgb[i + 1] || a.rgb[i + 2] != b.rgb[i + 2])
                 ? 1
                 : 0;
    }
    return n;
}

void roundTrip(const std::string& name, std::vector<std::string> options) {
    const auto dir = outDir();
    const auto view = dir / (name + ".glutea-view");
    const auto first = dir / (name + "-saved.png");
    const auto again = dir / (name + "-reopened.png");
    std::vector<std::string> save = {"render",  "-o",          first.string(), "--size",
                                     "480x360", "--save-view", view.string()};
    save.insert(save.end(), options.begin(), options.end());
    glutea(save);
    ASSERT_TRUE(std::filesystem::exists(view));
    glutea({"render", "-o", again.string(), "--size", "480x360", "--view-file", view.string()});
    const Image a = readPng(first), b = readPng(again);
    EXPECT_EQ(differingPixels(a, b), 0u) << name;
    // And the view is not just the default one: the default picture differs.
    const auto plain = dir / (name + "-default.png");
    glutea({"render", "-o", plain.string(), "--size", "480x360"});
    EXPECT_GT(differingPixels(a, readPng(plain)), 1000u) << name;
}

TEST(ViewFileRender, ReferralSavedAndReopenedIsPixelIdentical) {
    roundTrip("referral", {"--select", "gluteus_medius_l", "--show", "referral", "--time", "4.2",
                           "--view", "oblique", "--hide", "nerves"});
}

TEST(ViewFileRender, RoutineStepSavedAndReopenedIsPixelIdentical) {
    roundTrip("routine", {"--routine", "upper_glute_tightness", "--step", "2", "--time", "1.5"});
}

// A technique in progress on the right side: reopened on the same side, at the same moment.
TEST(ViewFileRender, TechniqueSavedAndReopenedIsPixelIdentical) {
    roundTrip("technique", {"--select", "gluteus_medius_r", "--show",
                            "technique:trigger_point_compression/tpc_gmed_trp1", "--time", "2.5",
                            "--view", "oblique"});
}

TEST(ViewFileRender, RoutineStepOnTheRightSavedAndReopenedIsPixelIdentical) {
    roundTrip("routine_right", {"--select", "gluteus_maximus_r", "--routine",
                                "upper_glute_tightness", "--step", "1", "--time", "3"});
}

// The saved technique names its placement and time, and a left-side render of it differs from
// the right-side one the file holds (the side travels with the selection).
TEST(ViewFileRender, TechniqueViewRecordsItsPlacementTimeAndSide) {
    const auto dir = outDir();
    const auto view = dir / "technique_side.glutea-view";
    glutea({"render", "-o", (dir / "technique_side.png").string(), "--size", "320x240", "--select",
            "gluteus_medius_r", "--show", "technique:trigger_point_compression", "--time", "1.25",
            "--save-view", view.string()});
    const ViewFile v = readViewFile(view);
    EXPECT_EQ(v.animation.kind, "technique");
    EXPECT_EQ(v.animation.technique, "trigger_point_compression");
    EXPECT_EQ(v.animation.time, 1.25);
    EXPECT_EQ(v.selection, "gluteus_medius_r");
    const auto r = glutea({"render", "-o", (dir / "technique_side_again.png").string(), "--size",
                           "320x240", "--view-file", view.string()});
    EXPECT_NE(r.out.find("(right)"), std::string::npos) << r.out;
}

TEST(ViewFileRender, PaintedAreaSavedAndReopenedIsPixelIdentical) {
    roundTrip("painted", {"--pain-at", "0.098,0.075,-0.110", "--radius", "2.5"});
}

TEST(ViewFileRender, ViewFromAnotherAtlasLoadsWhatMatches) {
    const auto file = outDir() / "foreign.glutea-view";
    std::ofstream(file) << R"({
  "format": "glutea-view", "format_version": 1, "atlas": "Some other pelvis",
  "camera": {"target": [0, 0.05, 0], "yaw_deg": 160, "pitch_deg": 10, "distance": 1.2},
  "selection": {"part": "rectus_abdominis_l"},
  "hidden": ["sacrum", "tail_bone_of_a_cat"],
  "annotations": [{"at": [0.098, 0.075, -0.110], "part": "skin", "text": "Sore here"}]
})";
    const auto png = outDir() / "foreign.png";
    const auto r =
        glutea({"render", "-o", png.string(), "--size", "320x240", "--view-file", file.string()});
    EXPECT_NE(r.out.find("Some other pelvis"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("tail_bone_of_a_cat"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("rectus_abdominis_l"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("annotation at 0.09800,0.07500,-0.11000: Sore here"), std::string::npos)
        << r.out;
    EXPECT_TRUE(std::filesystem::exists(png));
}

// A misspelled animation field: refused at its line and column with the nearest known key, and
// no picture written.
TEST(ViewFileRender, MisspelledAnimationFieldGivesLineColumnAndTheNearestKey) {
    const auto file = outDir() / "misspelled.glutea-view";
    std::ofstream(file) << "{\n  \"format\": \"glutea-view\",\n  \"format_version\": 1,\n"
                           "  \"animation\": {\"kind\": \"routine\", \"routine\": "
                           "\"upper_glute_tightness\",\n                \"stpe\": 2}\n}\n";
    const auto png = outDir() / "misspelled.png";
    const auto r = glutea({"render", "-o", png.string(), "--view-file", file.string()}, 1);
    // "stpe" is on line 5; its value 2 is at column 25.
    EXPECT_NE(r.err.find("misspelled.glutea-view:5:25: unknown field \"stpe\"; did you mean "
                         "\"step\"?"),
              std::string::npos)
        << r.err;
    EXPECT_FALSE(std::filesystem::exists(png));
}

TEST(ViewFileRender, BrokenFileGivesLineAndColumn) {
    const auto file = outDir() / "broken.glutea-view";
    std::ofstream(file) << "{\n  \"format\": \"glutea-view\",\n  \"format_version\": 1,\n"
                           "  \"camera\": {\"yaw_deg\": \"left\"}\n}\n";
    const auto r = glutea(
        {"render", "-o", (outDir() / "broken.png").string(), "--view-file", file.string()}, 1);
    // "yaw_deg" is on line 4; its value starts at column 25.
    EXPECT_NE(r.err.find("broken.glutea-view:4:25"), std::string::npos) << r.err;
    EXPECT_FALSE(std::filesystem::exists(outDir() / "broken.png"));
}

} // namespace
} // namespace glutea
