// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Own iso-surface extraction: marching tetrahedra on the Freudenthal (Kuhn) split of every
// lattice cell. Chosen over marching cubes because the six-tetrahedra split is consistent between
// neighbouring cells, so the zero set is always a closed 2-manifold without ambiguity tables.
#include "meshgen/grid.h"

namespace glutea::meshgen {

// Surface where the field crosses zero, triangles facing toward increasing values (outside).
// Only cells with lattice index i >= iMin are meshed (symmetric.cpp meshes one half).
Mesh polygonize(const Grid& grid, int iMin = 0);

} // namespace glutea::meshgen
