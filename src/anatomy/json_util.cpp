// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "anatomy/json_util.h"

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

std::string JsonReader::string(const json& object, const char* key, const std::string& at) {
    if (!expectObject(object, at)) {
        return {};
    }
    const json* value = field(object, at, key, true);
    if (value == nullptr) {
        return {};
    }
    const std::string pointer = appendPointer(at, key);
    if (!value->is_string()) {
        wrongType(pointer, key, "a string", *value);
        return {};
    }
    const auto& text = value->get_ref<const std::string&>();
    if (text.size() > kMaxAtlasStringBytes) {
        problem(pointer, "\"" + std::string(key) + "\" is " + std::to_string(text.size()) +
                             " bytes long; the limit is " + std::to_string(kMaxAtlasStringBytes));
        return {};
    }
    return text;
}

std::string JsonReader::optionalString(const json& object, const char* key, const std::string& at,
                                       const std::string& fallback) {
    if (!object.is_object() || !object.contains(key)) {
        return fallback;
    }
    return string(object, key, at);
}

bool JsonReader::optionalBoolean(const json& object, const char* key, const std::string& at,
                                 bool fallback) {
    if (!object.is_object() || !object.contains(key)) {
        return fallback;
    }
    return boolean(object, at, key, true);
}

const json* JsonReader::array(const json& object, const char* key, const std::string& at) {
    if (!expectObject(object, at)) {
        return nullptr;
    }
    const json* value = field(object, at, key, true);
    if (value != nullptr && !value->is_array()) {
        wrongType(appendPointer(at, key), key, "an array", *value);
        return nullptr;
    }
    return value;
}

void JsonReader::throwIfProblems() const {
    if (!list.empty()) {
        throw Error(formatProblems(list));
    }
}

} // namespace glutea
