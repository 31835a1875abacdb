// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Small unit meshes for markers and props, built on the CPU: a sphere, a disc, a ring, a cone and
// a capped cylinder, each centred at the origin with +Z as its axis, radius 1 (cone and cylinder:
// length 1 along +Z, from z = 0). The renderer scales and orients them.
#include "geometry/mesh.h"

namespace glutea {

Mesh unitSphere(int subdivisions = 2); // an icosphere
Mesh unitDisc(int segments = 32);      // a flat cushion, thickness 0.2, faces ±Z
Mesh unitRing(float thickness = 0.14f, int segments = 40); // a torus in the XY plane
Mesh unitCone(int segments = 24);                          // base at z = 0, apex at z = 1
Mesh unitCylinder(int segments = 32);                      // z from -0.5 to 0.5, capped

} // namespace glutea
