// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "anatomy/content_plain_language.h"

#include <cctype>

#include "base/text.h"

namespace glutea {
namespace {

bool isWordChar(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0;
}

// Whether `word` starts a word somewhere in `text` (both lower case).
bool startsAWord(const std::string& text, const std::string& word) {
    for (std::size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
        if (at == 0 || !isWordChar(text[at - 1])) {
            return true;
        }
    }
    return false;
}

} // namespace

const std::vector<std::string>& patientJargon() {
    // Anatomy Latin and its adjectives, direction terms, abbreviations and clinicians' shorthand
    // that the review found in patient texts. Everyday words (hip, spine, nerve,
    // tailbone, sciatica) are not on it.
    static const std::vector<std::string> words = {
        "popliteal",    "spinous",       "femoral",       "femoris",
        "ischial",      "ischium",       "trochanter",    "gluteal cleft",
        "gluteal fold", "gluteal",       "gluteus",       "muscle guarding",
        "guarding",     "deep friction", "proximal",      "distal",
        "anterior",     "posterior",     "lateral",       "medial",
        "superior",     "inferior",      "sacroiliac",    "iliac",
        "iliotibial",   "asis",          "psis",          "trp",
        "myofascial",   "radicular",     "radiculopathy", "dermatome",
        "palpat",       "contraindicat", "acetabul",      "bursa",
        "fasciae",      "fascia",        "tendinopathy",  "neurological",
        "innervat",     "abduct",        "adduct",        "piriformis",
        "tuberosity",   "malleol",       "fibular",       "tibial",
        "cauda equina", "perineal",      "perineum",      "percussion",
        "effleurage",   "petrissage",    "lumbosacral"};
    return words;
}

std::vector<std::string> plainLanguageProblems(std::string_view text,
                                               std::size_t maxSentenceWords) {
    std::vector<std::string> problems;
    const std::string low = asciiLower(text);
    for (const auto& word : patientJargon()) {
        if (startsAWord(low, word)) {
            problems.push_back("uses the word \"" + word + "\"");
        }
    }
    // Sentences end at . ! ? or : followed by a space (or the end); words are runs of non-space.
    std::size_t words = 0;
    bool inWord = false;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        const char c = i < text.size() ? text[i] : ' ';
        const bool space = std::isspace(static_cast<unsigned char>(c)) != 0;
        if (!space && !inWord) {
            ++words;
        }
        inWord = !space;
        const bool end =
            i == text.size() || ((c == '.' || c == '!' || c == '?' || c == ':' || c == ';') &&
                                 (i + 1 == text.size() || text[i + 1] == ' '));
        if (end) {
            if (words > maxSentenceWords) {
                problems.push_back("a sentence has " + std::to_string(words) + " words (at most " +
                                   std::to_string(maxSentenceWords) + ")");
            }
            words = 0;
        }
    }
    return problems;
}

} // namespace glutea
