// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// Skin: a body contour from the waist to the ankles (trunk, buttocks, thighs, knees, calves),
// united with a smooth offset of everything inside so that it always covers the deeper layers
// with a layer of subcutaneous fat.
#include "meshgen/parts.h"
#include "meshgen/sdf.h"

namespace glutea::meshgen {
namespace {
using glm::vec3;

float bodyContour(vec3 p) {
    vec3 q = p;
    q.x = std::abs(q.x); // one contour for both sides, exactly symmetric
    // Lower trunk: elliptical cross-sections from the waist to the hips.
    const float trunk = sdf::ellipsoid(q, vec3(0.0f, 0.090f, -0.012f), glm::mat3(1.0f),
                                       vec3(0.165f, 0.240f, 0.115f));
    // Buttocks: rounded masses behind the hip joints, lowest part forming the gluteal fold.
    // (about 2.5 cm of fat over the maximus, whose back lies near z = -0.10)
    const float buttock = sdf::ellipsoid(q, vec3(0.074f, -0.030f, -0.066f), glm::mat3(1.0f),
                                         vec3(0.090f, 0.102f, 0.062f));
    // Hips / lateral contour at the trochanters.
    const float hip = sdf::ellipsoid(q, vec3(0.100f, -0.010f, -0.010f), glm::mat3(1.0f),
                                     vec3(0.072f, 0.110f, 0.090f));
    // Thigh tapering to the knee, calf with its posterior belly, ankle.
    const float thigh = sdf::capsule(q, vec3(0.094f, -0.060f, -0.012f),
                                     vec3(0.080f, -0.400f, -0.012f), 0.086f, 0.050f);
    const float knee = sdf::capsule(q, vec3(0.080f, -0.400f, -0.012f),
                                    vec3(0.079f, -0.470f, -0.014f), 0.050f, 0.050f);
    const float calf = sdf::capsule(q, vec3(0.079f, -0.470f, -0.014f),
                                    vec3(0.078f, -0.580f, -0.030f), 0.050f, 0.052f);
    const float shin = sdf::capsule(q, vec3(0.078f, -0.580f, -0.030f),
                                    vec3(0.080f, -0.800f, -0.004f), 0.052f, 0.030f);
    float d = sdf::smin(trunk, buttock, 0.040f);
    d = sdf::smin(d, hip, 0.040f);
    d = sdf::smin(d, thigh, 0.050f);
    d = sdf::smin(d, knee, 0.030f);
    d = sdf::smin(d, calf, 0.040f);
    d = sdf::smin(d, shin, 0.060f);
    // Thighs apart below the perineum only (a crack that opens downward); nothing above it.
    const float w = std::clamp((-0.095f - p.y) * 0.25f, 0.0f, 0.02f);
    if (w > 0.0f) {
        d = std::max(d, w - std::abs(p.x));
    }
    // Natal cleft: a shallow groove between the buttocks, not up the back.
    const float cleft =
        sdf::capsule(p, vec3(0.0f, 0.060f, -0.175f), vec3(0.0f, -0.080f, -0.165f), 0.018f, 0.018f);
    d = sdf::smax(d, -cleft, 0.010f);
    // Gluteal fold: a shallow crease under the buttock, deepest medially, fading laterally.
    const float fold = sdf::capsule(q, vec3(0.030f, -0.122f, -0.104f),
                                    vec3(0.112f, -0.112f, -0.098f), 0.005f, 0.002f);
    d = sdf::smax(d, -fold, 0.008f);
    // Cut at the waist and at the ankles.
    d = sdf::smax(d, p.y - 0.250f, 0.010f);
    d = sdf::smax(d, -0.830f - p.y, 0.010f);
    return d;
}

} // namespace

PartSpec skinPart(const Registry& registry) {
    PartSpec s;
    s.id = "skin";
    s.kind = "skin";
    s.paired = false;
    s.box = {vec3(-0.230f, -0.845f, -0.210f), vec3(0.230f, 0.265f, 0.150f)};
    s.step = 0.0045f;
    s.targetTriangles = 48000;
    s.smoothIterations = 8;
    s.field = [&registry](vec3 p) {
        const float body = bodyContour(p);
        // At least ~7 mm of fat over anything inside; symmetric because the registry answers
        // both sides of paired structures.
        const float inner = registry.distanceAll(p) - 0.007f;
        float d = sdf::smin(body, inner, 0.012f);
        d = sdf::smax(d, p.y - 0.255f, 0.008f);
        d = sdf::smax(d, -0.835f - p.y, 0.008f);
        return d;
    };
    return s;
}

} // namespace glutea::meshgen
