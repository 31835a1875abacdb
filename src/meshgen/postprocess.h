#pragma once
// Turning raw iso-surfaces into atlas meshes: smoothing, decimation, clean-up, normals.
#include "meshgen/mesh.h"

namespace glutea::meshgen {

// Taubin lambda|mu smoothing: removes lattice stair-steps without shrinking the shape.
void taubinSmooth(Mesh& mesh, int iterations);

// Decimate to at most targetTriangles (meshoptimizer), drop degenerate triangles, keep only
// referenced vertices in cache-friendly order, recompute smooth normals.
void decimate(Mesh& mesh, size_t targetTriangles);

// Every edge used once in each direction, one triangle fan per vertex.
bool isClosedManifold(const Mesh& mesh);

// Full pipeline used for every structure.
void finishMesh(Mesh& mesh, size_t targetTriangles, int smoothIterations);

} // namespace glutea::meshgen
