// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Where the quiz progress lives: $XDG_DATA_HOME/glutea/progress.json when that variable is an
// absolute path, else ~/.local/share/glutea/progress.json (base/xdg_paths); read and written whole
// (base/file_write: atomically).
#include <filesystem>

#include "anatomy/quiz_progress.h"
#include "base/xdg_paths.h"

namespace glutea {

std::filesystem::path progressFile(const EnvLookup& env = processEnvironment());
// A missing file is empty progress; an unreadable one throws glutea::Error naming it.
QuizProgress loadProgress(const std::filesystem::path& file);
void saveProgress(const std::filesystem::path& file, const QuizProgress& progress);

} // namespace glutea
