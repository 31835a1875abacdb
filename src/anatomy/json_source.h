// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Reading one content file: size limit, UTF-8 check, JSON parse, and a map from every JSON
// pointer to the line and column where its value starts, so that every later message (a wrong
// type, an unknown id) can point at the exact place in the file the author has to edit.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>

namespace glutea {

// 1-based; the column counts characters (UTF-8 code points), not bytes, as editors do.
struct SourceLocation {
    int line = 1;
    int column = 1;
};

// One problem found in a content file. Formatted as `file:line:column: message (at /pointer)`;
// the "(at ...)" part is left out for problems of the whole file (size, encoding, syntax).
struct ContentProblem {
    std::string file;
    SourceLocation location;
    std::string message;
    std::optional<std::string> pointer;

    [[nodiscard]] std::string format() const;
};

// Joins formatted problems, one per line (no trailing newline).
std::string formatProblems(const std::vector<ContentProblem>& problems);

// Where each value of one document starts. Pointers are RFC 6901 ("" is the root).
class LocationIndex {
  public:
    void add(std::string pointer, SourceLocation location);
    // The location of `pointer`, or of its nearest recorded ancestor (a missing field is
    // reported at the object that lacks it), or 1:1.
    [[nodiscard]] SourceLocation find(std::string_view pointer) const;
    [[nodiscard]] std::size_t size() const { return byPointer_.size(); }

  private:
    std::unordered_map<std::string, SourceLocation> byPointer_;
};

// nlohmann::json members make the implicit special members "may throw" for clang-tidy; they do
// not throw in practice (moves of json values are noexcept).
struct JsonDocument { // NOLINT(bugprone-exception-escape)
    std::string file; // as shown in messages
    nlohmann::json root;
    LocationIndex locations;
};

// Content files larger than this are refused before anything is read: the atlas content is a
// few hundred kilobytes, so a bigger file is a mistake (or an attack), not data.
inline constexpr std::uintmax_t kMaxContentFileBytes = std::uintmax_t{16} * 1024 * 1024;

// Appends "/token" to a JSON pointer, escaping '~' and '/' as RFC 6901 requires.
std::string appendPointer(std::string_view pointer, std::string_view token);
std::string appendPointer(std::string_view pointer, std::size_t index);

// Parses text already in memory. On failure appends problems and returns nothing.
std::optional<JsonDocument> parseJsonDocument(std::string_view text, std::string file,
                                              std::vector<ContentProblem>& problems);

// Reads and parses a file. `file` is the name used in messages. Oversize, unreadable, invalid
// UTF-8 and malformed files each give one problem and no document.
// `kind` names what the limit is for in the oversize message ("content files", "atlas files").
std::optional<JsonDocument> readJsonDocument(const std::filesystem::path& path, std::string file,
                                             std::vector<ContentProblem>& problems,
                                             std::uintmax_t maxBytes = kMaxContentFileBytes,
                                             std::string_view kind = "content files");

// The known key nearest to `key` by edit distance, when it is close enough to be a typo (at most
// a third of the key's letters wrong, and at most 3); empty otherwise.
std::string nearestKnownKey(std::string_view key, const std::vector<std::string_view>& known);
// "unknown field \"KEY\"" plus "; did you mean \"X\"?" when a known key is near.
std::string unknownKeyMessage(std::string_view key, const std::vector<std::string_view>& known);

} // namespace glutea
