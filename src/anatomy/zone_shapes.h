// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// One content shape's signed distance over a surface (negative inside), the building block of
// SkinField (zone_field.h). Internal to anatomy/: callers use SkinField.
#include <functional>
#include <optional>
#include <vector>

#include "anatomy/caution_check.h"
#include "anatomy/content.h"
#include "geometry/surface_distance.h"

namespace glutea::zone_shapes {

// The surface to measure on and a (cached) shortest path between two of its points.
struct Surface {
    const SurfaceDistance& distance;
    std::function<std::vector<SurfacePoint>(const SurfacePoint&, const SurfacePoint&)> path;
};

// Per vertex, the signed geodesic distance to `shape`. Vertices more than `maxOutside` outside
// may be +infinity (and, for polygons, vertices far inside -infinity): enough for weights, which
// are flat there. Nothing when an anchor does not resolve.
std::optional<std::vector<float>> signedDistance(const Shape& shape,
                                                 const SkinPointResolver& resolve,
                                                 const Surface& surface, float maxOutside);

// The surface points a corridor or polygon outline runs through: consecutive anchors joined by
// shortest surface paths (a polygon closes its loop). Nothing when an anchor does not resolve.
std::optional<std::vector<SurfacePoint>> tracedLine(const std::vector<Anchor>& anchors, bool closed,
                                                    const SkinPointResolver& resolve,
                                                    const Surface& surface);

} // namespace glutea::zone_shapes
