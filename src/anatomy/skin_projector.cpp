#include "anatomy/skin_projector.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <glm/geometric.hpp>
#include <glm/vec2.hpp>

namespace glutea {
namespace {

struct Closest {
    glm::vec3 point;
    glm::vec2 bary; // weights of b and c
};

// Closest point on triangle abc to p, with its barycentric weights (Ericson, Real-Time Collision
// Detection, 5.1.5).
Closest closestOnTriangle(const glm::vec3& p, const glm::vec3& a, const glm::vec3& b,
                          const glm::vec3& c) {
    const glm::vec3 ab = b - a, ac = c - a, ap = p - a;
    const float d1 = glm::dot(ab, ap), d2 = glm::dot(ac, ap);
    if (d1 <= 0.0f && d2 <= 0.0f) {
        return {a, {0, 0}};
    }
    const glm::vec3 bp = p - b;
    const float d3 = glm::dot(ab, bp), d4 = glm::dot(ac, bp);
    if (d3 >= 0.0f && d4 <= d3) {
        return {b, {1, 0}};
    }
    const float vc = d1 * d4 - d3 * d2;
    if (vc <= 0.0f && d1 >= 0.0f && d3 <= 0.0f) {
        const float v = d1 / (d1 - d3);
        return {a + ab * v, {v, 0}};
    }
    const glm::vec3 cp = p - c;
    const float d5 = glm::dot(ab, cp), d6 = glm::dot(ac, cp);
    if (d6 >= 0.0f && d5 <= d6) {
        return {c, {0, 1}};
    }
    const float vb = d5 * d2 - d1 * d6;
    if (vb <= 0.0f && d2 >= 0.0f && d6 <= 0.0f) {
        const float w = d2 / (d2 - d6);
        return {a + ac * w, {0, w}};
    }
    const float va = d3 * d6 - d5 * d4;
    if (va <= 0.0f && (d4 - d3) >= 0.0f && (d5 - d6) >= 0.0f) {
        const float w = (d4 - d3) / ((d4 - d3) + (d5 - d6));
        return {b + (c - b) * w, {1 - w, w}};
    }
    const float denom = 1.0f / (va + vb + vc);
    const float v = vb * denom, w = vc * denom;
    return {a + ab * v + ac * w, {v, w}};
}

} // namespace

SkinProjector::SkinProjector(const Mesh& skin) : mesh_(&skin) {
    if (skin.indices.empty()) {
        return;
    }
    const Bounds b = skin.bounds();
    origin_ = b.min - glm::vec3(1e-4f);
    const glm::vec3 size = b.size() + glm::vec3(2e-4f);
    // About 2 cm cells: a few dozen triangles each on a body-sized skin.
    cell_ = 0.02f;
    dims_ = glm::max(glm::ivec3(glm::ceil(size / cell_)), glm::ivec3(1));
    const std::size_t cells = std::size_t(dims_.x) * dims_.y * dims_.z;
    std::vector<std::uint32_t> counts(cells + 1, 0);
    auto range = [&](std::size_t t, glm::ivec3& lo, glm::ivec3& hi) {
        const glm::vec3& p0 = skin.positions[skin.indices[3 * t]];
        const glm::vec3& p1 = skin.positions[skin.indices[3 * t + 1]];
        const glm::vec3& p2 = skin.positions[skin.indices[3 * t + 2]];
        const glm::vec3 mn = glm::min(p0, glm::min(p1, p2)), mx = glm::max(p0, glm::max(p1, p2));
        lo = glm::clamp(glm::ivec3(glm::floor((mn - origin_) / cell_)), glm::ivec3(0), dims_ - 1);
        hi = glm::clamp(glm::ivec3(glm::floor((mx - origin_) / cell_)), glm::ivec3(0), dims_ - 1);
    };
    const std::size_t triangles = skin.indices.size() / 3;
    for (int pass = 0; pass < 2; ++pass) {
        std::vector<std::uint32_t> fill;
        if (pass == 1) {
            cellStart_.assign(cells + 1, 0);
            for (std::size_t c = 0; c < cells; ++c) {
                cellStart_[c + 1] = cellStart_[c] + counts[c];
            }
            items_.resize(cellStart_[cells]);
            fill.assign(cellStart_.begin(), cellStart_.end() - 1);
        }
        for (std::size_t t = 0; t < triangles; ++t) {
            glm::ivec3 lo, hi;
            range(t, lo, hi);
            for (int z = lo.z; z <= hi.z; ++z) {
                for (int y = lo.y; y <= hi.y; ++y) {
                    for (int x = lo.x; x <= hi.x; ++x) {
                        const int c = cellIndex(x, y, z);
                        if (pass == 0) {
                            ++counts[c];
                        } else {
                            items_[fill[c]++] = static_cast<std::uint32_t>(t);
                        }
                    }
                }
            }
        }
    }
}

SkinSample SkinProjector::project(const glm::vec3& p) const {
    if (empty()) {
        return {p, {0.0f, 0.0f, -1.0f}};
    }
    const Mesh& m = *mesh_;
    const glm::ivec3 home =
        glm::clamp(glm::ivec3(glm::floor((p - origin_) / cell_)), glm::ivec3(0), dims_ - 1);
    // Distance from p to the grid box, so rings outside the grid still count correctly.
    const glm::vec3 gridMax = origin_ + glm::vec3(dims_) * cell_;
    const float outside = glm::length(glm::max(glm::max(origin_ - p, p - gridMax), glm::vec3(0)));
    float best = std::numeric_limits<float>::max();
    std::uint32_t bestTriangle = 0;
    Closest bestHit{p, {0, 0}};
    const int maxRing = std::max({dims_.x, dims_.y, dims_.z});
    for (int ring = 0; ring <= maxRing; ++ring) {
        // Every point in cells beyond this ring is at least (ring * cell) away from p's cell.
        const float reach = std::max(outside, std::max(0, ring - 1) * cell_);
        if (best < std::numeric_limits<float>::max() && reach * reach > best) {
            break;
        }
        const glm::ivec3 lo = glm::max(home - ring, glm::ivec3(0));
        const glm::ivec3 hi = glm::min(home + ring, dims_ - 1);
        for (int z = lo.z; z <= hi.z; ++z) {
            for (int y = lo.y; y <= hi.y; ++y) {
                for (int x = lo.x; x <= hi.x; ++x) {
                    const bool shell = std::abs(x - home.x) == ring ||
                                       std::abs(y - home.y) == ring || std::abs(z - home.z) == ring;
                    if (!shell) {
                        continue;
                    }
                    const int c = cellIndex(x, y, z);
                    for (std::uint32_t i = cellStart_[c]; i < cellStart_[c + 1]; ++i) {
                        const std::uint32_t t = items_[i];
                        const Closest hit = closestOnTriangle(p, m.positions[m.indices[3 * t]],
                                                              m.positions[m.indices[3 * t + 1]],
                                                              m.positions[m.indices[3 * t + 2]]);
                        const glm::vec3 d = hit.point - p;
                        const float d2 = glm::dot(d, d);
                        if (d2 < best) {
                            best = d2;
                            bestTriangle = t;
                            bestHit = hit;
                        }
                    }
                }
            }
        }
    }
    const std::uint32_t i0 = m.indices[3 * bestTriangle], i1 = m.indices[3 * bestTriangle + 1],
                        i2 = m.indices[3 * bestTriangle + 2];
    glm::vec3 normal;
    if (m.normals.size() == m.positions.size()) {
        normal = m.normals[i0] * (1.0f - bestHit.bary.x - bestHit.bary.y) +
                 m.normals[i1] * bestHit.bary.x + m.normals[i2] * bestHit.bary.y;
    } else {
        normal = glm::cross(m.positions[i1] - m.positions[i0], m.positions[i2] - m.positions[i0]);
    }
    const float len = glm::length(normal);
    return {bestHit.point, len > 0.0f ? normal / len : glm::vec3(0.0f, 0.0f, -1.0f)};
}

} // namespace glutea
