// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// `glutea validate --lang LANG`: every text of the content that has English but no LANG, by file
// and JSON pointer. A missing translation is not an error (the reader sees English there), so
// these are findings to list, not problems that make the atlas invalid.
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "anatomy/json_source.h"

namespace glutea {

struct MissingTranslations {
    std::vector<ContentProblem> missing;     // one per text: file:line:column, pointer
    std::map<std::string, int> perFile;      // file name -> texts missing
    std::map<std::string, int> textsPerFile; // file name -> texts in all
    std::vector<ContentProblem> unreadable; // files that could not be read (the validator says why)
};

// Walks every content file of `contentDir` (the names of content_loader.h) as JSON: a localised
// text is an object whose keys are all language codes and that has "en" (a string or a list of
// words); it lacks `language` when that key is absent or empty.
MissingTranslations findMissingTranslations(const std::filesystem::path& contentDir,
                                            const std::string& language);

// What `validate --lang` prints: each missing text (file:line:column: ... (at /pointer)), a count
// per file, and a last line saying that these alone are not errors.
std::vector<std::string> missingTranslationReport(const std::filesystem::path& contentDir,
                                                  const std::string& language);

} // namespace glutea
