// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// Reading one content file: positions of values, and the file-level failures (syntax, encoding,
// size) that stop a file from loading.
#include <gtest/gtest.h>

#include "anatomy/json_source.h"
#include "content_test_support.h"

namespace glutea {
namespace {

std::string locate(const JsonDocument& doc, const std::string& pointer) {
    const SourceLocation l = doc.locations.find(pointer);
    return std::to_string(l.line) + ":" + std::to_string(l.column);
}

TEST(ContentJsonSource, RecordsWhereEveryValueStarts) {
    // Escaped quotes, a non-ASCII name (columns count characters), a number at the very end.
    const std::string text = "{\n"
                             "  \"name\": \"say \\\"hi\\\"\",\n"
                             "  \"ü\": [true, null, -1.5e3, {\"k\": \"v\"}],\n"
                             "  \"n\": 42}";
    std::vector<ContentProblem> problems;
    auto doc = parseJsonDocument(text, "t.json", problems);
    ASSERT_TRUE(doc);
    EXPECT_TRUE(problems.empty());
    EXPECT_EQ(locate(*doc, ""), "1:1");
    EXPECT_EQ(locate(*doc, "/name"), "2:11");
    EXPECT_EQ(locate(*doc, "/ü"), "3:8");
    EXPECT_EQ(locate(*doc, "/ü/0"), "3:9");
    EXPECT_EQ(locate(*doc, "/ü/1"), "3:15");
    EXPECT_EQ(locate(*doc, "/ü/2"), "3:21");
    EXPECT_EQ(locate(*doc, "/ü/3"), "3:29");
    EXPECT_EQ(locate(*doc, "/ü/3/k"), "3:35");
    EXPECT_EQ(locate(*doc, "/n"), "4:8");
    // A pointer that is not there falls back to its nearest ancestor.
    EXPECT_EQ(locate(*doc, "/ü/3/missing"), "3:29");
    EXPECT_EQ(doc->root["name"], "say \"hi\"");
}

TEST(ContentJsonSource, PointersEscapeSlashAndTilde) {
    std::vector<ContentProblem> problems;
    auto doc = parseJsonDocument("{\"a/b~c\": 1}", "t.json", problems);
    ASSERT_TRUE(doc);
    EXPECT_EQ(locate(*doc, "/a~1b~0c"), "1:11");
}

TEST(ContentJsonSource, TruncatedFileGivesOneSyntaxProblemAtTheEnd) {
    std::vector<ContentProblem> problems;
    auto doc = parseJsonDocument("{\n  \"a\": [1, 2", "cut.json", problems);
    EXPECT_FALSE(doc);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].format(),
              "cut.json:2:13: invalid JSON: syntax error while parsing array - unexpected end of "
              "input; expected ']'");
}

TEST(ContentJsonSource, InvalidUtf8IsReportedAtTheByte) {
    std::vector<ContentProblem> problems;
    auto doc = parseJsonDocument("{\n  \"é\": \"caf\xC3(\"\n}", "enc.json", problems);
    EXPECT_FALSE(doc);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].format(),
              "enc.json:2:12: invalid UTF-8 (byte 0xC3); content files must be UTF-8 encoded");
}

TEST(ContentJsonSource, OverlongAndSurrogateEncodingsAreInvalid) {
    for (const std::string bad : {"\"\xC0\xAF\"", "\"\xED\xA0\x80\"", "\"\xF4\x90\x80\x80\""}) {
        std::vector<ContentProblem> problems;
        EXPECT_FALSE(parseJsonDocument(bad, "x.json", problems));
        ASSERT_EQ(problems.size(), 1u);
        EXPECT_EQ(problems[0].location.column, 2);
    }
}

TEST(ContentJsonSource, DuplicateKeyIsReportedAndLoadingGoesOn) {
    std::vector<ContentProblem> problems;
    auto doc = parseJsonDocument("{\"id\": 1,\n \"id\": 2}", "dup.json", problems);
    EXPECT_TRUE(doc);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].format(), "dup.json:2:2: duplicate key \"id\" in one object (at /id)");
}

TEST(ContentJsonSource, FiftyMegabyteFileIsRefusedWithoutReadingIt) {
    const auto file = test::scratchDir() / "huge.json";
    test::writeFile(file, "[");
    // A sparse file: the size check must refuse it before any byte is read or parsed.
    std::filesystem::resize_file(file, std::uintmax_t{50} * 1024 * 1024);
    std::vector<ContentProblem> problems;
    auto doc = readJsonDocument(file, "huge.json", problems);
    EXPECT_FALSE(doc);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].format(),
              "huge.json:1:1: file is 52428800 bytes, over the 16777216-byte limit for content "
              "files");
}

TEST(ContentJsonSource, MissingFileIsAProblemNotACrash) {
    std::vector<ContentProblem> problems;
    auto doc = readJsonDocument(test::scratchDir() / "absent.json", "absent.json", problems);
    EXPECT_FALSE(doc);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].format(), "absent.json:1:1: cannot read file: No such file or directory");
}

} // namespace
} // namespace glutea
