// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "app/cli_numbers.h"

#include <cmath>

namespace glutea {

CLI::Validator finiteNumberWhere(std::function<bool(double)> fits, std::string expected,
                                 std::string name) {
    return CLI::Validator(
        [fits = std::move(fits), expected = std::move(expected)](const std::string& text) {
            double value = 0.0;
            if (!CLI::detail::lexical_cast(text, value) || !std::isfinite(value) || !fits(value)) {
                return "expected " + expected + ", got \"" + text + "\"";
            }
            return std::string();
        },
        std::move(name));
}

} // namespace glutea
