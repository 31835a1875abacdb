// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "app/quiz_progress_file.h"

#include <fstream>
#include <sstream>

#include "base/error.h"
#include "base/file_write.h"

namespace glutea {

std::filesystem::path progressFile(const EnvLookup& env) {
    return xdgAppDir(XdgDir::Data, env) / "progress.json";
}

QuizProgress loadProgress(const std::filesystem::path& file) {
    std::error_code ec;
    if (!std::filesystem::exists(file, ec)) {
        return {};
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        throw Error(file.string() + ": cannot read the quiz progress");
    }
    std::ostringstream text;
    text << in.rdbuf();
    return QuizProgress::fromJson(text.str(), file.string());
}

void saveProgress(const std::filesystem::path& file, const QuizProgress& progress) {
    writeFileAtomically(file, progress.toJson(), "the quiz progress");
}

} // namespace glutea
