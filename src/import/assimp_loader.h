// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Loads an atlas folder: atlas.json, its model files through Assimp (glTF, OBJ, STL, PLY, FBX,
// ...), converted to metres, +Y up, the subject facing +Z.
#include <filesystem>
#include <string>
#include <vector>

#include "anatomy/atlas.h"

namespace glutea {

// Throws glutea::Error naming the file and the problem (unreadable model, node mapping to no
// structure). With `problems`, only a broken atlas.json throws: model and landmark problems are
// appended there and the rest of the atlas still loads, so a window can show what it could read.
Atlas loadAtlas(const std::filesystem::path& dir, std::vector<std::string>* problems = nullptr);

// Gives every part its display mesh (StructurePart::displayIndices, a lighter triangle list over
// the same vertices; base/display_lod.h). A model from the generator carries them in its file
// (glb_reader reads them); for other models loadAtlas leaves them out: reading, querying and
// validating an atlas need none, and a window can make them after its first frame. Parts that
// have theirs keep them.
void simplifyForDisplay(std::vector<StructurePart>& parts);
// True when some part has no display mesh yet.
bool needsDisplayMeshes(const std::vector<StructurePart>& parts);
// The lists of the parts that have none (empty for those that have), leaving the parts alone (for
// a background thread).
std::vector<std::vector<std::uint32_t>> displayIndicesOf(const std::vector<StructurePart>& parts);

// Models with more triangles than this are refused before they are copied (minutes and gigabytes
// otherwise). The environment variable GLUTEA_MAX_TRIANGLES changes it.
inline constexpr std::size_t kDefaultMaxTriangles = 20'000'000;
// The limit GLUTEA_MAX_TRIANGLES asks for, or the default; throws glutea::Error if unparsable.
std::size_t maxTriangles();

// Refused with glutea::Error naming the file: NaN or infinite vertices, triangles referring to
// vertices the mesh lacks, nodes of only points or lines, a model whose size is not a body's
// (wrong units, all-zero data), a truncated .glb, more triangles than the limit.
// Loads one model file's meshes, named by their nodes, already in the atlas frame.
struct NamedMesh {
    std::string name;
    Mesh mesh;
    std::vector<std::uint32_t> displayIndices; // stored in the file (glb_reader), or empty
};
std::vector<NamedMesh> loadModelMeshes(const std::filesystem::path& file, const ModelRef& ref);

} // namespace glutea
