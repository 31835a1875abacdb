#include "anatomy/content_query.h"

#include <algorithm>

namespace glutea {

ZoneMeasure measureZone(const std::vector<Shape>& shapes, const SkinSurface& skin,
                        const SkinPointResolver& resolve) {
    ZoneMeasure out;
    // A zone with an unresolvable shape is not measured: a partial area would mislead.
    for (const auto& shape : shapes) {
        if (!distanceToShape(shape, glm::vec3(0.0f), resolve)) {
            return out;
        }
    }
    out.resolved = true;
    bool first = true;
    for (const auto& facet : skin.facets()) {
        const auto d = distanceToShapes(shapes, facet.centroid, resolve);
        if (!d || *d > 0.0f) {
            continue;
        }
        out.areaCm2 += facet.area * 1e4;
        if (first || facet.centroid.y < out.lowest.y) {
            out.lowest = facet.centroid;
        }
        if (first || facet.centroid.y > out.highest.y) {
            out.highest = facet.centroid;
        }
        first = false;
    }
    return out;
}

std::vector<ZoneHit> referralZonesAt(const Content& content, const glm::vec3& skinPoint,
                                     const SkinPointResolver& resolve, float tolerance) {
    std::vector<ZoneHit> hits;
    for (const auto& pattern : content.referralPatterns) {
        std::optional<ZoneHit> best;
        for (const auto& zone : pattern.zones) {
            const auto d = distanceToShapes(zone.shapes, skinPoint, resolve);
            if (!d || *d > tolerance) {
                continue;
            }
            const ZoneHit hit{&pattern, &zone, *d};
            const bool better =
                !best ||
                (zone.kind == ZoneKind::Essential && best->zone->kind == ZoneKind::Spillover) ||
                (zone.kind == best->zone->kind && *d < best->distance);
            if (better) {
                best = hit;
            }
        }
        if (best) {
            hits.push_back(*best);
        }
    }
    std::stable_sort(hits.begin(), hits.end(), [](const ZoneHit& a, const ZoneHit& b) {
        if (a.zone->kind != b.zone->kind) {
            return a.zone->kind == ZoneKind::Essential;
        }
        return a.distance < b.distance;
    });
    return hits;
}

std::vector<glm::vec3> placementPoints(const TechniquePlacement& placement,
                                       const SkinPointResolver& resolve) {
    std::vector<glm::vec3> out;
    for (const Anchor* anchor : placement.anchors()) {
        if (auto p = resolve(*anchor)) {
            out.push_back(*p);
        }
    }
    return out;
}

std::optional<float> distanceToZone(const std::vector<glm::vec3>& points, const CautionZone& zone,
                                    const SkinPointResolver& resolve) {
    std::optional<float> best;
    for (const auto& p : points) {
        if (auto d = distanceToShapes(zone.shapes, p, resolve)) {
            best = best ? std::min(*best, *d) : *d;
        }
    }
    return best;
}

} // namespace glutea
