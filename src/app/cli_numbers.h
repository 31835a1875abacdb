// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Option values that parse as numbers but mean nothing (nan, inf) or lie outside what the option
// can mean are command-line errors (exit 2), like any other value that does not parse.
#include <functional>
#include <string>

#include <CLI/CLI.hpp>

namespace glutea {

// A validator that passes a finite number for which `fits` holds; otherwise it says
// "expected EXPECTED, got "TEXT"". NAME is the value's name in --help ("FINITE", "CM").
CLI::Validator finiteNumberWhere(std::function<bool(double)> fits, std::string expected,
                                 std::string name);

} // namespace glutea
