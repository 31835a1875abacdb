// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// A loaded atlas: the manifest, one mesh per structure side, and the landmarks.
#include <string>
#include <vector>

#include "anatomy/atlas_manifest.h"
#include "anatomy/landmarks.h"
#include "base/skin_id.h"
#include "geometry/mesh.h"

namespace glutea {

struct StructurePart {
    std::string structureId;
    Side side = Side::None;
    std::string nodeName; // as named in the model file
    // Its structure's index in the manifest, set by the loader so that structureOf, asked for
    // every part every frame, does not search; -1 (parts made by hand): searched by id.
    int structureIndex = -1;
    Mesh mesh;                                 // full resolution: picking, measuring
    std::vector<std::uint32_t> displayIndices; // lighter triangle list over mesh's vertices, drawn
    Bounds bounds;
    glm::vec3 centroid{0.0f};
};

struct Atlas {
    AtlasManifest manifest;
    std::vector<StructurePart> parts;
    Landmarks landmarks;
    Bounds bounds;

    const StructureDef& structureOf(const StructurePart& part) const;
    // Index of the part for a structure and side, or -1.
    int findPart(const std::string& structureId, Side side) const;
    // The skin's part (kSkinId, base/skin_id.h), or -1 when the atlas has none.
    int skinPart() const { return findPart(kSkinId, Side::None); }
    // The region the preset views frame (the manifest's focus structures), else everything.
    Bounds focusBounds() const;
    std::size_t triangleCount() const;
    std::size_t displayTriangleCount() const;
};

} // namespace glutea
