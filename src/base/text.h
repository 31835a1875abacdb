// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Small text helpers shared by the content checks, the quiz and the technique player. ASCII only:
// ids, keys and the English rules are ASCII; other letters pass through unchanged.
#include <cctype>
#include <cstddef>
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

} // namespace glutea
