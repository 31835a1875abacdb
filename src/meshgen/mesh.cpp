// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "meshgen/mesh.h"

#include <algorithm>
#include <limits>

namespace glutea::meshgen {

void computeNormals(Mesh& mesh) {
    std::vector<glm::dvec3> acc(mesh.positions.size(), glm::dvec3(0.0));
    for (size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
        const uint32_t a = mesh.indices[t], b = mesh.indices[t + 1], c = mesh.indices[t + 2];
        const glm::dvec3 pa(mesh.positions[a]), pb(mesh.positions[b]), pc(mesh.positions[c]);
        // Unnormalised cross product = area weighting, so slivers barely count.
        const glm::dvec3 n = glm::cross(pb - pa, pc - pa);
        acc[a] += n;
        acc[b] += n;
        acc[c] += n;
    }
    mesh.normals.resize(mesh.positions.size());
    for (size_t i = 0; i < acc.size(); ++i) {
        const double len = glm::length(acc[i]);
        mesh.normals[i] = len > 0.0 ? glm::vec3(acc[i] / len) : glm::vec3(0.0f, 1.0f, 0.0f);
    }
}

Mesh mirrorX(const Mesh& mesh) {
    Mesh out = mesh;
    for (auto& p : out.positions) {
        p.x = -p.x;
    }
    for (auto& n : out.normals) {
        n.x = -n.x;
    }
    for (auto& t : out.tangents) {
        t.x = -t.x;
    }
    // A reflection flips orientation; swap two corners to keep faces outward.
    for (size_t t = 0; t + 2 < out.indices.size(); t += 3) {
        std::swap(out.indices[t + 1], out.indices[t + 2]);
    }
    return out;
}

double signedVolume(const Mesh& mesh) {
    double v = 0.0;
    for (size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
        const glm::dvec3 a(mesh.positions[mesh.indices[t]]);
        const glm::dvec3 b(mesh.positions[mesh.indices[t + 1]]);
        const glm::dvec3 c(mesh.positions[mesh.indices[t + 2]]);
        v += glm::dot(a, glm::cross(b, c)) / 6.0;
    }
    return v;
}

Box bounds(const Mesh& mesh) {
    Box b{glm::vec3(std::numeric_limits<float>::max()),
          glm::vec3(std::numeric_limits<float>::lowest())};
    for (const auto& p : mesh.positions) {
        b.lo = glm::min(b.lo, p);
        b.hi = glm::max(b.hi, p);
    }
    return b;
}

} // namespace glutea::meshgen
