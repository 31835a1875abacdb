// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Runs the glutea command line in-process, capturing its output and exit code.
#include <sstream>
#include <string>
#include <vector>

#include "app/cli.h"

namespace glutea::test {

struct CliResult {
    int code;
    std::string out, err;
};

inline CliResult runGlutea(std::vector<std::string> args) {
    args.insert(args.begin(), "glutea");
    std::vector<const char*> argv;
    argv.reserve(args.size());
    for (const auto& a : args) {
        argv.push_back(a.c_str());
    }
    std::ostringstream out, err;
    const int code = runCli(static_cast<int>(argv.size()), argv.data(), out, err);
    return {code, out.str(), err.str()};
}

} // namespace glutea::test
