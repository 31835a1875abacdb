// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// NOTICE names every reference the content cites: for each entry of assets/atlas/content/
// sources.json, a line "- ID: CITATION" with the citation exactly as sources.json has it.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>

namespace {

std::string noticeText() {
    std::ifstream in(GLUTEA_SOURCE_DIR "/NOTICE", std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

std::set<std::string> noticeLines(const std::string& text) {
    std::set<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        lines.insert(line);
    }
    return lines;
}

} // namespace

TEST(Notice, ListsEverySourceTheContentCites) {
    std::ifstream in(GLUTEA_SOURCE_DIR "/assets/atlas/content/sources.json");
    ASSERT_TRUE(in) << "no assets/atlas/content/sources.json";
    const auto sources = nlohmann::json::parse(in).at("sources");
    ASSERT_FALSE(sources.empty());
    const std::string notice = noticeText();
    ASSERT_FALSE(notice.empty()) << "no NOTICE";
    const auto lines = noticeLines(notice);
    for (const auto& source : sources) {
        const auto id = source.at("id").get<std::string>();
        const auto citation = source.at("citation").get<std::string>();
        const std::string expected = "- " + id + ": " + citation;
        EXPECT_TRUE(lines.count(expected) == 1)
            << "NOTICE lacks the line for source \"" << id << "\" (add it under 'References the "
            << "content cites', citation as in sources.json):\n"
            << expected;
    }
}
