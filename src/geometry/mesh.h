// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// CPU-side triangle meshes, independent of any GPU buffer (uploading is render/'s job).
#include <cstdint>
#include <vector>

#include <glm/glm.hpp>

namespace glutea {

struct Bounds {
    glm::vec3 min{1e30f};
    glm::vec3 max{-1e30f};

    bool empty() const { return min.x > max.x; }
    void add(const glm::vec3& p);
    void add(const Bounds& other);
    glm::vec3 centre() const { return (min + max) * 0.5f; }
    glm::vec3 size() const { return empty() ? glm::vec3(0.0f) : max - min; }
    float radius() const { return glm::length(size()) * 0.5f; }
    // Corner c of 8: bit 0 picks max.x, bit 1 max.y, bit 2 max.z.
    glm::vec3 corner(int c) const {
        return {(c & 1) ? max.x : min.x, (c & 2) ? max.y : min.y, (c & 4) ? max.z : min.z};
    }
};

struct Mesh {
    std::vector<glm::vec3> positions;
    std::vector<glm::vec3> normals;  // smooth, one per vertex
    std::vector<glm::vec4> tangents; // muscle fibre direction (xyz) per vertex, empty when absent
    std::vector<std::uint32_t> indices;

    std::size_t triangleCount() const { return indices.size() / 3; }
    Bounds bounds() const;
    // Area-weighted centre of the surface: stable under remeshing, unlike the vertex mean.
    glm::vec3 surfaceCentroid() const;
    // Recomputes smooth normals from the triangles (area- and angle-weighted by the cross product).
    void computeNormals();
};

} // namespace glutea
