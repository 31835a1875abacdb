// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "anatomy/json_util.h"

#include <algorithm>

#include "base/error.h"

namespace glutea {

using nlohmann::json;

JsonDocument readJsonOrThrow(const std::filesystem::path& file) {
    std::vector<ContentProblem> problems;
    auto document =
        readJsonDocument(file, file.string(), problems, kMaxContentFileBytes, "atlas files");
    if (!document) {
        throw Error(formatProblems(problems));
    }
    return std::move(*document);
}

namespace {
std::string typeName(const json& value) {
    return value.is_null() ? "null" : std::string(value.type_name());
}
} // namespace

void JsonReader::problem(const std::string& pointer, const std::string& message) {
    problems_.push_back(
        ContentProblem{document_.file, document_.locations.find(pointer), message, pointer}
            .format());
}

std::string JsonReader::string(const json& object, const char* key, const std::string& at) {
    if (!object.contains(key)) {
        problem(at, std::string("missing field \"") + key + "\" (a string)");
        return {};
    }
    const json& value = object[key];
    if (!value.is_string()) {
        problem(at + "/" + key, "expected a string, got " + typeName(value));
        return {};
    }
    if (value.get_ref<const std::string&>().size() > kMaxAtlasStringBytes) {
        problem(at + "/" + key,
                "the text is " + std::to_string(value.get_ref<const std::string&>().size()) +
                    " bytes long; the limit is " + std::to_string(kMaxAtlasStringBytes));
        return {};
    }
    return value.get<std::string>();
}

bool JsonReader::optionalBoolean(const json& object, const char* key, const std::string& at,
                                 bool fallback) {
    if (!object.contains(key)) {
        return fallback;
    }
    const json& value = object[key];
    if (!value.is_boolean()) {
        problem(at + "/" + key, "expected true or false, got " + typeName(value));
        return fallback;
    }
    return value.get<bool>();
}

void JsonReader::allowKeys(const json& object, const std::string& at,
                           const std::vector<std::string_view>& known) {
    if (!object.is_object()) {
        return;
    }
    for (const auto& item : object.items()) {
        if (std::find(known.begin(), known.end(), item.key()) == known.end()) {
            problem(appendPointer(at, item.key()), unknownKeyMessage(item.key(), known));
        }
    }
}

std::string JsonReader::optionalString(const json& object, const char* key, const std::string& at,
                                       const std::string& fallback) {
    if (!object.contains(key)) {
        return fallback;
    }
    return string(object, key, at);
}

const json* JsonReader::array(const json& object, const char* key, const std::string& at) {
    if (!object.contains(key)) {
        problem(at, std::string("missing field \"") + key + "\" (an array)");
        return nullptr;
    }
    const json& value = object[key];
    if (!value.is_array()) {
        problem(at + "/" + key, "expected an array, got " + typeName(value));
        return nullptr;
    }
    return &value;
}

void JsonReader::throwIfProblems() const {
    if (problems_.empty()) {
        return;
    }
    std::string message;
    for (const auto& p : problems_) {
        message += (message.empty() ? "" : "\n") + p;
    }
    throw Error(message);
}

} // namespace glutea
