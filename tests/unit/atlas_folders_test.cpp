// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// File > Open atlas's list of the user's atlases and the atlas a window run opens (issue 16).
#include <gtest/gtest.h>

#include <map>

#include "app/atlas_folders.h"
#include "app/settings_file.h"
#include "test_support.h"

using namespace glutea;

TEST(AtlasFolders, TheUsersAtlasesLiveUnderXdgDataHome) {
    EXPECT_EQ(
        userAtlasesDir(test::fakeEnvironment({{"HOME", "/home/ana"}, {"XDG_DATA_HOME", "/d"}})),
        "/d/glutea/atlases");
    EXPECT_EQ(userAtlasesDir(test::fakeEnvironment({{"HOME", "/home/ana"}})),
              "/home/ana/.local/share/glutea/atlases");
}

TEST(AtlasFolders, ListsFoldersWithAnAtlasJsonByFolderNameUnderTheManifestsName) {
    const auto root = test::scratchDir() / "atlas_folders_list";
    std::filesystem::remove_all(root);
    test::writeFile(root / "vhf" / "atlas.json", R"({"name": "Visible Human Female, left leg"})");
    test::writeFile(root / "a-broken" / "atlas.json", "{ not json");
    test::writeFile(root / "no-manifest" / "meshes.txt", "");
    test::writeFile(root / "loose-file.json", "{}");
    const auto found = userAtlases(root);
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].dir, root / "a-broken");
    EXPECT_EQ(found[0].name, "a-broken"); // not JSON: its folder's name; opening it says why
    EXPECT_EQ(found[1].dir, root / "vhf");
    EXPECT_EQ(found[1].name, "Visible Human Female, left leg");
    EXPECT_TRUE(userAtlases(root / "absent").empty());
    EXPECT_TRUE(userAtlases(root / "loose-file.json").empty());
}

TEST(AtlasFolders, StartupOpensTheRequestedThenTheEnvironmentsThenTheRemembered) {
    const auto root = test::scratchDir() / "atlas_folders_startup";
    std::filesystem::remove_all(root);
    test::writeFile(root / "mine" / "atlas.json", "{}");
    const std::string mine = (root / "mine").string();
    const auto none = test::fakeEnvironment({});
    std::string warning;
    EXPECT_EQ(startupAtlasDir(std::filesystem::path("/x"), mine, &warning, none), "/x");
    EXPECT_EQ(startupAtlasDir(std::nullopt, mine, &warning,
                              test::fakeEnvironment({{"GLUTEA_ATLAS", "/e"}})),
              std::nullopt); // findAtlasDir reads $GLUTEA_ATLAS
    EXPECT_EQ(startupAtlasDir(std::nullopt, mine, &warning, none), root / "mine");
    EXPECT_EQ(startupAtlasDir(std::nullopt, "", &warning, none), std::nullopt);
    EXPECT_TRUE(warning.empty());
    // Gone since: the built-in model, and the user is told which atlas went missing.
    const std::string gone = (root / "gone").string();
    EXPECT_EQ(startupAtlasDir(std::nullopt, gone, &warning, none), std::nullopt);
    EXPECT_TRUE(test::contains(warning, gone)) << warning;
}

TEST(AtlasFolders, TheOpenedAtlasIsRememberedInTheSettings) {
    const auto file = test::scratchDir() / "atlas_folders_settings" / "settings.json";
    std::filesystem::remove_all(file.parent_path());
    EXPECT_EQ(loadSettings(file).atlas, ""); // first run: the default places
    UiSettings settings;
    settings.atlas = "/home/ana/.local/share/glutea/atlases/vhf";
    saveSettings(file, settings);
    EXPECT_EQ(loadSettings(file).atlas, settings.atlas);
}
