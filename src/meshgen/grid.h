// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// A scalar field sampled on a regular lattice: what the mesher polygonises, and what later
// (more superficial) structures and the skin read back to stay outside deeper ones.
#include "meshgen/mesh.h"

#include <functional>
#include <vector>

namespace glutea::meshgen {

using Field = std::function<float(glm::vec3)>;

struct Grid {
    glm::vec3 origin{0.0f};
    float step = 0.0f;
    glm::ivec3 dims{0}; // number of samples per axis
    std::vector<float> values;

    size_t index(int i, int j, int k) const {
        return (static_cast<size_t>(k) * dims.y + j) * dims.x + i;
    }
    glm::vec3 point(int i, int j, int k) const {
        return origin + glm::vec3(float(i), float(j), float(k)) * step;
    }
    Box box() const { return {origin, origin + glm::vec3(dims - 1) * step}; }
    // Trilinear value; outside the lattice returns `outside` (a large positive distance).
    float sample(glm::vec3 p, float outside = 1.0f) const;
};

// Sample `field` on a lattice covering `box` (grown by two steps so the surface closes).
// Runs on up to two threads (the machine is shared); results do not depend on the thread count.
Grid sampleField(const Field& field, Box box, float step);

} // namespace glutea::meshgen
