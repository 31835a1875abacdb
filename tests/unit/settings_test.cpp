// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include "app/settings_file.h"
#include "test_support.h"

using namespace glutea;

TEST(Settings, RoundTripAndDefaults) {
    const auto file = test::scratchDir() / "sub" / "settings.json";
    EXPECT_EQ(loadSettings(file).audience, Audience::Patient); // missing file: defaults
    UiSettings s;
    s.audience = Audience::Therapist;
    s.textScale = 1.5f;
    s.highContrast = true;
    saveSettings(file, s);
    const UiSettings back = loadSettings(file);
    EXPECT_EQ(back.audience, Audience::Therapist);
    EXPECT_FLOAT_EQ(back.textScale, 1.5f);
    EXPECT_TRUE(back.highContrast);
}

TEST(Settings, BrokenFileGivesDefaultsAndClampsScale) {
    const auto dir = test::scratchDir();
    test::writeFile(dir / "a.json", "{ not json");
    EXPECT_FLOAT_EQ(loadSettings(dir / "a.json").textScale, 1.0f);
    test::writeFile(dir / "b.json", R"({"text_scale": 40, "audience": "martian"})");
    EXPECT_FLOAT_EQ(loadSettings(dir / "b.json").textScale, 2.0f);
    EXPECT_EQ(loadSettings(dir / "b.json").audience, Audience::Patient);
}
