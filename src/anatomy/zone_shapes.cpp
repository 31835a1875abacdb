// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "anatomy/zone_shapes.h"

#include <algorithm>
#include <cmath>
#include <queue>

#include <glm/geometric.hpp>

namespace glutea::zone_shapes {
namespace {

constexpr float kMetresPerCm = 0.01f;
constexpr float kInf = SurfaceDistance::kUnreached;
// Outlines and corridor lines are sampled this densely: the distance to the line, not to its
// samples, is what is measured (and a polygon's wall test below relies on it).
constexpr float kLineStepM = 0.001f;

std::optional<SurfacePoint> onSurface(const Anchor& anchor, const SkinPointResolver& resolve,
                                      const Surface& surface) {
    auto p = resolve(anchor);
    if (!p) {
        return std::nullopt;
    }
    return surface.distance.closestPoint(*p);
}

// Distances grown from `sources`, shifted by the shape's reach (a disc's radius, half a
// corridor's width): negative within it.
std::vector<float> grown(const Surface& surface, const std::vector<SurfacePoint>& sources,
                         float reach, float maxOutside) {
    auto d = surface.distance.distances(sources, reach + maxOutside);
    for (float& x : d) {
        x -= reach; // infinity stays infinity
    }
    return d;
}

std::optional<std::vector<float>> ellipse(const Shape& shape, const SkinPointResolver& resolve,
                                          const Surface& surface, float maxOutside) {
    auto c = onSurface(shape.center, resolve, surface);
    if (!c) {
        return std::nullopt;
    }
    auto axis = ellipseMajorAxis(shape, c->position, resolve);
    if (!axis) {
        return std::nullopt;
    }
    const float major = static_cast<float>(shape.majorRadiusCm) * kMetresPerCm;
    const float minor = static_cast<float>(shape.minorRadiusCm) * kMetresPerCm;
    auto d = surface.distance.distances({*c}, std::max(major, minor) + maxOutside);
    const bool hasAxis = glm::length(*axis) > 1e-9f;
    const glm::vec3 u = hasAxis ? glm::normalize(*axis) : glm::vec3(0.0f);
    const auto& positions = surface.distance.mesh().positions;
    for (std::size_t v = 0; v < d.size(); ++v) {
        if (d[v] == kInf) {
            continue;
        }
        // Direction from the straight line to the vertex, length over the skin.
        const glm::vec3 offset = positions[v] - c->position;
        const float length = glm::length(offset);
        float radius = minor;
        if (hasAxis && length > 1e-9f) {
            const float along = glm::dot(offset, u) / length;
            const float across = std::sqrt(std::max(0.0f, 1.0f - along * along));
            radius = 1.0f / std::sqrt((along / major) * (along / major) +
                                      (across / minor) * (across / minor));
        }
        d[v] -= radius;
    }
    return d;
}

// Inside = the side of the outline holding the surface point nearest the vertices' mean.
std::optional<std::vector<float>> polygon(const Shape& shape, const SkinPointResolver& resolve,
                                          const Surface& surface, float maxOutside) {
    auto outline = tracedLine(shape.points, true, resolve, surface);
    if (!outline || shape.points.size() < 3) {
        return std::nullopt;
    }
    glm::vec3 mean(0.0f);
    for (const Anchor& a : shape.points) {
        mean += *resolve(a); // resolved above
    }
    mean /= static_cast<float>(shape.points.size());

    const SurfaceDistance& sd = surface.distance;
    const Mesh& mesh = sd.mesh();
    // The edges the outline crosses belong to the triangles it runs through: distances must
    // reach their ends for the wall test, however long they are (a coarse skin).
    float longestEdge = 0.0f;
    for (const SurfacePoint& p : *outline) {
        for (int k = 0; k < 3; ++k) {
            const glm::vec3 a = mesh.positions[mesh.indices[3 * p.triangle + k]];
            const glm::vec3 b = mesh.positions[mesh.indices[3 * p.triangle + (k + 1) % 3]];
            longestEdge = std::max(longestEdge, glm::length(b - a));
        }
    }
    auto d = sd.distances(*outline, std::max(maxOutside, 1.2f * longestEdge + 4.0f * kLineStepM));
    const std::size_t n = d.size();
    // An edge crossed by the outline has ends whose distances add up to its length (plus the
    // sampling step twice, plus the marcher's error): such edges are walls for the flood.
    // An end beyond the measured range (infinity) cannot clear the edge: then the other end
    // alone decides, on the safe side (a long edge near the outline is a wall).
    auto wall = [&](std::uint32_t a, std::uint32_t b) {
        const float reach =
            1.1f * glm::length(mesh.positions[a] - mesh.positions[b]) + 2.0f * kLineStepM;
        return std::isinf(d[a]) || std::isinf(d[b]) ? std::min(d[a], d[b]) <= reach
                                                    : d[a] + d[b] <= reach;
    };
    const SurfacePoint seed = sd.closestPoint(mean);
    std::uint32_t start = mesh.indices[3 * seed.triangle];
    for (int k = 1; k < 3; ++k) {
        const std::uint32_t v = mesh.indices[3 * seed.triangle + k];
        if (d[v] > d[start]) {
            start = v;
        }
    }
    // Flood from the seed across edges that are no wall: the seed's side of the outline.
    std::vector<std::uint8_t> flooded(n, 0);
    std::vector<std::uint32_t> stack{start};
    flooded[start] = 1;
    while (!stack.empty()) {
        const std::uint32_t v = stack.back();
        stack.pop_back();
        for (std::uint32_t u : sd.neighbours(v)) {
            if (!flooded[u] && !wall(v, u)) {
                flooded[u] = 1;
                stack.push_back(u);
            }
        }
    }
    // Vertices touching no wall are surely on their flood's side (1 inside, 2 outside); those
    // by a wall (0) are settled below, the same way on both sides of the outline.
    std::vector<std::uint8_t> label(n, 0);
    std::vector<std::uint8_t> undecided(n, 0);
    for (std::uint32_t v = 0; v < n; ++v) {
        bool touchesWall = false;
        for (std::uint32_t u : sd.neighbours(v)) {
            touchesWall = touchesWall || wall(v, u);
        }
        if (touchesWall) {
            undecided[v] = 1;
        } else {
            label[v] = flooded[v] ? 1 : 2;
        }
    }
    // Vertices by a wall: the side of the outline they lie on, from the outline's direction and
    // the surface normal at their nearest outline point. Which side is inside is read from the
    // decided vertices at the band's rims.
    const std::vector<SurfacePoint>& line = *outline;
    auto sideOf = [&](std::uint32_t v) {
        const glm::vec3 p = mesh.positions[v];
        std::size_t nearest = 0;
        float best = kInf;
        for (std::size_t i = 0; i < line.size(); ++i) {
            const float dist = glm::dot(line[i].position - p, line[i].position - p);
            if (dist < best) {
                best = dist;
                nearest = i;
            }
        }
        // The loop repeats its first point last: step over the copy when wrapping around.
        const std::size_t count = line.size() - 1;
        const std::size_t i = nearest % count;
        const glm::vec3 here = line[i].position;
        const std::uint32_t t = line[i].triangle;
        const glm::vec3 a = mesh.positions[mesh.indices[3 * t]];
        const glm::vec3 normal = glm::cross(mesh.positions[mesh.indices[3 * t + 1]] - a,
                                            mesh.positions[mesh.indices[3 * t + 2]] - a);
        // The sum of the unit normals of the two pieces meeting there: right at a corner too,
        // where the nearest point is the corner itself.
        auto unit = [](const glm::vec3& x) {
            const float l = glm::length(x);
            return l > 1e-12f ? x / l : glm::vec3(0.0f);
        };
        const glm::vec3 in = unit(here - line[(i + count - 1) % count].position);
        const glm::vec3 out = unit(line[(i + 1) % count].position - here);
        const glm::vec3 side = unit(glm::cross(in, normal)) + unit(glm::cross(out, normal));
        return glm::dot(side, p - here) > 0.0f ? 1 : -1;
    };
    int insideOnPositive = 0;
    for (std::uint32_t v = 0; v < n; ++v) {
        bool rim = false;
        for (std::uint32_t u : sd.neighbours(v)) {
            rim = rim || undecided[u];
        }
        if (label[v] != 0 && rim) {
            insideOnPositive += (sideOf(v) > 0) == (label[v] == 1) ? 1 : -1;
        }
    }
    const int insideSide = insideOnPositive >= 0 ? 1 : -1;
    for (std::uint32_t v = 0; v < n; ++v) {
        if (undecided[v]) {
            label[v] = sideOf(v) == insideSide ? 1 : 2;
        }
    }
    for (std::uint32_t v = 0; v < n; ++v) {
        d[v] = label[v] == 1 ? -d[v] : d[v];
    }
    return d;
}

} // namespace

std::optional<std::vector<SurfacePoint>> tracedLine(const std::vector<Anchor>& anchors, bool closed,
                                                    const SkinPointResolver& resolve,
                                                    const Surface& surface) {
    std::vector<SurfacePoint> corners;
    for (const Anchor& a : anchors) {
        auto p = onSurface(a, resolve, surface);
        if (!p) {
            return std::nullopt;
        }
        corners.push_back(*p);
    }
    if (corners.size() < 2) {
        return corners;
    }
    if (closed) {
        corners.push_back(corners.front());
    }
    std::vector<SurfacePoint> line{corners.front()};
    for (std::size_t i = 1; i < corners.size(); ++i) {
        const auto piece = surface.path(corners[i - 1], corners[i]);
        for (std::size_t k = 1; k < piece.size(); ++k) {
            // Between two points of a path the surface is (nearly) the straight chord.
            const glm::vec3 from = line.back().position;
            const glm::vec3 to = piece[k].position;
            const int steps = static_cast<int>(glm::length(to - from) / kLineStepM);
            for (int j = 1; j < steps; ++j) {
                const float t = static_cast<float>(j) / static_cast<float>(steps);
                line.push_back(surface.distance.localClosestPoint(line.back().triangle,
                                                                  from + t * (to - from)));
            }
            line.push_back(piece[k]);
        }
    }
    return line;
}

std::optional<std::vector<float>> signedDistance(const Shape& shape,
                                                 const SkinPointResolver& resolve,
                                                 const Surface& surface, float maxOutside) {
    switch (shape.kind) {
    case ShapeKind::Disc: {
        auto c = onSurface(shape.center, resolve, surface);
        if (!c) {
            return std::nullopt;
        }
        return grown(surface, {*c}, static_cast<float>(shape.radiusCm) * kMetresPerCm, maxOutside);
    }
    case ShapeKind::Ellipse:
        return ellipse(shape, resolve, surface, maxOutside);
    case ShapeKind::Corridor: {
        auto line = tracedLine(shape.points, false, resolve, surface);
        if (!line || line->empty()) {
            return std::nullopt;
        }
        return grown(surface, *line, static_cast<float>(shape.widthCm) * 0.5f * kMetresPerCm,
                     maxOutside);
    }
    case ShapeKind::Polygon:
        return polygon(shape, resolve, surface, maxOutside);
    }
    return std::nullopt;
}

} // namespace glutea::zone_shapes
