// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// SurfaceDistance's internals, shared by its two source files (distances, paths). Not for users.
#include <functional>

#include "geometry/surface_distance.h"
#include "geometry/triangle_tree.h"

namespace glutea {

struct SurfaceDistance::Impl {
    const Mesh* mesh = nullptr;
    std::vector<std::uint32_t> vertexTriangleStart; // CSR: vertex -> triangles touching it
    std::vector<std::uint32_t> vertexTriangles;
    std::vector<std::uint32_t> vertexNeighbourStart; // CSR: vertex -> vertices sharing an edge
    std::vector<std::uint32_t> vertexNeighbours;
    TriangleTree tree;

    struct Seed {
        std::uint32_t vertex;
        float distance;
        std::uint32_t source; // index of the source point it was measured from
    };
    // Asked after each vertex is accepted (its index and distance): true ends the march.
    using StopWhen = std::function<bool(std::uint32_t, float)>;
    std::vector<float> march(const std::vector<Seed>& seeds, float maxDistance,
                             const StopWhen* stop = nullptr) const;
    std::vector<Seed> seedsOf(const std::vector<SurfacePoint>& sources) const;

    glm::vec3 corner(std::uint32_t triangle, int i) const {
        return mesh->positions[mesh->indices[3 * triangle + i]];
    }
    std::size_t triangleCount() const { return mesh->indices.size() / 3; }
};

} // namespace glutea
