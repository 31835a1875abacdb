// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Loads the content files of an atlas (assets/atlas/content/*.json) into a Content value.
// Loading checks the shape of every file (types, required fields, unknown fields, allowed
// values) and collects every problem; cross-references are the validator's job.
#include <filesystem>
#include <string>
#include <vector>

#include "anatomy/content.h"
#include "anatomy/json_source.h"

namespace glutea {

struct ContentLoadResult {
    Content content;
    std::vector<ContentProblem> problems;
};

// The files a content folder holds, in load order.
const std::vector<std::string>& contentFileNames();

// Reads every file of `contentDir`. A missing, oversize, non-UTF-8 or malformed file gives a
// problem and leaves its part of the content empty; the other files still load.
ContentLoadResult loadContent(const std::filesystem::path& contentDir);

} // namespace glutea
