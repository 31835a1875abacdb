// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
#include <string>

namespace glutea {
// Throws glutea::Error (prefix + what was found) unless the current context is OpenGL >= 3.3.
void requireGl33(const std::string& prefix);
} // namespace glutea
