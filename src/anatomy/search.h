// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Ranked structure search for the search box: display names, Latin names, synonyms ("glutes",
// "butt muscle", "sciatica"). Case- and accent-insensitive; punctuation counts as a space.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace glutea {

struct SearchEntry {
    std::string id;                    // structure id, side-agnostic ("gluteus_maximus")
    std::string name;                  // display name, side-agnostic ("Gluteus maximus")
    std::string latin;                 // "Musculus gluteus maximus"; may be empty
    std::vector<std::string> synonyms; // lay and clinical terms; may be empty
};

// How a query matched, best first. Names are the display name, the Latin name and the id.
enum class MatchKind {
    Exact,         // the whole name, ignoring case, accents and punctuation
    NamePrefix,    // the query starts the name: "piri" -> "Piriformis"
    WordPrefix,    // every query word starts a word of the name: "max glut" -> "Gluteus maximus"
    Substring,     // inside a name: "formis" -> "Piriformis"
    SynonymExact,  // the same four, against a synonym
    SynonymPrefix, //
    SynonymWord,   //
    SynonymSubstring,
    Stem, // every query word shares its stem with a word of a name or synonym: "glutes" ->
          // "gluteus"
};

struct SearchResult {
    std::size_t entry = 0; // index into the entries searched
    MatchKind kind = MatchKind::Exact;
    std::string matched; // the name or synonym that matched, as written (for "matches 'glutes'")
};

// Normalised text: lower case ASCII, accents removed (é -> e, æ -> ae, ß -> ss), runs of anything
// other than letters and digits folded to one space, no leading or trailing space.
std::string foldForSearch(std::string_view text);

// Entries that match `query`, best first; equal matches keep the entries' order (content files list
// the most asked-for structures first). An empty or blank query matches nothing.
std::vector<SearchResult> searchStructures(const std::vector<SearchEntry>& entries,
                                           std::string_view query, std::size_t limit = 20);

} // namespace glutea
