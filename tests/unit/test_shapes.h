// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Zone shapes for the zone field and referral field tests, anchored on named points (a landmark
// id, or whatever name the test's resolver knows).
#include <string>
#include <vector>

#include "anatomy/content.h"

namespace glutea::test {

inline Anchor anchorAt(const std::string& name) {
    Anchor a;
    a.base = {{name, 1.0}};
    return a;
}

inline Shape disc(const std::string& centre, double radiusCm) {
    Shape s;
    s.kind = ShapeKind::Disc;
    s.center = anchorAt(centre);
    s.radiusCm = radiusCm;
    return s;
}

// A corridor along the named points, in order.
inline Shape corridor(const std::vector<std::string>& path, double widthCm) {
    Shape s;
    s.kind = ShapeKind::Corridor;
    for (const auto& p : path) {
        s.points.push_back(anchorAt(p));
    }
    s.widthCm = widthCm;
    return s;
}

} // namespace glutea::test
