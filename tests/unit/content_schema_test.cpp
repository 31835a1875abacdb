// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// The JSON Schemas that document the content format: valid JSON, draft 2020-12, every content
// file points at its schema, and every "$ref" lands on a definition that exists.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "content_test_support.h"

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

} // namespace
} // namespace glutea
