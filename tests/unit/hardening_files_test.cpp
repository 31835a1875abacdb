// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// Issue 13: what the app writes and reads of its own: a PNG, a handout or a saved view to a full
// disk or a missing folder fails with the reason; settings that cannot be read give the defaults
// and a warning; a process killed while saving leaves the old or the new settings, never a mix.
#include <chrono>
#include <csignal>
#include <fstream>
#include <random>
#include <sstream>
#include <thread>

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include "anatomy/atlas_manifest.h"
#include "app/settings_file.h"
#include "base/error.h"
#include "cli_runner.h"
#include "hardening_support.h"
#include "imaging/image.h"
#include "test_support.h"

using namespace glutea;
using namespace glutea::test;

namespace {

std::string errorOf(const std::function<void()>& f) {
    try {
        f();
    } catch (const Error& e) {
        return e.what();
    }
    return "";
}

Image smallImage() {
    return Image{4, 4, std::vector<std::uint8_t>(4 * 4 * 3, 200)};
}

std::string readAll(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace

TEST(HardeningFiles, PngToAFullDeviceSaysWhy) {
    if (!std::filesystem::exists("/dev/full")) {
        GTEST_SKIP() << "no /dev/full here";
    }
    EXPECT_EQ(errorOf([] { writePng("/dev/full", smallImage()); }),
              "/dev/full: cannot write PNG: No space left on device");
}

TEST(HardeningFiles, PngIntoAMissingFolderIsRefusedAndCreatesNothing) {
    const auto dir = scratchDir();
    const auto file = dir / "no" / "such" / "x.png";
    EXPECT_EQ(errorOf([&] { writePng(file, smallImage()); }),
              file.string() + ": cannot write PNG: the folder " + (dir / "no" / "such").string() +
                  " does not exist (create it first)");
    EXPECT_FALSE(std::filesystem::exists(dir / "no"));
    writeFile(dir / "plain", "x");
    EXPECT_NE(
        errorOf([&] { writePng(dir / "plain" / "x.png", smallImage()); }).find("is not a folder"),
        std::string::npos);
}

TEST(HardeningFiles, SettingsPathThatIsAFolderGivesDefaultsAndAWarning) {
    const auto dir = scratchDir();
    std::filesystem::create_directories(dir / "settings.json");
    std::string warning;
    const UiSettings s = loadSettings(dir / "settings.json", &warning);
    EXPECT_FLOAT_EQ(s.textScale, UiSettings{}.textScale);
    EXPECT_NE(warning.find("settings.json: cannot read the settings: it is a folder"),
              std::string::npos)
        << warning;
    EXPECT_NE(warning.find("using the default settings"), std::string::npos);
}

TEST(HardeningFiles, UnreadableSettingsGiveDefaultsAndAWarning) {
    if (::geteuid() == 0) {
        GTEST_SKIP() << "root reads every file";
    }
    const auto file = scratchDir() / "settings.json";
    writeFile(file, R"({"text_scale": 1.6})");
    std::filesystem::permissions(file, std::filesystem::perms::none);
    std::string warning;
    const UiSettings s = loadSettings(file, &warning);
    std::filesystem::permissions(file, std::filesystem::perms::owner_all);
    EXPECT_FLOAT_EQ(s.textScale, UiSettings{}.textScale);
    EXPECT_NE(warning.find("Permission denied"), std::string::npos) << warning;
}

TEST(HardeningFiles, MissingSettingsAreNoWarning) {
    std::string warning;
    loadSettings(scratchDir() / "none" / "settings.json", &warning);
    EXPECT_EQ(warning, "");
}

// A child saves settings A and B in turn as fast as it can; it is killed at a random moment,
// many times over. Every time the file must parse and be exactly A or exactly B.
TEST(HardeningFiles, KilledWhileSavingLeavesTheOldOrTheNewFile) {
    const auto dir = scratchDir();
    const auto file = dir / "settings.json";
    UiSettings a;
    a.textScale = 1.2f;
    UiSettings b;
    b.textScale = 1.8f;
    b.highContrast = true;
    b.audience = Audience::Therapist;
    saveSettings(file, a);
    const std::string textA = readAll(file);
    saveSettings(file, b);
    const std::string textB = readAll(file);
    ASSERT_NE(textA, textB);

    std::mt19937 random(13);
    std::uniform_int_distribution<int> micros(50, 3000);
    constexpr int kKills = 100;
    int sawA = 0, sawB = 0;
    for (int i = 0; i < kKills; ++i) {
        const pid_t child = ::fork();
        ASSERT_GE(child, 0);
        if (child == 0) {
            for (int k = 0;; ++k) {
                try {
                    saveSettings(file, k % 2 ? a : b);
                } catch (...) {
                    ::_exit(3);
                }
            }
        }
        std::this_thread::sleep_for(std::chrono::microseconds(micros(random)));
        ::kill(child, SIGKILL);
        int status = 0;
        ::waitpid(child, &status, 0);
        ASSERT_TRUE(WIFSIGNALED(status)) << "the child stopped by itself: " << status;
        const std::string now = readAll(file);
        ASSERT_TRUE(now == textA || now == textB) << "kill " << i << " left:\n" << now;
        (now == textA ? sawA : sawB)++;
        const UiSettings back = loadSettings(file);
        EXPECT_TRUE(back.textScale == a.textScale || back.textScale == b.textScale);
    }
    // Leftover temporary files of killed saves are hidden (".settings.json.tmp-*") and harmless;
    // the file itself was both versions over the run.
    EXPECT_GT(sawA + sawB, 0);
    std::cout << "after " << kKills << " kills: old/new " << sawA << "/" << sawB << "\n";
}

TEST(HardeningCli, ValuesThatDoNotParseExitTwo) {
    const auto out = (scratchDir() / "x.png").string();
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"render", "-o", out, "--time", "nan"},
          {"render", "-o", out, "--time", "inf"},
          {"render", "-o", out, "--time", "-inf"},
          {"render", "-o", out, "--time", "1e308"},
          {"render", "-o", out, "--size", "320x240x5"},
          {"render", "-o", out, "--size", "64zzx64"},
          {"render", "-o", out, "--radius", "nan"},
          {"bench", "--size", "64x"},
          {"--size", "x64"}}) {
        const auto r = runGlutea(args);
        std::string line;
        for (const auto& a : args) {
            line += a + " ";
        }
        EXPECT_EQ(r.code, 2) << line << r.err;
        EXPECT_NE(r.err.find("glutea: error:"), std::string::npos) << line << r.err;
        EXPECT_FALSE(std::filesystem::exists(out));
    }
}

