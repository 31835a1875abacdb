// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// The JSON Schemas that document the content format: valid JSON, draft 2020-12, every content
// file points at its schema, every "$ref" lands on a definition that exists, and every content file
// validates against its schema with valijson (not the app's loader), which rejects broken copies.
#include <algorithm>
#include <optional>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "content_test_support.h"
#include "schema_validation.h"

namespace glutea {
namespace {

using json = nlohmann::json;

const std::filesystem::path kSchemaDir = test::sourceDir() / "assets" / "atlas" / "schema";

json readJson(const std::filesystem::path& file) {
    return json::parse(test::readText(file));
}

void collectRefs(const json& node, std::vector<std::string>& refs) {
    if (node.is_object()) {
        for (const auto& [key, value] : node.items()) {
            if (key == "$ref" && value.is_string()) {
                refs.push_back(value.get<std::string>());
            } else {
                collectRefs(value, refs);
            }
        }
    } else if (node.is_array()) {
        for (const auto& value : node) {
            collectRefs(value, refs);
        }
    }
}

TEST(ContentSchema, EveryContentFileHasAValidSchema) {
    for (const auto& entry : std::filesystem::directory_iterator(test::defaultContentDir())) {
        const json content = readJson(entry.path());
        ASSERT_TRUE(content.contains("$schema")) << entry.path();
        const auto schemaFile = entry.path().parent_path() / content["$schema"].get<std::string>();
        ASSERT_TRUE(std::filesystem::exists(schemaFile)) << schemaFile;
        const json schema = readJson(schemaFile);
        EXPECT_EQ(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
        EXPECT_TRUE(schema.contains("description")) << schemaFile;
    }
}

TEST(ContentSchema, EveryRefResolves) {
    for (const auto& entry : std::filesystem::directory_iterator(kSchemaDir)) {
        const json schema = readJson(entry.path());
        std::vector<std::string> refs;
        collectRefs(schema, refs);
        for (const auto& ref : refs) {
            const auto hash = ref.find('#');
            const std::string file = ref.substr(0, hash);
            const json target = file.empty() ? schema : readJson(kSchemaDir / file);
            const std::string pointer = hash == std::string::npos ? "" : ref.substr(hash + 1);
            EXPECT_TRUE(target.contains(json::json_pointer(pointer)))
                << entry.path().filename() << ": " << ref;
        }
    }
}

std::string joined(const std::vector<std::string>& lines) {
    std::string text;
    for (const auto& line : lines) {
        text += line + "\n";
    }
    return text;
}

// The schema file a content file names, relative to the schema folder.
std::string schemaNameOf(const json& content) {
    return std::filesystem::path(content["$schema"].get<std::string>()).filename().string();
}

TEST(ContentSchema, EveryContentFileValidatesAgainstItsSchema) {
    const test::SchemaSet schemas(kSchemaDir);
    int validated = 0;
    for (const auto& entry : std::filesystem::directory_iterator(test::defaultContentDir())) {
        const json content = readJson(entry.path());
        const auto found = schemas.problems(schemaNameOf(content), content);
        EXPECT_TRUE(found.empty())
            << entry.path().filename() << " against " << schemaNameOf(content) << ":\n"
            << joined(found);
        ++validated;
    }
    EXPECT_GE(validated, 9); // structures, sources, conditions, ... : the folder was found
}

// The first object (depth first) holding every key of `keys`, as a JSON pointer.
std::optional<json::json_pointer>
firstHolding(const json& node, const std::vector<std::string>& keys,
             const json::json_pointer& at = json::json_pointer()) {
    if (node.is_object() && std::all_of(keys.begin(), keys.end(),
                                        [&](const std::string& k) { return node.contains(k); })) {
        return at;
    }
    if (node.is_structured()) {
        for (const auto& [name, child] : node.items()) {
            if (auto found = firstHolding(child, keys, at / name)) {
                return found;
            }
        }
    }
    return std::nullopt;
}

json& holderOf(json& content, const std::vector<std::string>& keys) {
    const auto at = firstHolding(content, keys);
    if (!at) {
        throw std::runtime_error("no object with " + keys.front() + " in the content");
    }
    return content[*at];
}

struct Breakage {
    const char* what;
    const char* file;
    void (*apply)(json&);
};

// Each a copy of the default content broken in one way the schemas forbid; the keywords the
// dialect rewrite translates (if/then, prefixItems, dependentRequired) each broken once.
const Breakage kBreakages[] = {
    {"a required key removed", "structures.json",
     [](json& c) { c["structures"][0].erase("latin"); }},
    {"a kind outside the enum", "structures.json",
     [](json& c) { c["structures"][0]["kind"] = "organ"; }},
    {"an unknown key", "structures.json", [](json& c) { c["structures"][0]["colour"] = "red"; }},
    {"an id not in snake case", "sources.json",
     [](json& c) { c["sources"][0]["id"] = "Not An Id"; }},
    {"a text of the wrong type", "conditions.json",
     [](json& c) { c["conditions"][0]["name"]["en"] = 7; }},
    {"a muscle without its origin (if/then)", "structures.json",
     [](json& c) {
         for (auto& s : c["structures"]) {
             if (s["kind"] == "muscle") {
                 s.erase("origin");
                 return;
             }
         }
         ADD_FAILURE() << "no muscle";
     }},
    {"a negative radius (prefixItems)", "referral.json",
     [](json& c) { holderOf(c, {"radii_cm"})["radii_cm"][1] = -2.0; }},
    {"toward without distance_cm (dependentRequired)", "techniques.json",
     [](json& c) {
         holderOf(c, {"toward", "distance_cm"}).erase("distance_cm");
     }},
};

TEST(ContentSchema, BrokenCopiesAreRejected) {
    const test::SchemaSet schemas(kSchemaDir);
    for (const auto& breakage : kBreakages) {
        json content = readJson(test::defaultContentDir() / breakage.file);
        ASSERT_TRUE(schemas.problems(schemaNameOf(content), content).empty()) << breakage.file;
        breakage.apply(content);
        EXPECT_FALSE(schemas.problems(schemaNameOf(content), content).empty())
            << breakage.file << ": " << breakage.what << " passed the schema";
    }
}

// A schema keyword the rewrite to valijson's dialect does not know is refused, never skipped.
TEST(ContentSchema, UnknownSchemaKeywordsAreRefused) {
    const auto dir = test::scratchDir() / "schema";
    std::filesystem::create_directories(dir);
    test::writeFile(dir / "x.schema.json", R"({"type": "object", "unevaluatedProperties": false})");
    const test::SchemaSet schemas(dir);
    EXPECT_THROW(schemas.problems("x.schema.json", json::object()), std::runtime_error);
}

} // namespace
} // namespace glutea
