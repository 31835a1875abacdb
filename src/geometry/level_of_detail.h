// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// A lighter triangle list over the same vertices, for drawing: a software rasteriser at 1280x720
// cannot afford the full model at 60 fps, and the eye cannot tell the difference at screen size.
#include <cstdint>
#include <vector>

#include "geometry/mesh.h"

namespace glutea {

// Indices of a simplified mesh with about `ratio` of the triangles, moving the surface by at most
// `maxErrorMetres`. Returns the original indices when simplification would not gain much.
std::vector<std::uint32_t> simplifiedIndices(const Mesh& mesh, float ratio, float maxErrorMetres);

} // namespace glutea
