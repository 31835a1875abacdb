// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "anatomy/json_source.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <set>
#include <utility>

namespace glutea {
namespace {

// Maps byte offsets to line:column. Columns count code points: continuation bytes
// (10xxxxxx) do not start a character.
class LineTable {
  public:
    explicit LineTable(std::string_view text) : text_(text) {
        lineStarts_.push_back(0);
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (text[i] == '\n') {
                lineStarts_.push_back(i + 1);
            }
        }
    }

    [[nodiscard]] SourceLocation at(std::size_t offset) const {
        offset = std::min(offset, text_.size());
        auto it = std::upper_bound(lineStarts_.begin(), lineStarts_.end(), offset);
        const auto line = static_cast<std::size_t>(it - lineStarts_.begin());
        int column = 1;
        for (std::size_t i = lineStarts_[line - 1]; i < offset; ++i) {
            if ((static_cast<unsigned char>(text_[i]) & 0xC0u) != 0x80u) {
                ++column;
            }
        }
        return {static_cast<int>(line), column};
    }

  private:
    std::string_view text_;
    std::vector<std::size_t> lineStarts_;
};

// Returns the offset of the first byte that breaks UTF-8 (RFC 3629: no overlong forms, no
// surrogates, nothing above U+10FFFF), or nothing when the text is valid.
std::optional<std::size_t> findInvalidUtf8(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        const auto b0 = static_cast<unsigned char>(text[i]);
        if (b0 < 0x80u) {
            ++i;
            continue;
        }
        std::size_t length = 0;
        unsigned char lo = 0x80u;
        unsigned char hi = 0xBFu;
        if (b0 >= 0xC2u && b0 <= 0xDFu) {
            length = 2;
        } else if (b0 >= 0xE0u && b0 <= 0xEFu) {
            length = 3;
            lo = b0 == 0xE0u ? 0xA0u : 0x80u;
            hi = b0 == 0xEDu ? 0x9Fu : 0xBFu;
        } else if (b0 >= 0xF0u && b0 <= 0xF4u) {
            length = 4;
            lo = b0 == 0xF0u ? 0x90u : 0x80u;
            hi = b0 == 0xF4u ? 0x8Fu : 0xBFu;
        } else {
            return i;
        }
        for (std::size_t k = 1; k < length; ++k) {
            if (i + k >= text.size()) {
                return i;
            }
            const auto b = static_cast<unsigned char>(text[i + k]);
            const unsigned char min = k == 1 ? lo : 0x80u;
            const unsigned char max = k == 1 ? hi : 0xBFu;
            if (b < min || b > max) {
                return i;
            }
        }
        i += length;
    }
    return std::nullopt;
}

// An input iterator over the text that publishes how many bytes nlohmann's lexer has consumed:
// the SAX interface reports values but not positions, and this count is how we recover them.
class CountingIterator {
  public:
    using iterator_category = std::input_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char*;
    using reference = const char&;

    CountingIterator(const char* p, const char* base, std::size_t* consumed)
        : p_(p), base_(base), consumed_(consumed) {}
    reference operator*() const { return *p_; }
    CountingIterator& operator++() {
        ++p_;
        *consumed_ = static_cast<std::size_t>(p_ - base_);
        return *this;
    }
    CountingIterator operator++(int) {
        CountingIterator old = *this;
        ++*this;
        return old;
    }
    bool operator==(const CountingIterator& other) const { return p_ == other.p_; }
    bool operator!=(const CountingIterator& other) const { return p_ != other.p_; }

  private:
    const char* p_;
    const char* base_;
    std::size_t* consumed_;
};

constexpr std::size_t kMaxNesting = 64;