TEST(HardeningCli, AtlasJsonThatIsAFolderIsSaidSo) {
    const auto dir = scratchDir();
    std::filesystem::create_directories(dir / "atlas.json");
    const auto r = runGlutea({"inspect", "--atlas", dir.string()});
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find((dir / "atlas.json").string() +
                         " is a folder; an atlas needs atlas.json to be a file"),
              std::string::npos)
        << r.err;
}

TEST(HardeningCli, AllowOutsideAtlasLetsAModelElsewhereLoad) {
    const auto root = scratchDir();
    std::filesystem::copy(sourceDir() / "tests" / "data" / "mini_atlas", root / "atlas");
    std::filesystem::rename(root / "atlas" / "boxes.obj", root / "boxes.obj");
    std::string manifest = readAll(root / "atlas" / "atlas.json");
    const auto at = manifest.find("\"boxes.obj\"");
    ASSERT_NE(at, std::string::npos);
    manifest.replace(at, 11, "\"../boxes.obj\"");
    writeFile(root / "atlas" / "atlas.json", manifest);
    auto r = runGlutea({"validate", "--atlas", (root / "atlas").string()});
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.out.find("\"../boxes.obj\" leads outside the atlas folder"), std::string::npos)
        << r.out << r.err;
    r = runGlutea({"--allow-outside-atlas", "validate", "--atlas", (root / "atlas").string()});
    EXPECT_EQ(r.code, 0) << r.out << r.err;
    allowPathsOutsideAtlas(false); // the flag is process-wide; later tests expect the default
}

TEST(HardeningCli, HandoutRadiusMustBeAFiniteNumberAboveZero) {
    const auto out = scratchDir() / "x.pdf";
    for (const std::string radius : {"nan", "inf", "-inf", "1e308", "0", "-1"}) {
        const auto r =
            runGlutea({"handout", "-o", out.string(), "--muscle", "femur", "--radius", radius});
        EXPECT_EQ(r.code, 2) << radius << ": " << r.err;
        EXPECT_TRUE(test::contains(r.err, "glutea: error: --radius: expected a brush radius in cm, "
                                          "a finite number above 0 and at most 1e6, got \"" +
                                              radius + "\""))
            << radius << ": " << r.err;
        EXPECT_FALSE(std::filesystem::exists(out));
    }
}

// As a PNG of `glutea render`: a folder that is not there is a typo, not a folder to make.
TEST(HardeningCli, HandoutIntoAMissingFolderIsRefusedAndCreatesNothing) {
    const auto dir = scratchDir();
    const auto atlas = boxAtlas(dir / "atlas");
    for (const char* name : {"x.pdf", "x.png"}) {
        const auto file = dir / "no" / "such" / name;
        const auto r = runGlutea(
            {"handout", "-o", file.string(), "--muscle", "femur", "--atlas", atlas.string()});
        EXPECT_EQ(r.code, 1) << r.err;
        EXPECT_EQ(r.err,
                  "glutea: error: " + file.string() + ": cannot write the handout: the folder " +
                      (dir / "no" / "such").string() + " does not exist (create it first)\n");
        EXPECT_FALSE(std::filesystem::exists(dir / "no"));
    }
}

TEST(HardeningCli, SaveViewIntoAMissingFolderIsRefusedAndCreatesNothing) {
    const auto dir = scratchDir();
    const auto atlas = boxAtlas(dir / "atlas");
    const auto view = dir / "no" / "such" / "v.glutea-view";
    const auto png = dir / "x.png";
    const auto r = runGlutea({"render", "-o", png.string(), "--size", "64x64", "--atlas",
                              atlas.string(), "--save-view", view.string()});
    EXPECT_EQ(r.code, 1) << r.out << r.err;
    EXPECT_EQ(r.err, "glutea: error: " + view.string() +
                         ": cannot write the view file: the folder " +
                         (dir / "no" / "such").string() + " does not exist (create it first)\n");
    EXPECT_FALSE(std::filesystem::exists(dir / "no"));
    EXPECT_FALSE(std::filesystem::exists(png));
}
