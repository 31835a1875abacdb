// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// Issue 13: content files: numbers out of range, texts past their length limit and misspelled
// keys are problems at the right place; a broken landmarks file is reported once, not once for
// every anchor that uses it.
#include <fstream>
#include <map>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "anatomy/content_loader.h"
#include "anatomy/content_reader.h"
#include "cli_runner.h"
#include "content_test_support.h"

using namespace glutea;
using namespace glutea::test;

namespace {

std::string loadProblemsOf(const std::filesystem::path& contentDir) {
    return formatProblems(loadContent(contentDir).problems);
}

} // namespace

TEST(HardeningContent, TheDefaultContentLoadsWithoutProblems) {
    EXPECT_EQ(loadProblemsOf(defaultContentDir()), "");
}

TEST(HardeningContent, HugeDistanceIsRefusedAtItsPlace) {
    const auto dir = copyDefaultContent();
    const auto file = dir / "cautions.json";
    replaceOnce(file, R"("toward": "inferior", "distance_cm": 4})",
                R"("toward": "inferior", "distance_cm": 1e308})");
    const std::string where = positionOf(file, "1e308");
    const std::string e = loadProblemsOf(dir);
    EXPECT_TRUE(test::contains(e, "cautions.json:" + where +
                                      ": \"distance_cm\" must be at most 200 (found 1e+308)"))
        << e;
}

TEST(HardeningContent, OverlongTextIsRefused) {
    const auto dir = copyDefaultContent();
    const auto file = dir / "structures.json";
    const std::string word(kMaxTextCharacters + 1, 'a'); // one long "word" passes a word count
    replaceOnce(file, "\"Inferior gluteal nerve (L5-S2).\"", "\"" + word + "\"");
    const std::string e = loadProblemsOf(dir);
    EXPECT_TRUE(test::contains(e, "the text is " + std::to_string(kMaxTextCharacters + 1) +
                                      " characters long; the limit is " +
                                      std::to_string(kMaxTextCharacters)))
        << e.substr(0, 2000);
}

TEST(HardeningContent, MisspelledKeyNamesTheNearestKnownKey) {
    const auto dir = copyDefaultContent();
    const auto file = dir / "structures.json";
    replaceOnce(file, R"("innervation": {"text": {"en": "Inferior gluteal nerve (L5-S2)."})",
                R"("inervation": {"text": {"en": "Inferior gluteal nerve (L5-S2)."})");
    const std::string e = loadProblemsOf(dir);
    EXPECT_TRUE(test::contains(e, "unknown field \"inervation\"; did you mean \"innervation\"?"))
        << e;
}

// Every place of a content file that holds an object, with array indices as "*"
// ("/structures/*/origin"), and the first object found there.
void hardeningObjectPlaces(const nlohmann::json& j, const std::string& at, const std::string& shape,
                           std::map<std::string, std::string>& firstAt) {
    if (j.is_object()) {
        firstAt.emplace(shape, at);
        for (const auto& [key, value] : j.items()) {
            hardeningObjectPlaces(value, at + "/" + key, shape + "/" + key, firstAt);
        }
    } else if (j.is_array()) {
        for (std::size_t i = 0; i < j.size(); ++i) {
            hardeningObjectPlaces(j[i], at + "/" + std::to_string(i), shape + "/*", firstAt);
        }
    }
}

TEST(HardeningContent, EveryKindOfObjectInEveryFileRefusesAnUnknownKey) {
    // Whatever the object (a structure, a placement, a text's languages), a key the format does
    // not have is a problem. The objects are found by walking the files themselves, one of each
    // kind, not from the loader's lists of keys, so a kind of object the loader forgets to check
    // fails here.
    int checked = 0;
    for (const auto& entry : std::filesystem::directory_iterator(defaultContentDir())) {
        if (entry.path().extension() != ".json") {
            continue;
        }
        const std::string name = entry.path().filename().string();
        const nlohmann::json original = nlohmann::json::parse(readText(entry.path()));
        std::map<std::string, std::string> firstAt;
        hardeningObjectPlaces(original, "", "", firstAt);
        for (const auto& [shape, at] : firstAt) {
            const auto dir = copyDefaultContent();
            nlohmann::json changed = original;
            changed[nlohmann::json::json_pointer(at)]["zz_not_a_field"] = 1;
            std::ofstream(dir / name) << changed.dump(1);
            const std::string e = loadProblemsOf(dir);
            EXPECT_TRUE(test::contains(e, "\"zz_not_a_field\""))
                << name << " " << (shape.empty() ? "/" : shape) << " (" << at
                << ") took an unknown key: " << e.substr(0, 300);
            ++checked;
        }
    }
    EXPECT_GT(checked, 50) << checked << " kinds of object";
}

TEST(HardeningContent, OneBrokenLandmarksFileIsReportedOnce) {
    const auto dir = scratchDir() / "atlas";
    const auto source = sourceDir() / "assets" / "atlas";
    std::filesystem::create_directories(dir);
    for (const char* name : {"atlas.json", "model.glb"}) {
        std::filesystem::copy_file(source / name, dir / name);
    }
    std::filesystem::copy(source / "content", dir / "content",
                          std::filesystem::copy_options::recursive);
    writeFile(dir / "landmarks.json", "{\"landmarks\": [ broken");
    const auto r = runGlutea({"validate", "--atlas", dir.string()});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(test::contains(r.out, "landmarks.json:1:")) << r.out.substr(0, 2000);
    EXPECT_FALSE(test::contains(r.out, "unknown landmark")) << r.out.substr(0, 2000);
    EXPECT_TRUE(test::contains(r.out, "references to landmarks in the content were not checked"))
        << r.out.substr(0, 2000);
    // A few lines, not hundreds.
    EXPECT_LT(std::count(r.out.begin(), r.out.end(), '\n'), 20) << r.out.substr(0, 4000);
}

// Before: a distance of 1e308 became infinity, and `query techniques` printed [null,-0.05,0].
TEST(HardeningContent, QueryRefusesAHugeDistanceInsteadOfPrintingNull) {
    const auto dir = scratchDir() / "atlas";
    const auto source = sourceDir() / "assets" / "atlas";
    std::filesystem::create_directories(dir);
    for (const char* name : {"atlas.json", "model.glb", "landmarks.json"}) {
        std::filesystem::copy_file(source / name, dir / name);
    }
    std::filesystem::copy(source / "content", dir / "content",
                          std::filesystem::copy_options::recursive);
    const auto file = dir / "content" / "techniques.json";
    std::string text = readText(file);
    std::size_t replaced = 0;
    for (auto at = text.find("\"distance_cm\": "); at != std::string::npos;
         at = text.find("\"distance_cm\": ", at + 1)) {
        const auto start = at + 15;
        const auto end = text.find_first_not_of("0123456789.", start);
        text.replace(start, end - start, "1e308");
        ++replaced;
    }
    ASSERT_GT(replaced, 0u);
    writeFile(file, text);
    const auto r = runGlutea(
        {"query", "techniques", "--muscle", "piriformis", "--json", "--atlas", dir.string()});
    EXPECT_EQ(r.code, 1) << r.out;
    EXPECT_TRUE(test::contains(r.err, "\"distance_cm\" must be at most 200 (found 1e+308)"))
        << r.err;
    EXPECT_FALSE(test::contains(r.out, "null")) << r.out.substr(0, 2000);
}
