// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Small helpers to read JSON files with errors that name the file and the place.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "anatomy/content_reader.h"
#include "anatomy/json_source.h"

namespace glutea {

// Strings of atlas.json and landmarks.json (names, ids, file names) are at most this many bytes.
inline constexpr std::size_t kMaxAtlasStringBytes = 1000;

// Reads and parses a JSON file (size limit, UTF-8 and syntax checked, every value's line and
// column recorded). Throws glutea::Error "FILE:LINE:COLUMN: message" when it cannot.
JsonDocument readJsonOrThrow(const std::filesystem::path& file);

namespace json_util_detail {
// Holds the problems before the ContentReader base that records into them is built.
struct ProblemList {
    std::vector<ContentProblem> list;
};
} // namespace json_util_detail

// The reader of atlas.json, landmarks.json and view files: the content files' ContentReader (one
// way to record problems, check keys, find fields and word a wrong type), with the getters those
// files use and an error thrown at the end. Problems read "FILE:LINE:COLUMN: message (at
// /json/pointer)".
class JsonReader : private json_util_detail::ProblemList, public ContentReader {
  public:
    explicit JsonReader(const JsonDocument& document)
        : ProblemList{}, ContentReader(document, list) {}
    JsonReader(const JsonReader&) = delete; // the base records into this object's own list
    JsonReader& operator=(const JsonReader&) = delete;

    // Required string field; records a problem and returns "" when missing or not a string.
    std::string string(const nlohmann::json& object, const char* key, const std::string& at);
    std::string optionalString(const nlohmann::json& object, const char* key, const std::string& at,
                               const std::string& fallback);
    // Optional boolean field: the fallback when missing, a problem when not true/false.
    bool optionalBoolean(const nlohmann::json& object, const char* key, const std::string& at,
                         bool fallback);
    // Required array field; nullptr (and a problem) when missing or of another type.
    const nlohmann::json* array(const nlohmann::json& object, const char* key,
                                const std::string& at);

    const std::vector<ContentProblem>& problems() const { return list; }
    // Throws one glutea::Error whose message lists every problem, one a line.
    void throwIfProblems() const;
};

} // namespace glutea
