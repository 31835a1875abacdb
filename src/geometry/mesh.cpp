// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "geometry/mesh.h"

namespace glutea {

void Bounds::add(const glm::vec3& p) {
    min = glm::min(min, p);
    max = glm::max(max, p);
}

void Bounds::add(const Bounds& other) {
    if (!other.empty()) {
        add(other.min);
        add(other.max);
    }
}

Bounds Mesh::bounds() const {
    Bounds b;
    for (const auto& p : positions) {
        b.add(p);
    }
    return b;
}

glm::vec3 Mesh::surfaceCentroid() const {
    glm::dvec3 sum(0.0);
    double area = 0.0;
    for (std::size_t i = 0; i + 2 < indices.size(); i += 3) {
        const glm::dvec3 a = positions[indices[i]];
        const glm::dvec3 b = positions[indices[i + 1]];
        const glm::dvec3 c = positions[indices[i + 2]];
        const double t = glm::length(glm::cross(b - a, c - a)) * 0.5;
        sum += t * (a + b + c) / 3.0;
        area += t;
    }
    if (area <= 0.0) {
        return bounds().centre();
    }
    return glm::vec3(sum / area);
}

void Mesh::computeNormals() {
    normals.assign(positions.size(), glm::vec3(0.0f));
    for (std::size_t i = 0; i + 2 < indices.size(); i += 3) {
        const auto ia = indices[i], ib = indices[i + 1], ic = indices[i + 2];
        const glm::vec3 n =
            glm::cross(positions[ib] - positions[ia], positions[ic] - positions[ia]);
        normals[ia] += n;
        normals[ib] += n;
        normals[ic] += n;
    }
    for (auto& n : normals) {
        const float len = glm::length(n);
        n = len > 0.0f ? n / len : glm::vec3(0.0f, 1.0f, 0.0f);
    }
}

} // namespace glutea
