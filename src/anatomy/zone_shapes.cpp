#include "anatomy/zone_shapes.h"

#include <algorithm>
#include <cmath>
#include <queue>

#include <glm/geometric.hpp>

namespace glutea::zone_shapes {
namespace {

constexpr float kMetresPerCm = 0.01f;
constexpr float kInf = SurfaceDistance::kUnreached;

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

// The major axis of an ellipse, as the straight-line check (caution_check.cpp) takes it: toward
// a landmark from the centre, or along a direction taken at the centre's base.
std::optional<glm::vec3> ellipseAxis(const Shape& shape, const glm::vec3& centre,
                                     const SkinPointResolver& resolve) {
    if (!shape.majorTowardLandmark.empty()) {
        Anchor target;
        target.base = {{shape.majorTowardLandmark, 1.0}};
        auto t = resolve(target);
        if (!t) {
            return std::nullopt;
        }
        return *t - centre;
    }
    Anchor from;
    from.base = shape.center.base;
    from.isBlend = shape.center.isBlend;
    from.on = shape.center.on;
    Anchor to = from;
    to.towardDirection = shape.majorTowardDirection;
    to.distanceCm = 10.0;
    auto a = resolve(from);
    auto b = resolve(to);
    if (!a || !b) {
        return std::nullopt;
    }
    return *b - *a;
}

std::optional<std::vector<float>> ellipse(const Shape& shape, const SkinPointResolver& resolve,
                                          const Surface& surface, float maxOutside) {
    auto c = onSurface(shape.center, resolve, surface);
    if (!c) {
        return std::nullopt;
    }
    auto axis = ellipseAxis(shape, c->position, resolve);
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
    // Far enough into the polygon that the flood below finds the inside whole: everything
    // unreached is far from the outline, and so never a wall.
    auto d = sd.distances(*outline, maxOutside);
    const std::size_t n = d.size();
    // An edge may cross the outline only if both ends are about within its length of it.
    auto wall = [&](std::uint32_t a, std::uint32_t b) {
        return d[a] + d[b] <= 1.1f * glm::length(mesh.positions[a] - mesh.positions[b]) + 1e-5f;
    };
    const SurfacePoint seed = sd.closestPoint(mean);
    std::uint32_t start = mesh.indices[3 * seed.triangle];
    for (int k = 1; k < 3; ++k) {
        const std::uint32_t v = mesh.indices[3 * seed.triangle + k];
        if (d[v] > d[start]) {
            start = v;
        }
    }
    // 1 inside, 2 outside, 0 undecided (touches a wall edge and was not flooded).
    std::vector<std::uint8_t> label(n, 0);
    std::vector<std::uint32_t> stack{start};
    label[start] = 1;
    while (!stack.empty()) {
        const std::uint32_t v = stack.back();
        stack.pop_back();
        for (std::uint32_t u : sd.neighbours(v)) {
            if (label[u] == 0 && !wall(v, u)) {
                label[u] = 1;
                stack.push_back(u);
            }
        }
    }
    std::vector<std::uint8_t> undecided(n, 0);
    for (std::uint32_t v = 0; v < n; ++v) {
        if (label[v] == 1) {
            continue;
        }
        bool touchesWall = false;
        for (std::uint32_t u : sd.neighbours(v)) {
            touchesWall = touchesWall || wall(v, u);
        }
        if (touchesWall) {
            undecided[v] = 1;
        } else {
            label[v] = 2;
        }
    }
    // Vertices by the wall take the side of the nearest decided vertex (over the edges).
    using Entry = std::pair<float, std::uint32_t>;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> queue;
    std::vector<float> reach(n, kInf);
    for (std::uint32_t v = 0; v < n; ++v) {
        if (label[v] != 0) {
            reach[v] = 0.0f;
            queue.push({0.0f, v});
        }
    }
    while (!queue.empty()) {
        const auto [r, v] = queue.top();
        queue.pop();
        if (r > reach[v]) {
            continue;
        }
        for (std::uint32_t u : sd.neighbours(v)) {
            const float next = r + glm::length(mesh.positions[u] - mesh.positions[v]);
            if (undecided[u] && next < reach[u]) {
                reach[u] = next;
                label[u] = label[v];
                queue.push({next, u});
            }
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
        line.insert(line.end(), piece.begin() + 1, piece.end());
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
