// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The printf conversions of a format string, in order: a translation must keep the English's
// (the catalogue's entries, trf's formats, QuizWords' and HandoutWords' patterns).
#include <algorithm>
#include <regex>
#include <string>
#include <vector>

namespace glutea::test {

// "%s of %d (%.0f%%)" -> "%s %d %.0f %% ".
inline std::string printfConversions(const std::string& format) {
    static const std::regex spec(R"(%[-+ #0]*[0-9.]*(zu|[a-z%]))");
    std::string out;
    for (std::sregex_iterator it(format.begin(), format.end(), spec), end; it != end; ++it) {
        out += it->str() + " ";
    }
    return out;
}

// `pattern` with each %s or %d replaced by the next of `parts`, as a reader of the catalogue
// would fill it in (computed here apart from the code under test).
inline std::string filledPattern(std::string pattern, const std::vector<std::string>& parts) {
    std::size_t from = 0;
    for (const std::string& part : parts) {
        const std::size_t at = std::min(pattern.find("%s", from), pattern.find("%d", from));
        if (at == std::string::npos) {
            break;
        }
        pattern.replace(at, 2, part);
        from = at + part.size();
    }
    return pattern;
}

} // namespace glutea::test
