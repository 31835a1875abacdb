// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The display level of detail: a lighter triangle list over the same vertices, for drawing. A
// software rasteriser at 1280x720 cannot afford the full model at 60 fps, and the eye cannot tell
// the difference at screen size. One definition for the generator, which stores it in the model
// file, and for the app, which makes it for models that do not carry one.
#include <cstddef>
#include <cstdint>
#include <vector>

namespace glutea {

// Drawn meshes keep about a sixth of the triangles, moving the surface by at most a millimetre.
inline constexpr float kDisplayLodRatio = 0.15f;
inline constexpr float kDisplayLodMaxErrorMetres = 0.001f;

// Indices of a simplified mesh with about `ratio` of the triangles, moving the surface by at most
// `maxErrorMetres`. `xyz`: `vertexCount` positions, three floats each, in metres. Returns the
// original indices when simplification would not gain much (small meshes).
std::vector<std::uint32_t> simplifiedTriangles(const float* xyz, std::size_t vertexCount,
                                               const std::vector<std::uint32_t>& indices,
                                               float ratio, float maxErrorMetres);

// simplifiedTriangles with the display level's ratio and error.
inline std::vector<std::uint32_t> displayLodTriangles(const float* xyz, std::size_t vertexCount,
                                                      const std::vector<std::uint32_t>& indices) {
    return simplifiedTriangles(xyz, vertexCount, indices, kDisplayLodRatio,
                               kDisplayLodMaxErrorMetres);
}

} // namespace glutea
