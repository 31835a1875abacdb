// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "anatomy/caution_check.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

#include <glm/geometric.hpp>
#include <glm/vec2.hpp>

#include "anatomy/anatomical_direction.h"

namespace glutea {
namespace {

constexpr float kMetresPerCm = 0.01f;
constexpr float kPolygonSlabM = 0.02f;

// Only differences between offsets from the same base matter, so any consistent side works.
glm::dvec3 directionVector(Direction d) {
    return glm::dvec3(directionInAtlasFrame(d, Side::Left));
}

std::vector<LandmarkWeight> normalisedBase(const Anchor& a) {
    std::vector<LandmarkWeight> base = a.base;
    double total = 0.0;
    for (const auto& w : base) {
        total += w.weight;
    }
    for (auto& w : base) {
        w.weight = total > 0.0 ? w.weight / total : 0.0;
    }
    std::sort(base.begin(), base.end(), [](const LandmarkWeight& x, const LandmarkWeight& y) {
        return x.landmark < y.landmark;
    });
    return base;
}

bool sameBase(const Anchor& a, const Anchor& b) {
    if (!a.hasBase() || !b.hasBase() || a.base.size() != b.base.size()) {
        return false;
    }
    const auto x = normalisedBase(a);
    const auto y = normalisedBase(b);
    for (std::size_t i = 0; i < x.size(); ++i) {
        if (x[i].landmark != y[i].landmark || std::abs(x[i].weight - y[i].weight) > 1e-6) {
            return false;
        }
    }
    return true;
}

std::string formatCm(double cm) {
    char buffer[32];
    const double rounded = std::round(cm * 10.0) / 10.0;
    if (rounded == std::round(rounded)) {
        std::snprintf(buffer, sizeof buffer, "%.0f", rounded);
    } else {
        std::snprintf(buffer, sizeof buffer, "%.1f", rounded);
    }
    return buffer;
}

std::string describeBase(const Anchor& a) {
    if (!a.isBlend && !a.base.empty()) {
        return a.base.front().landmark;
    }
    std::string out = "blend(";
    for (std::size_t i = 0; i < a.base.size(); ++i) {
        out += (i > 0 ? ", " : "") + a.base[i].landmark + " " + formatCm(a.base[i].weight);
    }
    return out + ")";
}

// The anchors a caution shape is built on.
std::vector<const Anchor*> shapeAnchors(const Shape& s) {
    std::vector<const Anchor*> out;
    if (s.kind == ShapeKind::Disc || s.kind == ShapeKind::Ellipse) {
        out.push_back(&s.center);
    }
    for (const auto& a : s.points) {
        out.push_back(&a);
    }
    return out;
}

Anchor baseOnly(const Anchor& a) {
    Anchor out;
    out.base = a.base;
    out.isBlend = a.isBlend;
    out.on = a.on;
    return out;
}

float segmentDistance(const glm::vec3& p, const glm::vec3& a, const glm::vec3& b) {
    const glm::vec3 ab = b - a;
    const float len2 = glm::dot(ab, ab);
    const float t = len2 > 0.0f ? std::clamp(glm::dot(p - a, ab) / len2, 0.0f, 1.0f) : 0.0f;
    return glm::length(p - (a + t * ab));
}

std::optional<std::vector<glm::vec3>> resolveAll(const std::vector<Anchor>& anchors,
                                                 const SkinPointResolver& resolve) {
    std::vector<glm::vec3> out;
    for (const auto& a : anchors) {
        auto p = resolve(a);
        if (!p) {
            return std::nullopt;
        }
        out.push_back(*p);
    }
    return out;
}

float polygonDistance(const std::vector<glm::vec3>& v, const glm::vec3& p) {
    // Newell's normal copes with slightly non-planar vertices on the curved skin.
    glm::vec3 n(0.0f);
    for (std::size_t i = 0; i < v.size(); ++i) {
        const glm::vec3& a = v[i];
        const glm::vec3& b = v[(i + 1) % v.size()];
        n += glm::vec3((a.y - b.y) * (a.z + b.z), (a.z - b.z) * (a.x + b.x),
                       (a.x - b.x) * (a.y + b.y));
    }
    float edge = std::numeric_limits<float>::max();
    for (std::size_t i = 0; i < v.size(); ++i) {
        edge = std::min(edge, segmentDistance(p, v[i], v[(i + 1) % v.size()]));
    }
    if (glm::length(n) < 1e-9f) {
        return edge;
    }
    n = glm::normalize(n);
    const glm::vec3 u = glm::normalize(v[1] - v[0] - glm::dot(v[1] - v[0], n) * n);
    const glm::vec3 w = glm::cross(n, u);
    auto flat = [&](const glm::vec3& q) {
        return glm::vec2(glm::dot(q - v[0], u), glm::dot(q - v[0], w));
    };
    const glm::vec2 q = flat(p);
    bool inside = false;
    for (std::size_t i = 0, j = v.size() - 1; i < v.size(); j = i++) {
        const glm::vec2 a = flat(v[i]);
        const glm::vec2 b = flat(v[j]);
        if ((a.y > q.y) != (b.y > q.y) && q.x < (b.x - a.x) * (q.y - a.y) / (b.y - a.y) + a.x) {
            inside = !inside;
        }
    }
    if (!inside) {
        return edge;
    }
    // Inside the outline: a polygon on the curved skin is treated as a slab, so points on the
    // skin within it count as inside while points far in front of or behind it do not.
    return std::max(0.0f, std::abs(glm::dot(p - v[0], n)) - kPolygonSlabM);
}

} // namespace

std::optional<double> estimateAnchorDistanceCm(const Anchor& a, const Anchor& b) {
    if (!sameBase(a, b)) {
        return std::nullopt;
    }
    const double da = a.hasOffset() ? a.distanceCm : 0.0;
    const double db = b.hasOffset() ? b.distanceCm : 0.0;
    if (da == 0.0 || db == 0.0) {
        return da + db;
    }
    if (a.towardDirection != Direction::None && b.towardDirection != Direction::None) {
        return glm::length(directionVector(a.towardDirection) * da -
                           directionVector(b.towardDirection) * db);
    }
    // Toward the same landmark the offsets are collinear; toward different targets |da - db| is
    // the least the distance can be (triangle inequality), which keeps the check on the safe side.
    return std::abs(da - db);
}

namespace {
// Every anchor of every sustained-pressure placement, with its technique and placement: what the
// caution checks look at.
template <typename Visit> void forEachSustainedAnchor(const Content& content, Visit visit) {
    for (const auto& technique : content.techniques) {
        for (const auto& placement : technique.placements) {
            if (!placement.sustained) {
                continue;
            }
            for (const Anchor* anchor : placement.anchors()) {
                visit(technique, placement, *anchor);
            }
        }
    }
}
} // namespace

std::vector<ContentProblem> checkSustainedPlacementsAgainstCautions(const Content& content) {
    std::vector<ContentProblem> problems;
    forEachSustainedAnchor(content, [&](const Technique&, const TechniquePlacement& placement,
                                        const Anchor& anchor) {
        for (const auto& zone : content.cautionZones) {
            bool reported = false;
            for (const auto& shape : zone.shapes) {
                for (const Anchor* zoneAnchor : shapeAnchors(shape)) {
                    const auto estimate = estimateAnchorDistanceCm(anchor, *zoneAnchor);
                    if (reported || !estimate ||
                        !(*estimate < shape.reachCm() || *estimate == 0.0)) {
                        continue;
                    }
                    problems.push_back(content.problemAt(
                        anchor.origin, "sustained-pressure placement \"" + placement.id +
                                           "\" is inside caution zone \"" + zone.id + "\" (about " +
                                           formatCm(*estimate) + " cm from its anchor at " +
                                           describeBase(*zoneAnchor) + ", which reaches " +
                                           formatCm(shape.reachCm()) + " cm)"));
                    reported = true;
                }
            }
        }
    });
    return problems;
}

std::optional<glm::vec3> ellipseMajorAxis(const Shape& shape, const glm::vec3& centre,
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
    Anchor from = baseOnly(shape.center);
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

std::optional<float> distanceToShape(const Shape& shape, const glm::vec3& point,
                                     const SkinPointResolver& resolve) {
    switch (shape.kind) {
    case ShapeKind::Disc: {
        auto c = resolve(shape.center);
        if (!c) {
            return std::nullopt;
        }
        return std::max(0.0f, glm::length(point - *c) -
                                  static_cast<float>(shape.radiusCm) * kMetresPerCm);
    }
    case ShapeKind::Ellipse: {
        auto c = resolve(shape.center);
        if (!c) {
            return std::nullopt;
        }
        const auto majorAxis = ellipseMajorAxis(shape, *c, resolve);
        if (!majorAxis) {
            return std::nullopt;
        }
        const glm::vec3 axis = *majorAxis;
        const float major = static_cast<float>(shape.majorRadiusCm) * kMetresPerCm;
        const float minor = static_cast<float>(shape.minorRadiusCm) * kMetresPerCm;
        const glm::vec3 d = point - *c;
        const float length = glm::length(d);
        if (glm::length(axis) < 1e-9f || length < 1e-9f) {
            return std::max(0.0f, length - minor);
        }
        const glm::vec3 u = glm::normalize(axis);
        const float along = glm::dot(d, u) / length;
        const float across = std::sqrt(std::max(0.0f, 1.0f - along * along));
        // Radius of the ellipse in the direction of the point.
        const float radius = 1.0f / std::sqrt((along / major) * (along / major) +
                                              (across / minor) * (across / minor));
        return std::max(0.0f, length - radius);
    }
    case ShapeKind::Corridor: {
        auto path = resolveAll(shape.points, resolve);
        if (!path || path->empty()) {
            return std::nullopt;
        }
        float best = glm::length(point - path->front());
        for (std::size_t i = 1; i < path->size(); ++i) {
            best = std::min(best, segmentDistance(point, (*path)[i - 1], (*path)[i]));
        }
        return std::max(0.0f, best - static_cast<float>(shape.widthCm) * 0.5f * kMetresPerCm);
    }
    case ShapeKind::Polygon: {
        auto vertices = resolveAll(shape.points, resolve);
        if (!vertices || vertices->size() < 3) {
            return std::nullopt;
        }
        return polygonDistance(*vertices, point);
    }
    }
    return std::nullopt;
}

std::optional<float> distanceToShapes(const std::vector<Shape>& shapes, const glm::vec3& point,
                                      const SkinPointResolver& resolve) {
    std::optional<float> best;
    for (const auto& shape : shapes) {
        if (auto d = distanceToShape(shape, point, resolve)) {
            best = best ? std::min(*best, *d) : *d;
        }
    }
    return best;
}

std::vector<ContentProblem>
checkSustainedPlacementsOnSkin(const Content& content, const PlacementPointResolver& placementPoint,
                               const SkinPointResolver& zonePoint, const std::string& side,
                               float clearanceM) {
    std::vector<ContentProblem> problems;
    forEachSustainedAnchor(content, [&](const Technique& technique,
                                        const TechniquePlacement& placement, const Anchor& anchor) {
        auto point = placementPoint(technique, placement, anchor);
        if (!point) {
            return; // unknown landmarks are the id check's business
        }
        for (const auto& zone : content.cautionZones) {
            // A zone may ask for less clearance than the default (a bony edge).
            const float need =
                zone.clearanceCm
                    ? std::min(clearanceM, static_cast<float>(*zone.clearanceCm / 100.0))
                    : clearanceM;
            auto d = distanceToShapes(zone.shapes, *point, zonePoint);
            if (!d || *d >= need) {
                continue;
            }
            const std::string where = *d <= 0.0f ? "is inside caution zone \"" + zone.id + "\""
                                                 : "is " + formatCm(*d * 100.0) +
                                                       " cm from caution zone \"" + zone.id + "\"";
            problems.push_back(content.problemAt(
                anchor.origin, "sustained-pressure placement \"" + placement.id + "\" " + where +
                                   " on the " + side +
                                   " side of the atlas; sustained pressure must stay at least " +
                                   formatCm(need * 100.0) + " cm outside it"));
        }
    });
    return problems;
}

std::vector<ContentProblem> checkSustainedPlacementsOnSkin(const Content& content,
                                                           const SkinPointResolver& resolve,
                                                           const std::string& side,
                                                           float clearanceM) {
    return checkSustainedPlacementsOnSkin(
        content,
        [&resolve](const Technique&, const TechniquePlacement&, const Anchor& a) {
            return resolve(a);
        },
        resolve, side, clearanceM);
}

} // namespace glutea
