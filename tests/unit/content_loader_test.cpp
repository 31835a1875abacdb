// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// Broken copies of the default content: each breakage gives the exact message, at the exact
// place, and the rest of the content still loads.
#include <algorithm>

#include <gtest/gtest.h>

#include "anatomy/content_loader.h"
#include "content_test_support.h"

namespace glutea {
namespace {

using test::copyDefaultContent;
using test::positionOf;
using test::replaceOnce;

std::string loadProblemsOf(const std::filesystem::path& dir) {
    return formatProblems(loadContent(dir).problems);
}

TEST(ContentLoader, DefaultContentLoadsEverything) {
    const ContentLoadResult loaded = loadContent(test::defaultContentDir());
    EXPECT_EQ(formatProblems(loaded.problems), "");
    // 23 structures of the model and 26 content ahead of it (docs/CONVENTIONS.md).
    EXPECT_EQ(loaded.content.structures.size(), 49u);
    EXPECT_EQ(loaded.content.referralPatterns.size(), 15u);
    EXPECT_EQ(loaded.content.techniques.size(), 17u);
    EXPECT_EQ(loaded.content.routines.size(), 4u);
    EXPECT_EQ(loaded.content.cautionZones.size(), 11u);
    EXPECT_EQ(loaded.content.clinicalTests.size(), 11u);
    EXPECT_EQ(loaded.content.selfCare.size(), 12u);
    ASSERT_NE(loaded.content.findStructure("piriformis"), nullptr);
    EXPECT_EQ(loaded.content.findStructure("piriformis")->latin, "Musculus piriformis");
}

TEST(ContentLoader, WrongType) {
    const auto dir = copyDefaultContent();
    const auto file = dir / "referral.json";
    replaceOnce(file, "\"radius_cm\": 3.5, \"center\": {\"on\": \"coccyx\"",
                "\"radius_cm\": \"3.5\", \"center\": {\"on\": \"coccyx\"");
    EXPECT_EQ(loadProblemsOf(dir), file.string() + ":" + positionOf(file, "\"3.5\"") +
                                       ": \"radius_cm\" must be a number, not a string (at "
                                       "/patterns/0/zones/2/shapes/0/radius_cm)");
}

TEST(ContentLoader, MissingFieldIsReportedAtItsObject) {
    const auto dir = copyDefaultContent();
    const auto file = dir / "structures.json";
    replaceOnce(file,
                "      \"insertion\": {\"text\": {\"en\": \"Lateral surface of the greater "
                "trochanter.\"}, \"source\": \"grays_anatomy\", \"evidence\": \"anatomy\"},\n",
                "");
    // The object of gluteus_medius starts on the line before its "id".
    const std::string idAt = positionOf(file, "\"id\": \"gluteus_medius\"");
    const int line = std::stoi(idAt.substr(0, idAt.find(':'))) - 1;
    EXPECT_EQ(loadProblemsOf(dir), file.string() + ":" + std::to_string(line) +
                                       ":5: missing required field \"insertion\" (every muscle "
                                       "states it) (at /structures/1)");
}

TEST(ContentLoader, UnknownFieldCatchesTypos) {
    const auto dir = copyDefaultContent();
    const auto file = dir / "cautions.json";
    replaceOnce(file,
                "{\"shape\": \"disc\", \"radius_cm\": 2.5, \"center\": {\"from\": \"coccyx_tip\"}}",
                "{\"shape\": \"disc\", \"radius\": 2.5, \"center\": {\"from\": \"coccyx_tip\"}}");
    const std::string at = positionOf(file, "{\"shape\": \"disc\", \"radius\"");
    const std::string value = positionOf(file, "2.5, \"center\": {\"from\": \"coccyx_tip\"");
    EXPECT_EQ(loadProblemsOf(dir),
              file.string() + ":" + value +
                  ": unknown field \"radius\" (at /zones/3/shapes/0/radius)\n" + file.string() +
                  ":" + at + ": missing required field \"radius_cm\" (at /zones/3/shapes/0)");
}

TEST(ContentLoader, TruncatedFileIsOneProblemAndTheOtherFilesLoad) {
    const auto dir = copyDefaultContent();
    const auto file = dir / "techniques.json";
    const std::string text = test::readText(file);
    // Cut just before the first technique's "summary": the file ends in an open object.
    const std::string cut = text.substr(0, text.find("\"summary\": {\"en\": \"Long"));
    test::writeFile(file, cut);
    const auto lines = std::count(cut.begin(), cut.end(), '\n');
    const ContentLoadResult loaded = loadContent(dir);
    ASSERT_EQ(loaded.problems.size(), 1u);
    EXPECT_EQ(loaded.problems[0].format(),
              file.string() + ":" + std::to_string(lines + 1) +
                  ":7: invalid JSON: syntax error while parsing object key - unexpected end of "
                  "input; expected string literal");
    EXPECT_TRUE(loaded.content.techniques.empty());
    EXPECT_EQ(loaded.content.structures.size(), 49u);
}

TEST(ContentLoader, InvalidUtf8InAContentFile) {
    const auto dir = copyDefaultContent();
    const auto file = dir / "structures.json";
    replaceOnce(file, "\"name\": {\"en\": \"Piriformis\"",
                "\"name\": {\"en\": \"Piri\xFF"
                "formis\"");
    EXPECT_EQ(loadProblemsOf(dir), file.string() + ":" + positionOf(file, "Piri", 4) +
                                       ": invalid UTF-8 (byte 0xFF); content files must be UTF-8 "
                                       "encoded");
}

TEST(ContentLoader, FiftyMegabyteFileIsRefused) {
    const auto dir = copyDefaultContent();
    std::filesystem::resize_file(dir / "sources.json", std::uintmax_t{50} * 1024 * 1024);
    EXPECT_EQ(loadProblemsOf(dir), (dir / "sources.json").string() +
                                       ":1:1: file is 52428800 bytes, over the 16777216-byte limit "
                                       "for content files");
}

TEST(ContentLoader, MissingFile) {
    const auto dir = copyDefaultContent();
    std::filesystem::remove(dir / "routines.json");
    EXPECT_EQ(loadProblemsOf(dir), (dir / "routines.json").string() +
                                       ":1:1: cannot read file: No such file or directory");
}

TEST(ContentLoader, BadEnumValueListsTheAllowedOnes) {
    const auto dir = copyDefaultContent();
    const auto file = dir / "cautions.json";
    replaceOnce(file, "\"id\": \"caution_coccyx\", \"rule\": \"no-direct-pressure\"",
                "\"id\": \"caution_coccyx\", \"rule\": \"gentle\"");
    EXPECT_EQ(loadProblemsOf(dir),
              file.string() + ":" + positionOf(file, "\"gentle\"") +
                  ": \"rule\" must be one of no-sustained-pressure, no-direct-pressure (found "
                  "\"gentle\") (at /zones/3/rule)");
}

TEST(ContentLoader, AnchorWithoutBaseAnchorsToNothing) {
    const auto dir = copyDefaultContent();
    const auto file = dir / "cautions.json";
    replaceOnce(file, "\"center\": {\"from\": \"popliteal_fossa\"}", "\"center\": {}");
    EXPECT_EQ(loadProblemsOf(dir), file.string() + ":" + positionOf(file, "{}") +
                                       ": anchor has neither \"from\" nor \"blend\": it anchors to "
                                       "nothing (at /zones/6/shapes/0/center)");
}

TEST(ContentLoader, DeeplyNestedFileDoesNotOverflowTheStack) {
    const auto dir = copyDefaultContent();
    const std::size_t depth = 500000;
    test::writeFile(dir / "sources.json", std::string(depth, '[') + std::string(depth, ']'));
    ContentLoadResult loaded;
    EXPECT_NO_THROW(loaded = loadContent(dir));
    ASSERT_EQ(loaded.problems.size(), 1u);
    EXPECT_EQ(loaded.problems[0].format(),
              (dir / "sources.json").string() +
                  ":1:65: nesting deeper than 64 levels; content files need far fewer");
}

// Any JSON at all, in any file, gives problems, never a crash or an exception.
TEST(ContentLoader, GarbageOfEveryShapeNeverCrashes) {
    const std::vector<std::string> garbage = {
        "[]",
        "null",
        "42",
        "\"text\"",
        "{}",
        "{\"format_version\": 1}",
        "{\"format_version\": 1, \"structures\": 5, \"sources\": {}, \"patterns\": [1, null]}",
        std::string("{\"format_version\": 1, \"techniques\": [{\"placements\": [{\"form\": ") +
            "\"area\", \"area\": [{\"shape\": \"polygon\", \"vertices\": [1]}]}]}]}",
        std::string("{\"format_version\": 1, \"patterns\": [{\"zones\": [{\"shapes\": [{") +
            "\"shape\": \"ellipse\", \"radii_cm\": [1, 2, 3], \"center\": {\"blend\": " +
            "[{\"weight\": -1}]}}]}]}]}"};
    for (const auto& text : garbage) {
        const auto dir = copyDefaultContent();
        for (const auto& name : contentFileNames()) {
            test::writeFile(dir / name, text);
        }
        ContentLoadResult loaded;
        EXPECT_NO_THROW(loaded = loadContent(dir)) << text;
        EXPECT_FALSE(loaded.problems.empty()) << text;
    }
}

} // namespace
} // namespace glutea
