// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Helpers for unit tests: a scratch folder per test and files written into it.
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <optional>
#include <string>

#include <gtest/gtest.h>

namespace glutea::test {

// Whether `text` contains `part`: the most asked question of a message in these tests.
inline bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

inline std::filesystem::path sourceDir() {
    return GLUTEA_SOURCE_DIR;
}

// A fresh, empty folder named after the running test.
inline std::filesystem::path scratchDir() {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    auto dir = std::filesystem::temp_directory_path() / "glutea-tests" /
               (std::string(info->test_suite_name()) + "." + info->name());
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

inline void writeFile(const std::filesystem::path& file, const std::string& text) {
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << text;
}

// An environment of just these variables, for code that takes an EnvLookup (base/xdg_paths.h).
inline std::function<std::optional<std::string>(const std::string&)>
fakeEnvironment(std::map<std::string, std::string> vars) {
    return [vars = std::move(vars)](const std::string& name) -> std::optional<std::string> {
        if (auto it = vars.find(name); it != vars.end()) {
            return it->second;
        }
        return std::nullopt;
    };
}

} // namespace glutea::test
