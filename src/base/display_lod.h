// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The display level of detail: a lighter triangle list over the same vertices, for drawing. A
// software rasteriser at 1280x720 cannot afford the full model at 60 fps, and the eye cannot tell
// the difference at screen size. One definition for the generator, which stores it in the model
// file, and for the app, which makes it for models that do not carry one.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "base/skin_id.h"

namespace glutea {

struct DisplayLod {
    float ratio;          // of the triangles kept
    float maxErrorMetres; // the most the surface may move
};
// Drawn anatomy keeps about a twelfth of its triangles, moving the surface by at most 1.5 mm (about
// a pixel with the pelvis framed at 1280x720).
inline constexpr DisplayLod kDisplayLod{0.08f, 0.0015f};
// The skin keeps more: referral and caution paint is blended per vertex across its triangles, and
// a long triangle across the midline would hold a moving thigh's skin still (pose_deformation).
inline constexpr DisplayLod kSkinDisplayLod{0.15f, 0.001f};

inline const DisplayLod& displayLodOf(std::string_view structureId) {
    return structureId == kSkinId ? kSkinDisplayLod : kDisplayLod;
}

// Indices of a simplified mesh with about `ratio` of the triangles, moving the surface by at most
// `maxErrorMetres`. `xyz`: `vertexCount` positions, three floats each, in metres. Returns the
// original indices when simplification would not gain much (small meshes).
std::vector<std::uint32_t> simplifiedTriangles(const float* xyz, std::size_t vertexCount,
                                               const std::vector<std::uint32_t>& indices,
                                               float ratio, float maxErrorMetres);

// simplifiedTriangles at a display level.
inline std::vector<std::uint32_t> displayLodTriangles(const float* xyz, std::size_t vertexCount,
                                                      const std::vector<std::uint32_t>& indices,
                                                      const DisplayLod& lod) {
    return simplifiedTriangles(xyz, vertexCount, indices, lod.ratio, lod.maxErrorMetres);
}

} // namespace glutea
