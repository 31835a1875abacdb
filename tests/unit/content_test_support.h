// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Helpers for the content tests: a copy of the default content to break, edits that must hit
// exactly one place, and the line:column of a piece of text (so expected messages stay exact
// while the content itself evolves).
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "anatomy/content_loader.h"
#include "anatomy/content_validator.h"
#include "anatomy/convention_ids.h"
#include "test_support.h"

namespace glutea::test {

inline std::filesystem::path defaultContentDir() {
    return sourceDir() / "assets" / "atlas" / "content";
}

inline std::string readText(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// A scratch copy of the default content folder.
// A file of the default content as plain JSON, parsed once and kept (loops may walk a part of it).
inline const nlohmann::json& defaultContentJson(const std::string& name) {
    static std::map<std::string, nlohmann::json> files;
    auto it = files.find(name);
    if (it == files.end()) {
        it = files.emplace(name, nlohmann::json::parse(readText(defaultContentDir() / name))).first;
    }
    return it->second;
}

inline std::filesystem::path copyDefaultContent() {
    const auto dir = scratchDir() / "content";
    std::filesystem::create_directories(dir);
    for (const auto& entry : std::filesystem::directory_iterator(defaultContentDir())) {
        std::filesystem::copy_file(entry.path(), dir / entry.path().filename());
    }
    return dir;
}

// Replaces the one occurrence of `from`; fails the test when there is none or several.
inline void replaceOnce(const std::filesystem::path& file, const std::string& from,
                        const std::string& to) {
    std::string text = readText(file);
    const auto at = text.find(from);
    ASSERT_NE(at, std::string::npos) << "not found in " << file << ": " << from;
    ASSERT_EQ(text.find(from, at + 1), std::string::npos) << "found twice: " << from;
    text.replace(at, from.size(), to);
    writeFile(file, text);
}

// "line:column" (1-based, column in characters) of the first occurrence of `needle` in the file,
// plus `shift` characters (ASCII text assumed before it on the line).
inline std::string positionOf(const std::filesystem::path& file, const std::string& needle,
                              int shift = 0) {
    const std::string text = readText(file);
    const auto at = text.find(needle);
    EXPECT_NE(at, std::string::npos) << needle;
    int line = 1;
    std::size_t lineStart = 0;
    for (std::size_t i = 0; i < at; ++i) {
        if (text[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    int column = 1 + shift;
    for (std::size_t i = lineStart; i < at; ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0u) != 0x80u) {
            ++column;
        }
    }
    return std::to_string(line) + ":" + std::to_string(column);
}

// The shipped content, loaded once.
inline const Content& defaultContent() {
    static const Content content = loadContent(defaultContentDir()).content;
    return content;
}

// Load problems and validation problems together, as `glutea validate` prints them.
inline std::string problemsOf(const std::filesystem::path& dir,
                              const KnownIds& ids = conventionIds()) {
    ContentLoadResult loaded = loadContent(dir);
    auto more = validateContent(loaded.content, ids);
    loaded.problems.insert(loaded.problems.end(), more.begin(), more.end());
    return formatProblems(loaded.problems);
}

// The "file:line:column: " prefix of a problem at `needle` in `file`.
inline std::string at(const std::filesystem::path& file, const std::string& needle, int shift = 0) {
    return file.string() + ":" + positionOf(file, needle, shift) + ": ";
}

} // namespace glutea::test
