// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The shaders of shaders/, compiled into the binary by cmake/EmbedShaders.cmake.
#include <map>
#include <string>

namespace glutea {
const std::map<std::string, std::string>& embeddedShaders();
} // namespace glutea