bool isNumberChar(char c) {
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

// Records where every value starts. The lexer has just consumed a token when a SAX event
// arrives, so the token's start is found by stepping back from the consumed count.
class PositionRecorder {
  public:
    using json = nlohmann::json;

    PositionRecorder(std::string_view text, const std::size_t* consumed, const LineTable& lines,
                     JsonDocument& doc, std::vector<ContentProblem>& problems)
        : text_(text), consumed_(consumed), lines_(lines), doc_(doc), problems_(problems) {}

    bool null() { return scalar(literalStart(4)); }
    bool boolean(bool value) { return scalar(literalStart(value ? 4 : 5)); }
    bool number_integer(json::number_integer_t /*unused*/) { return scalar(numberStart()); }
    bool number_unsigned(json::number_unsigned_t /*unused*/) { return scalar(numberStart()); }
    bool number_float(json::number_float_t /*unused*/, const json::string_t& /*unused*/) {
        return scalar(numberStart());
    }
    bool string(json::string_t& /*unused*/) { return scalar(stringStart()); }
    bool binary(json::binary_t& /*unused*/) { return scalar(*consumed_); }

    bool start_object(std::size_t /*unused*/) { return open(false); }
    bool start_array(std::size_t /*unused*/) { return open(true); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(json::string_t& key) {
        Frame& frame = frames_.back();
        if (!frame.keys.insert(key).second) {
            const std::string pointer = appendPointer(frame.pointer, key);
            problems_.push_back({doc_.file, lines_.at(stringStart()),
                                 "duplicate key \"" + key + "\" in one object", pointer});
        }
        frame.key = key;
        return true;
    }

    bool parse_error(std::size_t position, const std::string& /*last_token*/,
                     const nlohmann::detail::exception& ex) {
        std::string what = ex.what();
        // nlohmann prefixes "[json.exception.parse_error.101] parse error at line L, column C: "
        // and counts columns in bytes; keep its explanation, use our own location.
        const auto at = what.find("parse error");
        if (at != std::string::npos) {
            const auto colon = what.find(": ", at);
            if (colon != std::string::npos) {
                what = what.substr(colon + 2);
            }
        }
        const std::size_t offset = position > 0 ? position - 1 : 0;
        problems_.push_back({doc_.file, lines_.at(offset), "invalid JSON: " + what, std::nullopt});
        return false;
    }

  private:
    struct Frame {
        std::string pointer;
        bool isArray = false;
        std::size_t nextIndex = 0;
        std::string key;
        std::set<std::string> keys;
    };

    std::string childPointer() {
        if (frames_.empty()) {
            return "";
        }
        Frame& frame = frames_.back();
        return frame.isArray ? appendPointer(frame.pointer, frame.nextIndex++)
                             : appendPointer(frame.pointer, frame.key);
    }

    bool scalar(std::size_t start) {
        doc_.locations.add(childPointer(), lines_.at(start));
        return true;
    }

    bool open(bool isArray) {
        // Content is a dozen levels deep; a limit keeps pathological input (a file of nested
        // brackets) from costing quadratic time and memory in pointers, or deep recursion later.
        if (frames_.size() >= kMaxNesting) {
            problems_.push_back({doc_.file, lines_.at(*consumed_ - 1),
                                 "nesting deeper than " + std::to_string(kMaxNesting) +
                                     " levels; content files need far fewer",
                                 std::nullopt});
            return false;
        }
        std::string pointer = childPointer();
        doc_.locations.add(pointer, lines_.at(*consumed_ - 1));
        frames_.push_back({std::move(pointer), isArray, 0, {}, {}});
        return true;
    }

    bool close() {
        frames_.pop_back();
        return true;
    }

    [[nodiscard]] std::size_t literalStart(std::size_t length) const {
        return *consumed_ >= length ? *consumed_ - length : 0;
    }

    [[nodiscard]] std::size_t numberStart() const {
        std::size_t end = std::min(*consumed_, text_.size());
        // The lexer reads one character past a number unless the input ended.
        if (end > 0 && !isNumberChar(text_[end - 1])) {
            --end;
        }
        while (end > 0 && isNumberChar(text_[end - 1])) {
            --end;
        }
        return end;
    }

    // The closing quote was the last byte consumed; the opening quote is the nearest earlier
    // quote not escaped by an odd run of backslashes.
    [[nodiscard]] std::size_t stringStart() const {
        if (*consumed_ < 2) {
            return 0;
        }
        std::size_t i = *consumed_ - 1;
        while (i > 0) {
            --i;
            if (text_[i] != '"') {
                continue;
            }
            std::size_t backslashes = 0;
            while (backslashes < i && text_[i - 1 - backslashes] == '\\') {
                ++backslashes;
            }
            if (backslashes % 2 == 0) {
                return i;
            }
        }
        return 0;
    }

    std::string_view text_;
    const std::size_t* consumed_;
    const LineTable& lines_;
    JsonDocument& doc_;
    std::vector<ContentProblem>& problems_;
    std::vector<Frame> frames_;
};

} // namespace

std::string ContentProblem::format() const {
    std::string out = file + ":" + std::to_string(location.line) + ":" +
                      std::to_string(location.column) + ": " + message;
    if (pointer) {
        out += " (at " + (pointer->empty() ? std::string("/") : *pointer) + ")";
    }
    return out;
}

std::string formatProblems(const std::vector<ContentProblem>& problems) {
    std::string out;
    for (const auto& problem : problems) {
        if (!out.empty()) {
            out += '\n';
        }
        out += problem.format();
    }
    return out;
}

void LocationIndex::add(std::string pointer, SourceLocation location) {
    byPointer_.insert_or_assign(std::move(pointer), location);
}

SourceLocation LocationIndex::find(std::string_view pointer) const {
    std::string key(pointer);
    while (true) {
        if (auto it = byPointer_.find(key); it != byPointer_.end()) {
            return it->second;
        }
        if (key.empty()) {
            return {};
        }
        const auto slash = key.rfind('/');
        key.erase(slash == std::string::npos ? 0 : slash);
    }
}

std::string appendPointer(std::string_view pointer, std::string_view token) {
    std::string out(pointer);
    out += '/';
    for (char c : token) {
        if (c == '~') {
            out += "~0";
        } else if (c == '/') {
            out += "~1";
        } else {
            out += c;
        }
    }
    return out;
}

std::string appendPointer(std::string_view pointer, std::size_t index) {
    return std::string(pointer) + "/" + std::to_string(index);
}

std::optional<JsonDocument> parseJsonDocument(std::string_view text, std::string file,
                                              std::vector<ContentProblem>& problems) {
    const LineTable lines(text);
    if (auto bad = findInvalidUtf8(text)) {
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(text[*bad]));
        problems.push_back(
            {std::move(file), lines.at(*bad),
             std::string("invalid UTF-8 (byte ") + hex + "); content files must be UTF-8 encoded",
             std::nullopt});
        return std::nullopt;
    }

    JsonDocument doc;
    doc.file = std::move(file);
    std::size_t consumed = 0;
    PositionRecorder recorder(text, &consumed, lines, doc, problems);
    const CountingIterator first(text.data(), text.data(), &consumed);
    const CountingIterator last(text.data() + text.size(), text.data(), &consumed);
    if (!nlohmann::json::sax_parse(first, last, &recorder)) {
        return std::nullopt;
    }
    // Positions come from the SAX pass; the tree comes from the ordinary parser (the text is
    // known to be valid now, so this cannot throw for syntax).
    // Duplicate keys were reported above; the tree keeps the last value and validation goes on,
    // so that the author sees every other problem of the file in the same run.
    doc.root = nlohmann::json::parse(text.begin(), text.end());
    return doc;
}

