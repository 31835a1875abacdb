// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Indexed triangle mesh shared by every stage of the generator.
#include <glm/glm.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace glutea::meshgen {

struct Mesh {
    std::vector<glm::vec3> positions;
    std::vector<glm::vec3> normals;  // smooth, unit; filled by computeNormals
    std::vector<glm::vec4> tangents; // muscles only: fibre direction, w = 1
    std::vector<uint32_t> indices;   // counter-clockwise seen from outside

    size_t triangleCount() const { return indices.size() / 3; }
};

struct Box {
    glm::vec3 lo{0.0f};
    glm::vec3 hi{0.0f};
};

// Area-weighted smooth vertex normals.
void computeNormals(Mesh& mesh);

// Mirror across the sagittal plane x = 0 (left <-> right), keeping triangles outward-facing.
Mesh mirrorX(const Mesh& mesh);

// Signed volume (positive when the mesh is closed and outward-facing).
double signedVolume(const Mesh& mesh);

Box bounds(const Mesh& mesh);

} // namespace glutea::meshgen
