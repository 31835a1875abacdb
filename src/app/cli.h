// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The command line: `glutea` opens the window; subcommands render, inspect, validate and bench.
#include <iosfwd>

namespace glutea {

// Parses and runs. Errors are printed to `err` as "glutea: error: ..." with exit code 1
// (2 for a command line that does not parse).
int runCli(int argc, const char* const* argv, std::ostream& out, std::ostream& err);

} // namespace glutea
