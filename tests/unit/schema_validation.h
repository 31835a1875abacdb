// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Validates JSON against the content's JSON Schemas with valijson, a validator written apart from
// the app's own loader and checker, so the schemas are held to the content independently.
//
// The schemas are draft 2020-12; valijson 1.0 reads draft 7. The few 2020-12 keywords they use are
// rewritten to their draft-7 equivalents (prefixItems -> items as an array, dependentRequired ->
// dependencies), and every file's "$defs" are gathered into one document (references to another
// file become local), because valijson 1.0 caches references by path and would mix up two files'
// "#/$defs/id". A keyword this rewrite does not know throws instead of being ignored: a schema
// rule valijson would skip must not pass silently.
#include <filesystem>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include "content_test_support.h"

namespace glutea::test {

class SchemaSet {
  public:
    explicit SchemaSet(std::filesystem::path dir) : dir_(std::move(dir)) {}

    // The problems valijson finds in `document` against schema file `schemaFile` (a name in the
    // folder), each "<root>.structures.[3].kind: ...". Empty: valid.
    std::vector<std::string> problems(const std::string& schemaFile,
                                      const nlohmann::json& document) const {
        const nlohmann::json draft7 = combined(schemaFile);
        valijson::Schema schema;
        valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
        const valijson::adapters::NlohmannJsonAdapter schemaAdapter(draft7);
        parser.populateSchema(schemaAdapter, schema);
        valijson::Validator validator;
        valijson::ValidationResults results;
        const valijson::adapters::NlohmannJsonAdapter target(document);
        std::vector<std::string> found;
        if (!validator.validate(schema, target, &results)) {
            valijson::ValidationResults::Error error;
            while (results.popError(error)) {
                std::string where;
                for (const auto& step : error.context) {
                    where += (where.empty() ? "" : ".") + step;
                }
                found.push_back(where + ": " + error.description);
            }
        }
        return found;
    }

  private:
    static std::string stem(const std::string& file) { return file.substr(0, file.find('.')); }

    // The schema of `file` with every $defs it reaches (its own and other files') under
    // "$defs"/"<file stem>.<name>".
    nlohmann::json combined(const std::string& file) const {
        std::set<std::string> files{file}, pending{file};
        nlohmann::json defs = nlohmann::json::object(), root;
        while (!pending.empty()) {
            const std::string next = *pending.begin();
            pending.erase(pending.begin());
            nlohmann::json schema = nlohmann::json::parse(readText(dir_ / next));
            std::set<std::string> referenced;
            if (schema.contains("$defs")) {
                for (const auto& [name, def] : schema["$defs"].items()) {
                    defs[stem(next) + "." + name] =
                        toDraft7(def, next, "/$defs/" + name, referenced);
                }
                schema.erase("$defs");
            }
            nlohmann::json translated = toDraft7(schema, next, "", referenced);
            if (next == file) {
                root = std::move(translated);
            }
            for (const auto& other : referenced) {
                if (files.insert(other).second) {
                    pending.insert(other);
                }
            }
        }
        root["$defs"] = defs;
        return root;
    }

    static std::string localRef(const std::string& ref, const std::string& file,
                                std::set<std::string>& referenced) {
        const auto hash = ref.find('#');
        const std::string target = hash == 0 ? file : ref.substr(0, hash);
        const std::string pointer = hash == std::string::npos ? "" : ref.substr(hash + 1);
        const std::string prefix = "/$defs/";
        if (pointer.rfind(prefix, 0) != 0 ||
            pointer.find('/', prefix.size()) != std::string::npos) {
            throw std::runtime_error(file + ": $ref " + ref + " is not to a top-level $defs entry");
        }
        referenced.insert(target);
        return "#/$defs/" + stem(target) + "." + pointer.substr(prefix.size());
    }

    static nlohmann::json toDraft7(const nlohmann::json& node, const std::string& file,
                                   const std::string& path, std::set<std::string>& referenced) {
        if (node.is_boolean()) {
            return node;
        }
        if (!node.is_object()) {
            throw std::runtime_error(file + path + ": a schema must be an object or a boolean");
        }
        static const std::set<std::string> kept = {"type",
                                                   "enum",
                                                   "const",
                                                   "required",
                                                   "minItems",
                                                   "maxItems",
                                                   "minLength",
                                                   "maxLength",
                                                   "pattern",
                                                   "minimum",
                                                   "maximum",
                                                   "uniqueItems",
                                                   "exclusiveMinimum",
                                                   "exclusiveMaximum",
                                                   "multipleOf",
                                                   "minProperties",
                                                   "maxProperties",
                                                   "title",
                                                   "description"};
        static const std::set<std::string> oneSchema = {
            "items",   "additionalProperties", "propertyNames", "if", "then", "else", "not",
            "contains"};
        static const std::set<std::string> schemaList = {"allOf", "anyOf", "oneOf"};
        static const std::set<std::string> schemaMap = {"properties", "patternProperties"};
        nlohmann::json out = nlohmann::json::object();
        for (const auto& [key, value] : node.items()) {
            const std::string at = path + "/" + key;
            if (key == "$schema" || key == "$id") {
                continue; // the dialect and the document's address: nothing to check
            } else if (key == "$ref") {
                out["$ref"] = localRef(value.get<std::string>(), file, referenced);
            } else if (kept.count(key)) {
                out[key] = value;
            } else if (oneSchema.count(key)) {
                out[key] = toDraft7(value, file, at, referenced);
            } else if (schemaList.count(key) || key == "prefixItems") {
                nlohmann::json list = nlohmann::json::array();
                for (std::size_t i = 0; i < value.size(); ++i) {
                    list.push_back(
                        toDraft7(value[i], file, at + "/" + std::to_string(i), referenced));
                }
                // Draft 7 spells 2020-12's prefixItems as an array under items.
                out[key == "prefixItems" ? "items" : key] = list;
            } else if (schemaMap.count(key)) {
                nlohmann::json map = nlohmann::json::object();
                for (const auto& [name, sub] : value.items()) {
                    map[name] = toDraft7(sub, file, at + "/" + name, referenced);
                }
                out[key] = map;
            } else if (key == "dependentRequired") {
                out["dependencies"] = value; // draft 7's property dependencies: the same lists
            } else {
                throw std::runtime_error(file + at + ": keyword \"" + key +
                                         "\" is not checked by this validator; add it here");
            }
        }
        if (node.contains("prefixItems") && node.contains("items")) {
            throw std::runtime_error(file + path + ": prefixItems with items is not rewritten");
        }
        return out;
    }

    std::filesystem::path dir_;
};

} // namespace glutea::test
