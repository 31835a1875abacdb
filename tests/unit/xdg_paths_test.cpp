// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include <cstdlib>
#include <map>

#include "app/quiz_progress_file.h"
#include "app/settings_file.h"
#include "base/xdg_paths.h"
#include "test_support.h"

using namespace glutea;

TEST(XdgPaths, VariablesWinWhenAbsolute) {
    const auto env = test::fakeEnvironment({{"HOME", "/home/ana"},
                                            {"XDG_CONFIG_HOME", "/cfg"},
                                            {"XDG_DATA_HOME", "/data"},
                                            {"XDG_CACHE_HOME", "/var/cache/ana"},
                                            {"XDG_STATE_HOME", "/st"}});
    EXPECT_EQ(xdgAppDir(XdgDir::Config, env), "/cfg/glutea");
    EXPECT_EQ(xdgAppDir(XdgDir::Data, env), "/data/glutea");
    EXPECT_EQ(xdgAppDir(XdgDir::Cache, env), "/var/cache/ana/glutea");
    EXPECT_EQ(xdgAppDir(XdgDir::State, env), "/st/glutea");
}

TEST(XdgPaths, DefaultsUnderHome) {
    const auto env = test::fakeEnvironment({{"HOME", "/home/ana"}});
    EXPECT_EQ(xdgAppDir(XdgDir::Config, env), "/home/ana/.config/glutea");
    EXPECT_EQ(xdgAppDir(XdgDir::Data, env), "/home/ana/.local/share/glutea");
    EXPECT_EQ(xdgAppDir(XdgDir::Cache, env), "/home/ana/.cache/glutea");
    EXPECT_EQ(xdgAppDir(XdgDir::State, env), "/home/ana/.local/state/glutea");
}

TEST(XdgPaths, RelativeOrEmptyVariablesAreIgnored) {
    // The specification: "If an implementation encounters a relative path in any of these
    // variables it should consider the path invalid and ignore it."
    const auto env = test::fakeEnvironment(
        {{"HOME", "/home/ana"}, {"XDG_CONFIG_HOME", "rel/cfg"}, {"XDG_CACHE_HOME", ""}});
    EXPECT_EQ(xdgAppDir(XdgDir::Config, env), "/home/ana/.config/glutea");
    EXPECT_EQ(xdgAppDir(XdgDir::Cache, env), "/home/ana/.cache/glutea");
}

TEST(XdgPaths, NoHomeFallsBackToTheAccount) {
    const auto dir = xdgAppDir(XdgDir::Config, test::fakeEnvironment({}));
    EXPECT_TRUE(dir.is_absolute()) << dir;
    EXPECT_EQ(dir.filename(), "glutea");
    EXPECT_EQ(dir.parent_path().filename(), ".config");
}

TEST(XdgPaths, SettingsFileFollowsTheProcessEnvironment) {
    // settingsFile() reads the real environment: set it for this test and put it back.
    const char* oldConfigDir = std::getenv("GLUTEA_CONFIG_DIR");
    const char* oldXdg = std::getenv("XDG_CONFIG_HOME");
    const std::string savedConfigDir = oldConfigDir ? oldConfigDir : "";
    const std::string savedXdg = oldXdg ? oldXdg : "";
    unsetenv("GLUTEA_CONFIG_DIR");
    setenv("XDG_CONFIG_HOME", "/tmp/xdg-cfg-test", 1);
    EXPECT_EQ(settingsFile(), "/tmp/xdg-cfg-test/glutea/settings.json");
    setenv("XDG_CONFIG_HOME", "relative", 1);
    EXPECT_NE(settingsFile().string().find("/.config/glutea/settings.json"), std::string::npos)
        << settingsFile();
    setenv("GLUTEA_CONFIG_DIR", "/tmp/override", 1);
    EXPECT_EQ(settingsFile(), "/tmp/override/settings.json");
    oldConfigDir ? setenv("GLUTEA_CONFIG_DIR", savedConfigDir.c_str(), 1)
                 : unsetenv("GLUTEA_CONFIG_DIR");
    oldXdg ? setenv("XDG_CONFIG_HOME", savedXdg.c_str(), 1) : unsetenv("XDG_CONFIG_HOME");
}

TEST(XdgPaths, QuizProgressFileIgnoresARelativeDataHome) {
    EXPECT_EQ(
        progressFile(test::fakeEnvironment({{"HOME", "/home/ana"}, {"XDG_DATA_HOME", "/data"}})),
        "/data/glutea/progress.json");
    EXPECT_EQ(
        progressFile(test::fakeEnvironment({{"HOME", "/home/ana"}, {"XDG_DATA_HOME", "rel/data"}})),
        "/home/ana/.local/share/glutea/progress.json");
    EXPECT_EQ(progressFile(test::fakeEnvironment({{"HOME", "/home/ana"}, {"XDG_DATA_HOME", ""}})),
              "/home/ana/.local/share/glutea/progress.json");
    EXPECT_EQ(progressFile(test::fakeEnvironment({{"HOME", "/home/ana"}})),
              "/home/ana/.local/share/glutea/progress.json");
}
