// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Small text helpers shared by the content checks, the quiz, the technique player and the
// handout. ASCII only: ids, keys and the English rules are ASCII; other letters pass through
// unchanged.
#include <cctype>
#include <cstddef>
#include <initializer_list>
#include <sstream>
#include <string>
#include <string_view>

namespace glutea {

// `text` with the ASCII letters A-Z lowered.
inline std::string asciiLower(std::string_view text) {
    std::string out(text);
    for (char& c : out) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return out;
}

// Words in `text`, separated by whitespace.
inline std::size_t countWords(std::string_view text) {
    std::istringstream in{std::string(text)};
    std::size_t words = 0;
    for (std::string word; in >> word;) {
        ++words;
    }
    return words;
}

// `pattern` with each %s or %d replaced by the next of `parts` (already text) and %% by %. The
// patterns are words a translator wrote (a catalogue's QuizWords, HandoutWords): filled here, a
// conversion too many or of another kind costs a blank, never what vsnprintf would read.
inline std::string fillIn(std::string_view pattern, std::initializer_list<std::string> parts) {
    std::string out;
    auto part = parts.begin();
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char next = i + 1 < pattern.size() ? pattern[i + 1] : '\0';
        if (pattern[i] == '%' && (next == 's' || next == 'd')) {
            out += part != parts.end() ? *part++ : std::string();
            ++i;
        } else if (pattern[i] == '%' && next == '%') {
            out += '%';
            ++i;
        } else {
            out += pattern[i];
        }
    }
    return out;
}

} // namespace glutea
