// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Minimal glTF 2.0 binary (.glb) writer for the atlas: one node per structure, one mesh of one
// triangle primitive each, one material per kind. Output bytes depend only on the input.
#include "meshgen/atlas.h"

#include <cstdint>
#include <string>
#include <vector>

namespace glutea::meshgen {

std::vector<uint8_t> encodeGlb(const std::vector<Structure>& structures);

// Writes bytes to path, throwing glutea::Error on failure.
void writeFile(const std::string& path, const std::vector<uint8_t>& bytes);

} // namespace glutea::meshgen
