// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "anatomy/content_query.h"

#include <algorithm>
#include <cmath>

namespace glutea {

ZoneMeasure measureZone(const std::vector<Shape>& shapes, const SkinField& skin,
                        const SkinPointResolver& resolve) {
    ZoneMeasure out;
    // A zone with an unresolvable shape is not measured: a partial area would mislead.
    const auto weights = skin.weights(shapes, resolve);
    if (!weights) {
        return out;
    }
    const SkinArea area = skin.measure(*weights);
    out.resolved = area.resolved;
    out.areaCm2 = area.areaCm2;
    out.lowest = area.lowest;
    out.highest = area.highest;
    return out;
}

float zoneDistanceOfWeight(float weight) {
    // zoneWeight is 1 - smoothstep(t), t = d / feather + 1/2; smoothstep s = 3t² - 2t³ inverts
    // as t = 1/2 - sin(asin(1 - 2s) / 3).
    const float s = std::clamp(1.0f - weight, 0.0f, 1.0f);
    const float t = 0.5f - std::sin(std::asin(1.0f - 2.0f * s) / 3.0f);
    return (t - 0.5f) * kZoneFeatherM;
}

std::vector<ZoneHit> referralZonesAt(const ReferralFields& fields, const glm::vec3& point,
                                     std::optional<Side> side, float tolerance) {
    std::vector<ZoneHit> hits;
    if (fields.empty()) {
        return hits;
    }
    const SurfaceDistance& surface = fields.skin().surface();
    const SurfacePoint at = surface.closestPoint(point);
    const float least = zoneWeight(tolerance);
    for (const auto& field : fields.patterns()) {
        if (side && field.side != *side) {
            continue;
        }
        std::optional<ZoneHit> best;
        for (const auto& zone : field.zones) {
            const float w = surface.sample(zone.weight, at);
            if (!(w >= least) || w <= 0.0f) {
                continue;
            }
            const ZoneHit hit{field.pattern, zone.zone, field.side, w,
                              std::max(0.0f, zoneDistanceOfWeight(w))};
            const bool better = !best ||
                                (zone.zone->kind == ZoneKind::Essential &&
                                 best->zone->kind == ZoneKind::Spillover) ||
                                (zone.zone->kind == best->zone->kind && hit.weight > best->weight);
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
        return a.weight > b.weight;
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
