// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The one error type of Glutea: a message a user can act on (file, place, what was expected).
#include <stdexcept>
#include <string>

namespace glutea {

class Error : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

} // namespace glutea
