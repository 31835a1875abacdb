// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// What a model file must not hold: counted while its meshes are copied, reported once per file
// with the first place, since a broken exporter repeats the same fault thousands of times.
#include <cstddef>
#include <string>

namespace glutea {

struct MeshFaults {
    std::size_t badVertices = 0; // NaN or infinite coordinates
    std::string firstBadVertex;
    std::size_t badFaces = 0; // a corner index past the mesh's vertex count
    std::string firstBadFace;
};

} // namespace glutea
