// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Unpaired structures (sacrum, coccyx, skin) must be their own mirror image. Marching tetrahedra
// on one Kuhn split and meshoptimizer's collapse order are not symmetric about x = 0, so these are
// meshed, smoothed and decimated as one half (x >= 0) and completed by reflection.
#include "meshgen/grid.h"

namespace glutea::meshgen {

// grid: a lattice symmetric about x = 0 (x = 0 is one of its planes). Returns a closed mesh that
// is exactly symmetric, with at most about targetTriangles triangles and smooth normals.
Mesh meshSymmetric(const Grid& grid, size_t targetTriangles, int smoothIterations);

} // namespace glutea::meshgen
