// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// What a binary glTF's own headers tell before Assimp reads it: whether the file was cut off or
// its chunk lengths are damaged (Assimp would allocate whatever they claim), and how many
// triangles it declares (Assimp silently drops triangles whose indices are out of range).
#include <cstddef>
#include <filesystem>
#include <optional>

namespace glutea {

// Throws glutea::Error for a truncated or damaged .glb. Returns the triangle count its JSON
// declares (index count / 3 of every triangle-list primitive), or nothing when that cannot be
// told: not a .glb, strips or fans, JSON of another shape.
std::optional<std::size_t> checkGlbHeader(const std::filesystem::path& file);

} // namespace glutea
