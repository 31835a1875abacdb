// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Reads the triangle meshes of a binary glTF (.glb) straight from the file into Glutea's meshes.
// Assimp copies every face into a heap array of its own and welds vertices that an indexed glTF
// has welded already: for a model of 2.5 million triangles that is 950 MB and 10 s, against the
// 57 MB the mesh holds. Read here, the peak is about the mesh's size and the load a fraction of a
// second, which is also most of a headless render's start.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <glm/glm.hpp>

#include "geometry/mesh.h"
#include "import/mesh_faults.h"

namespace glutea {

struct GlbMesh {
    std::string name; // the node's name (the mesh's, for a scene of one root node, as Assimp)
    Mesh mesh;        // in the atlas frame: `frame` applied after each node's transform
    // The display level of detail the generator stores with every primitive (the primitive's
    // extras "glutea_display_indices": an accessor of triangle indices over the same vertices,
    // base/display_lod.h); empty when some primitive of the mesh has none.
    std::vector<std::uint32_t> displayIndices;
};

// Nothing when the file uses what this reader leaves to Assimp: not a .glb, no scene, triangle
// strips or fans, primitives without indices (Assimp welds those), sparse or quantised
// accessors, external buffers, required extensions (compression). Throws glutea::Error naming
// the file for a damaged file (an accessor past its data) or more triangles than `maxTriangles`
// (checked before any copy). Vertices that are not numbers and indices past a primitive's
// vertices are counted in `faults`; their faces are left out.
std::optional<std::vector<GlbMesh>> readGlbMeshes(const std::filesystem::path& file,
                                                  const glm::mat4& frame, std::size_t maxTriangles,
                                                  MeshFaults& faults);

} // namespace glutea
