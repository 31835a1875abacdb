// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "anatomy/search.h"

#include <algorithm>
#include <cstdint>
#include <optional>

namespace glutea {

namespace {

// ASCII spelling of the accented Latin letters of U+00C0..U+017F, so "Piriforme" typed as
// "piriformé" or a Latin name with "æ" still matches. Other code points are kept as they are.
const char* foldLatin(std::uint32_t cp) {
    static const char* const latin1[64] = {
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
        "d", "n", "o", "o", "o", "o", "o",  " ", "o", "u", "u", "u", "u", "y", "th", "ss",
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
        "d", "n", "o", "o", "o", "o", "o",  " ", "o", "u", "u", "u", "u", "y", "th", "y"};
    if (cp >= 0xC0 && cp <= 0xFF) {
        return latin1[cp - 0xC0];
    }
    // Latin Extended-A comes in runs of one base letter (upper and lower case variants).
    struct Run {
        std::uint32_t last;
        const char* ascii;
    };
    static const Run runs[] = {
        {0x105, "a"}, {0x10D, "c"},  {0x111, "d"}, {0x11B, "e"}, {0x123, "g"}, {0x127, "h"},
        {0x131, "i"}, {0x133, "ij"}, {0x135, "j"}, {0x138, "k"}, {0x142, "l"}, {0x14B, "n"},
        {0x151, "o"}, {0x153, "oe"}, {0x159, "r"}, {0x161, "s"}, {0x167, "t"}, {0x173, "u"},
        {0x175, "w"}, {0x178, "y"},  {0x17E, "z"}, {0x17F, "s"}};
    if (cp >= 0x100 && cp <= 0x17F) {
        for (const Run& r : runs) {
            if (cp <= r.last) {
                return r.ascii;
            }
        }
    }
    return nullptr;
}

std::vector<std::string_view> words(std::string_view folded) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    while (start < folded.size()) {
        std::size_t end = folded.find(' ', start);
        if (end == std::string_view::npos) {
            end = folded.size();
        }
        if (end > start) {
            out.push_back(folded.substr(start, end - start));
        }
        start = end + 1;
    }
    return out;
}

std::size_t commonPrefix(std::string_view a, std::string_view b) {
    std::size_t n = 0;
    while (n < a.size() && n < b.size() && a[n] == b[n]) {
        ++n;
    }
    return n;
}

// "glutes" ~ "gluteus", "sciatica" ~ "sciatic": a shared stem of at least four letters that
// leaves at most two letters of the query word over. Short query words must be prefixes.
bool sameStem(std::string_view queryWord, std::string_view word) {
    const std::size_t common = commonPrefix(queryWord, word);
    if (common == queryWord.size()) {
        return true;
    }
    return common >= 4 && common + 2 >= queryWord.size();
}

bool everyWord(const std::vector<std::string_view>& query,
               const std::vector<std::string_view>& field,
               bool (*match)(std::string_view, std::string_view)) {
    return std::all_of(query.begin(), query.end(), [&](std::string_view q) {
        return std::any_of(field.begin(), field.end(),
                           [&](std::string_view w) { return match(q, w); });
    });
}

bool isPrefix(std::string_view q, std::string_view w) {
    return w.substr(0, q.size()) == q;
}

// The best of Exact, NamePrefix, WordPrefix, Substring for one folded field, as 0..3.
std::optional<int> matchField(std::string_view field, std::string_view query,
                              const std::vector<std::string_view>& queryWords) {
    if (field == query) {
        return 0;
    }
    if (isPrefix(query, field)) {
        return 1;
    }
    if (everyWord(queryWords, words(field), isPrefix)) {
        return 2;
    }
    if (field.find(query) != std::string_view::npos) {
        return 3;
    }
    return std::nullopt;
}

} // namespace

std::string foldForSearch(std::string_view text) {
    std::string out;
    bool pendingSpace = false;
    auto put = [&](std::string_view s) {
        for (char c : s) {
            if (c == ' ') {
                pendingSpace = !out.empty();
                continue;
            }
            if (pendingSpace) {
                out.push_back(' ');
                pendingSpace = false;
            }
            out.push_back(c);
        }
    };
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            const bool alnum =
                (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            const char lower =
                (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c);
            put(alnum ? std::string_view(&lower, 1) : std::string_view(" "));
            ++i;
            continue;
        }
        // Decode one UTF-8 sequence; a malformed byte is dropped as a separator.
        const int length = (c & 0xE0) == 0xC0   ? 2
                           : (c & 0xF0) == 0xE0 ? 3
                           : (c & 0xF8) == 0xF0 ? 4
                                                : 1;
        if (length == 1 || i + length > text.size()) {
            put(" ");
            ++i;
            continue;
        }
        std::uint32_t cp = c & (0x7F >> length);
        for (int k = 1; k < length; ++k) {
            cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
        }
        if (const char* ascii = foldLatin(cp)) {
            put(ascii);
        } else {
            put(text.substr(i, length));
        }
        i += length;
    }
    return out;
}

std::vector<SearchResult> searchStructures(const std::vector<SearchEntry>& entries,
                                           std::string_view query, std::size_t limit) {
    const std::string q = foldForSearch(query);
    if (q.empty()) {
        return {};
    }
    const std::vector<std::string_view> queryWords = words(q);

    std::vector<SearchResult> results;
    for (std::size_t e = 0; e < entries.size(); ++e) {
        const SearchEntry& entry = entries[e];
        std::optional<SearchResult> best;
        auto consider = [&](const std::string& text, int rank) {
            if (!best || rank < static_cast<int>(best->kind)) {
                best = SearchResult{e, static_cast<MatchKind>(rank), text};
            }
        };
        // Names outrank synonyms at every level; a stem match on either comes last.
        const std::string* names[] = {&entry.name, &entry.latin, &entry.id};
        for (const std::string* name : names) {
            const std::string field = foldForSearch(*name);
            if (field.empty()) {
                continue;
            }
            if (auto rank = matchField(field, q, queryWords)) {
                consider(*name, *rank);
            } else if (everyWord(queryWords, words(field), sameStem)) {
                consider(*name, static_cast<int>(MatchKind::Stem));
            }
        }
        for (const std::string& synonym : entry.synonyms) {
            const std::string field = foldForSearch(synonym);
            if (field.empty()) {
                continue;
            }
            if (auto rank = matchField(field, q, queryWords)) {
                consider(synonym, *rank + static_cast<int>(MatchKind::SynonymExact));
            } else if (everyWord(queryWords, words(field), sameStem)) {
                consider(synonym, static_cast<int>(MatchKind::Stem));
            }
        }
        if (best) {
            results.push_back(std::move(*best));
        }
    }
    std::stable_sort(results.begin(), results.end(),
                     [](const SearchResult& a, const SearchResult& b) { return a.kind < b.kind; });
    if (results.size() > limit) {
        results.resize(limit);
    }
    return results;
}

} // namespace glutea
