// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// Skin: a body contour from the waist to the toes (trunk, buttocks, thighs, knees, calves, ankles
// and feet), united with a smooth offset of everything inside so that it always covers the deeper
// layers with a layer of subcutaneous fat.
#include "meshgen/foot.h"
#include "meshgen/parts.h"
#include "meshgen/proportions.h"
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
    // Buttocks: rounded masses behind the hip joints standing out behind the sacrum (their two
    // bulges make the cleft between them), lowest part forming the gluteal fold. (3-4 cm of fat
    // over the maximus, whose back lies near z = -0.10)
    const float buttock = sdf::ellipsoid(q, vec3(0.066f, -0.035f, -0.072f), glm::mat3(1.0f),
                                         vec3(0.086f, 0.100f, 0.072f));
    // Calf: the rounded belly of the two calf muscles behind the leg, fullest in its upper third.
    const float calfBelly = sdf::ellipsoid(q, vec3(0.079f, -0.515f, -0.047f), glm::mat3(1.0f),
                                           vec3(0.047f, 0.095f, 0.048f));
    // Kneecap: the patella's bump in front of the knee (the bone itself is not modelled).
    const float patella = sdf::ellipsoid(q, vec3(0.078f, -0.400f, 0.038f), glm::mat3(1.0f),
                                         vec3(0.023f, 0.027f, 0.014f));
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
    d = sdf::smin(d, patella, 0.016f);
    d = sdf::smin(d, calf, 0.040f);
    d = sdf::smin(d, calfBelly, 0.030f);
    d = sdf::smin(d, shin, 0.060f);
    // Thighs apart below the perineum only (a crack that opens downward); nothing above it.
    const float w = std::clamp((-0.095f - p.y) * 0.25f, 0.0f, 0.02f);
    if (w > 0.0f) {
        d = std::max(d, w - std::abs(p.x));
    }
    // Cut at the waist (the feet are added in the atlas frame: footContour).
    d = sdf::smax(d, p.y - 0.250f, 0.010f);
    return d;
}

// Shallow shapes pressed into the finished skin (after it is united with the offset of the
// structures inside, which would otherwise fill them): each at most a few mm deep, so the fat
// over the muscles stays.
float sculpt(vec3 p, float d) {
    vec3 q = p;
    q.x = std::abs(q.x);
    // Natal cleft: a narrow groove between the buttocks from the coccyx to the perineum.
    const float cleft =
        sdf::capsule(p, vec3(0.0f, 0.045f, -0.139f), vec3(0.0f, -0.095f, -0.131f), 0.012f, 0.012f);
    d = sdf::smax(d, -cleft, 0.012f);
    // Gluteal fold: a soft crease under the buttock, deepest medially, fading laterally: tubes
    // lying just under the surface along it (measured on the skin without them), blended wide, so
    // that it is a dent and never a slot.
    const vec3 foldLine[5] = {{0.025f, -0.125f, -0.087f},
                              {0.040f, -0.123f, -0.093f},
                              {0.056f, -0.121f, -0.096f},
                              {0.074f, -0.119f, -0.101f},
                              {0.092f, -0.116f, -0.102f}};
    float fold = 1e9f;
    for (int i = 0; i < 4; ++i) {
        fold = std::min(fold,
                        sdf::capsule(q, foldLine[i], foldLine[i + 1], 0.0040f - 0.0004f * float(i),
                                     0.0036f - 0.0004f * float(i)));
    }
    d = sdf::smax(d, -fold, 0.012f);
    // Dimples over the posterior superior iliac spines (the "dimples of Venus").
    const float dimple = sdf::sphere(q, vec3(0.043f, 0.093f, -0.127f), 0.006f);
    d = sdf::smax(d, -dimple, 0.012f);
    return d;
}

// Where the sole meets the ground: 13 mm of heel and ball pad under the lowest bones of the
// reference foot (foot_bones.cpp places the bones the same way).
float floorY() {
    return footPoint(vec3(0.0f, -0.815f, 0.0f)).y;
}

// The foot's own contour around its bones, in the atlas frame (left side), from points of the
// reference foot: the heel pad round the calcaneus, the instep, the ball of the foot, the toes
// (the great toe on its own, the others side by side), the ankle joining the shin; the sole flat
// on the ground.
float footContour(vec3 a) {
    auto at = [](float x, float y, float z) { return footPoint(vec3(x, y, z)); };
    auto ell = [&](vec3 c, vec3 r) { return sdf::ellipsoid(a, c, glm::mat3(1.0f), r); };
    float d = ell(at(0.018f, -0.790f, -0.058f), vec3(0.029f, 0.027f, 0.033f)); // heel
    d = sdf::smin(d, ell(at(0.022f, -0.784f, 0.012f), vec3(0.037f, 0.040f, 0.070f)), 0.020f);
    d = sdf::smin(d, ell(at(0.021f, -0.798f, 0.086f), vec3(0.041f, 0.021f, 0.034f)), 0.015f);
    d = sdf::smin(
        d,
        sdf::capsule(a, at(0.027f, -0.705f, -0.028f), at(0.025f, -0.768f, -0.026f), 0.030f, 0.031f),
        0.020f);
    // Behind the ankle: the fat either side of the calcaneal tendon, so that the skin runs over
    // the tendon in one rounded line down to the heel instead of standing off it in a ridge.
    d = sdf::smin(
        d,
        sdf::capsule(a, at(0.020f, -0.560f, -0.094f), at(0.017f, -0.765f, -0.080f), 0.019f, 0.019f),
        0.020f);
    // Toes: the great toe, then the four lesser toes (their tips a little further back each).
    d = sdf::smin(d,
                  sdf::capsule(a, at(-0.004f, -0.794f, 0.098f), at(-0.005f, -0.791f, 0.149f),
                               0.0125f, 0.0105f),
                  0.008f);
    const float tips[4] = {0.142f, 0.130f, 0.119f, 0.106f};
    for (int i = 0; i < 4; ++i) {
        const float x = 0.018f + 0.011f * float(i);
        d = sdf::smin(d,
                      sdf::capsule(a, at(x, -0.795f, 0.092f - 0.006f * float(i)),
                                   at(x + 0.001f, -0.795f, tips[i]), 0.0085f, 0.0072f),
                      0.004f);
    }
    return d;
}

} // namespace

PartSpec skinPart(const Registry& registry) {
    PartSpec s;
    s.id = "skin";
    s.kind = "skin";
    s.paired = false;
    s.box = {vec3(-0.230f, -0.915f, -0.210f), vec3(0.230f, 0.265f, 0.210f)};
    s.step = 0.0045f;
    s.targetTriangles = 54000;
    s.smoothIterations = 8;
    const float ground = floorY();
    s.field = [&registry, ground](vec3 p) {
        const vec3 a = toAtlas(vec3(std::abs(p.x), p.y, p.z));
        const float body = sdf::smin(bodyContour(p), footContour(a), 0.020f);
        // At least ~7 mm of fat over anything inside; symmetric because the registry answers
        // both sides of paired structures.
        const float inner = registry.distanceAll(p) - 0.007f;
        float d = sculpt(p, sdf::smin(body, inner, 0.012f));
        d = sdf::smax(d, p.y - 0.255f, 0.008f);
        // The sole stands on the ground (atlas heights: the leg below the knee is shortened).
        d = sdf::smax(d, ground - a.y, 0.004f);
        return d;
    };
    return s;
}

} // namespace glutea::meshgen