std::optional<JsonDocument> readJsonDocument(const std::filesystem::path& path, std::string file,
                                             std::vector<ContentProblem>& problems,
                                             std::uintmax_t maxBytes, std::string_view kind) {
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(status)) {
        // ELOOP and friends: say what it means rather than the raw filesystem message.
        const bool loop = ec.value() == ELOOP;
        problems.push_back(
            {std::move(file),
             {},
             loop ? std::string("cannot read file: a symbolic link in its path points back at "
                                "itself (a symlink loop)")
                  : "cannot read file: " + (ec ? ec.message() : std::string("it does not exist")),
             std::nullopt});
        return std::nullopt;
    }
    if (std::filesystem::is_directory(status)) {
        problems.push_back(
            {std::move(file), {}, "cannot read file: it is a folder, not a file", std::nullopt});
        return std::nullopt;
    }
    const std::uintmax_t size = std::filesystem::file_size(path, ec);
    if (ec) {
        problems.push_back(
            {std::move(file), {}, "cannot read file: " + ec.message(), std::nullopt});
        return std::nullopt;
    }
    if (size > maxBytes) {
        problems.push_back({std::move(file),
                            {},
                            "file is " + std::to_string(size) + " bytes, over the " +
                                std::to_string(maxBytes) + "-byte limit for " + std::string(kind),
                            std::nullopt});
        return std::nullopt;
    }
    std::ifstream in(path, std::ios::binary);
    std::string text(static_cast<std::size_t>(size), '\0');
    if (!in || !in.read(text.data(), static_cast<std::streamsize>(size))) {
        problems.push_back({std::move(file), {}, "cannot read file", std::nullopt});
        return std::nullopt;
    }
    return parseJsonDocument(text, std::move(file), problems);
}

namespace {
// Edit distance (optimal string alignment): an insertion, deletion, substitution or swap of two
// neighbouring letters each costs one, so "fcous" is one step from "focus".
std::size_t editDistance(std::string_view a, std::string_view b) {
    const std::size_t width = b.size() + 1;
    std::vector<std::size_t> d((a.size() + 1) * width);
    auto at = [&](std::size_t i, std::size_t j) -> std::size_t& { return d[i * width + j]; };
    for (std::size_t i = 0; i <= a.size(); ++i) {
        at(i, 0) = i;
    }
    for (std::size_t j = 0; j <= b.size(); ++j) {
        at(0, j) = j;
    }
    for (std::size_t i = 1; i <= a.size(); ++i) {
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            at(i, j) = std::min({at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                at(i, j) = std::min(at(i, j), at(i - 2, j - 2) + 1);
            }
        }
    }
    return at(a.size(), b.size());
}
} // namespace

std::string nearestKnownKey(std::string_view key, const std::vector<std::string_view>& known) {
    // Keys are short; a longer key cannot be a typo of a known one, and comparing it would cost
    // quadratic time on hostile input.
    if (key.size() > 64) {
        return {};
    }
    const std::size_t allowed = std::min<std::size_t>(3, std::max<std::size_t>(1, key.size() / 3));
    std::string best;
    std::size_t bestDistance = allowed + 1;
    for (const auto candidate : known) {
        const std::size_t d = editDistance(key, candidate);
        if (d < bestDistance) {
            bestDistance = d;
            best = std::string(candidate);
        }
    }
    return best;
}

std::string unknownKeyMessage(std::string_view key, const std::vector<std::string_view>& known) {
    std::string message = "unknown field \"" + std::string(key) + "\"";
    if (const auto near = nearestKnownKey(key, known); !near.empty()) {
        message += "; did you mean \"" + near + "\"?";
    }
    return message;
}

} // namespace glutea
