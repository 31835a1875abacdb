// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Turning raw iso-surfaces into atlas meshes: smoothing, decimation, clean-up, normals.
#include "meshgen/mesh.h"

namespace glutea::meshgen {

// Taubin lambda|mu smoothing: removes lattice stair-steps without shrinking the shape.
void taubinSmooth(Mesh& mesh, int iterations);

// Decimate to at most targetTriangles (meshoptimizer), drop degenerate triangles, keep only
// referenced vertices in cache-friendly order, recompute smooth normals.
void decimate(Mesh& mesh, size_t targetTriangles);

// Drops collapsed triangles and zero-volume pillows, splits pinched vertices.
void dropDegenerate(Mesh& mesh);

// Drops the crumbs of a surface: pieces under kSpeckM across (specks where a thin part meets the
// sampling lattice) and pieces inside its largest piece (bubbles a crease carves under the skin).
// A thin tendon's separate end, a muscle's two heads and the foot's bones stay.
inline constexpr float kSpeckM = 0.007f;
void dropCrumbs(Mesh& mesh);

// Final clean-up shared by every path: drop degenerate triangles, then the crumbs, keep only
// referenced vertices in cache-friendly order, recompute smooth normals.
void compactAndNormals(Mesh& mesh);

// Gives every sliver (area under ~10 square micrometres, nearly collinear corners) a real area
// by lifting its widest-angle corner 2 micrometres off the surface, along the vertex normal.
// Vertices exactly on x = 0 (the seam of symmetric meshes) stay on it.
void liftSlivers(std::vector<glm::vec3>& positions, const std::vector<uint32_t>& indices);

// Every edge used once in each direction, one triangle fan per vertex.
bool isClosedManifold(const Mesh& mesh);

// Full pipeline used for every structure.
void finishMesh(Mesh& mesh, size_t targetTriangles, int smoothIterations);

} // namespace glutea::meshgen
