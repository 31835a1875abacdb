// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// Bones as signed distance fields built from landmark-placed primitives (left side; the right is
// the mirror). Every primitive is anchored on a landmark of landmarks.cpp so that the named points
// sit on the bone surface.
#include "meshgen/landmarks.h"
#include "meshgen/parts.h"
#include "meshgen/sdf.h"
#include "meshgen/sweep.h"

#include <memory>

namespace glutea::meshgen {
namespace {

using glm::vec3;
glm::vec3 L(const char* id) {
    return landmarkLeft(id);
}

// Crest points between the landmarks giving its S seen from above: the front part bulging
// laterally, the back part turning in toward the PSIS.
const vec3 kCrestFront(0.117f, 0.145f, 0.000f);
const vec3 kCrestBack(0.046f, 0.125f, -0.070f);

// Ilium wing: a plate bounded by the outline ASIS - tubercle - crest - PSIS - notch - acetabulum,
// its mid-surface interpolating the outline (so the rim passes through the landmarks), thin in the
// middle (iliac fossa / gluteal surface) and thickened into the crest along the upper border.
struct Ilium {
    glm::mat3 frame; // u, v, n (n = outward, gluteal side)
    vec3 origin;
    std::vector<glm::vec2> outline2d;
    std::vector<vec3> outline3d;
    std::vector<float> heights;
    Sweep crest;
    Sweep posterior; // thick auricular part behind, ending at the PSIS / PIIS
    // Thick bars inside the thin wing: the iliac pillar from the acetabulum up to the tubercle and
    // the rounded upper border of the greater sciatic notch (built on the mid-surface).
    std::unique_ptr<Sweep> pillar, notchRim;

    Ilium()
        : crest({{L("asis"), 0.0065f, 0.0065f},
                 {L("asis") + vec3(0.008f, 0.018f, -0.012f), 0.007f, 0.007f},
                 {L("iliac_tubercle"), 0.0095f, 0.0085f},
                 {kCrestFront, 0.008f, 0.0075f},
                 {L("iliac_crest_top"), 0.0075f, 0.0075f},
                 {L("iliac_crest_posterior"), 0.0075f, 0.0075f},
                 {kCrestBack, 0.008f, 0.008f},
                 {L("psis") + vec3(0.0f, 0.0f, 0.006f), 0.008f, 0.008f}},
                vec3(0.0f, 0.0f, 1.0f)),
          posterior({{vec3(0.052f, 0.128f, -0.066f), 0.012f, 0.008f},
                     {L("psis") + vec3(0.004f, 0.0f, 0.012f), 0.013f, 0.009f},
                     {vec3(0.054f, 0.066f, -0.064f), 0.010f, 0.008f},
                     {vec3(0.066f, 0.052f, -0.046f), 0.008f, 0.007f}},
                    vec3(0.0f, 0.0f, 1.0f)) {
        outline3d = {L("asis"),
                     vec3(0.113f, 0.066f, 0.046f), // notch between the two anterior spines
                     vec3(0.116f, 0.052f, 0.050f), // anterior inferior iliac spine
                     vec3(0.104f, 0.030f, 0.030f), // above the acetabulum
                     vec3(0.092f, 0.022f, -0.006f),
                     vec3(0.082f, 0.030f, -0.024f),
                     L("greater_sciatic_notch"),
                     vec3(0.066f, 0.058f, -0.052f), // posterior inferior iliac spine
                     L("psis"),
                     kCrestBack,
                     L("iliac_crest_posterior"),
                     L("iliac_crest_top"),
                     kCrestFront,
                     L("iliac_tubercle"),
                     L("asis") + vec3(0.008f, 0.018f, -0.012f)};
        const vec3 a = L("asis"), p = L("psis"), top = L("iliac_crest_top"),
                   notch = L("greater_sciatic_notch");
        vec3 n = glm::normalize(glm::cross(top - notch, a - p));
        if (n.x < 0.0f) {
            n = -n;
        }
        frame = sdf::frameFromNormal(n, vec3(0.0f, 1.0f, 0.0f));
        origin = vec3(0.0f);
        for (const auto& q : outline3d) {
            origin += q;
        }
        origin /= float(outline3d.size());
        for (const auto& q : outline3d) {
            const vec3 l = glm::transpose(frame) * (q - origin);
            outline2d.push_back({l.x, l.y});
            heights.push_back(l.z);
        }
        auto mid = [this](vec3 q) {
            const vec3 l = glm::transpose(frame) * (q - origin);
            return origin + frame * vec3(l.x, l.y, midHeight({l.x, l.y}));
        };
        pillar = std::make_unique<Sweep>(
            std::vector<SweepKey>{{mid(vec3(0.104f, 0.034f, 0.018f)), 0.012f, 0.0075f},
                                  {mid(vec3(0.116f, 0.070f, 0.024f)), 0.009f, 0.005f},
                                  {mid(vec3(0.127f, 0.108f, 0.026f)), 0.007f, 0.0055f}},
            frame[0]);
        notchRim = std::make_unique<Sweep>(
            std::vector<SweepKey>{
                {mid(vec3(0.090f, 0.030f, -0.012f)), 0.008f, 0.0075f},
                {mid(vec3(0.083f, 0.036f, -0.024f)), 0.0065f, 0.0065f},
                {mid(L("greater_sciatic_notch") + vec3(0.002f, 0.003f, 0.002f)), 0.0055f, 0.0055f},
                {mid(vec3(0.068f, 0.056f, -0.048f)), 0.0065f, 0.0065f}},
            n);
    }

    // Mid-surface height over the wing: inverse-distance interpolation of the outline heights,
    // plus a gentle bowl (gluteal surface convex outward, iliac fossa concave).
    float midHeight(glm::vec2 uv) const {
        float wsum = 0.0f, hsum = 0.0f;
        for (size_t i = 0; i < outline2d.size(); ++i) {
            const glm::vec2 d = uv - outline2d[i];
            const float w = 1.0f / (glm::dot(d, d) + 1e-5f);
            wsum += w;
            hsum += w * heights[i];
        }
        const float bowl = 0.006f * std::max(0.0f, 1.0f - glm::dot(uv, uv) / 0.0030f);
        return hsum / wsum + bowl;
    }

    float distance(vec3 p) const {
        const vec3 l = glm::transpose(frame) * (p - origin);
        const glm::vec2 uv(l.x, l.y);
        const float h = midHeight(uv);
        const float edge = sdf::polygon2d(uv, outline2d);
        // Thicker toward the rim (crest, posterior part) than in the thin centre of the wing.
        const float half = 0.0026f + 0.004f * std::clamp(1.0f + edge / 0.02f, 0.0f, 1.0f);
        const float plate = std::max(edge + 0.002f, std::abs(l.z - h) - half);
        float d = sdf::smin(plate, crest.distance(p), 0.006f);
        d = sdf::smin(d, posterior.distance(p), 0.008f);
        d = sdf::smin(d, pillar->distance(p), 0.010f);
        d = sdf::smin(d, notchRim->distance(p), 0.006f);
        // Anterior and posterior superior spines: knobs at the two ends of the crest.
        d = sdf::smin(d, sdf::sphere(p, L("asis") + vec3(0.001f, -0.001f, 0.002f), 0.0072f),
                      0.004f);
        d = sdf::smin(d, sdf::sphere(p, L("psis") + vec3(0.002f, 0.0f, 0.002f), 0.0085f), 0.004f);
        return d;
    }
};

float hipBone(const Ilium& ilium, const Sweep& supRamus, const Sweep& infRamus,
              const Sweep& ischRamus, const Sweep& ischium, vec3 p) {
    const vec3 h = L("hip_joint_centre");
    float d = ilium.distance(p);
    // Acetabulum: a thick cup around the femoral head opening laterally, anteriorly, downward.
    const vec3 open = glm::normalize(vec3(0.75f, -0.5f, 0.35f));
    const float cupBody = sdf::smax(sdf::sphere(p, h - open * 0.004f, 0.035f),
                                    glm::dot(p - h, open) - 0.006f, 0.006f);
    d = sdf::smin(d, cupBody, 0.016f); // wide blend: no step from the wing to the cup
    d = sdf::smin(d, ischium.distance(p), 0.008f);
    d = sdf::smin(d, supRamus.distance(p), 0.006f);
    d = sdf::smin(d, infRamus.distance(p), 0.005f);
    d = sdf::smin(d, ischRamus.distance(p), 0.005f);
    // Ischial spine.
    d = sdf::smin(
        d, sdf::capsule(p, vec3(0.066f, 0.004f, -0.036f), L("ischial_spine"), 0.007f, 0.003f),
        0.004f);
    // Pubic tubercle bump and the symphyseal face (kept 2 mm off the midline).
    d = sdf::smin(d, sdf::sphere(p, L("pubic_tubercle") + vec3(0.0f, 0.0f, -0.005f), 0.006f),
                  0.004f);
    // Lunate socket for the head (head radius 23 mm + 2.5 mm joint space).
    d = std::max(d, -sdf::sphere(p, h, 0.0255f));
    return d;
}

// Centre of the rounded tip of the greater trochanter: the tip overhangs the trochanteric fossa, so
// its medial face (where the piriformis tendon inserts, on the upper border) lies just medial of
// the landmark (Rajagopal2016 piri-P3 sits 3 mm medial of the tip landmark).
vec3 trochanterTip() {
    return L("greater_trochanter") + vec3(0.0035f, 0.0f, 0.0005f);
}

float sacrumField(const Sweep& body, vec3 p) {
    p.x = std::abs(p.x); // unpaired: exactly symmetric
    float d = body.distance(p);
    // Lateral parts of S2-S4 lateral to the foramina: the pelvic surface is slightly concave from
    // side to side, its lateral part turning forward (piriformis origin).
    d = sdf::smin(d,
                  sdf::ellipsoid(p, vec3(0.029f, 0.066f, -0.049f), glm::mat3(1.0f),
                                 vec3(0.013f, 0.022f, 0.010f)),
                  0.004f);
    // Median sacral crest (fused spinous processes) on the back.
    d = sdf::smin(
        d,
        sdf::capsule(p, vec3(0.0f, 0.100f, -0.072f), vec3(0.0f, 0.048f, -0.092f), 0.005f, 0.0035f),
        0.006f);
    // Anterior sacral foramina S1-S4: pits on the pelvic surface either side of the midline.
    const vec3 foramina[4] = {{0.015f, 0.095f, -0.022f},
                              {0.016f, 0.077f, -0.036f},
                              {0.015f, 0.060f, -0.050f},
                              {0.013f, 0.046f, -0.062f}};
    const float radii[4] = {0.0055f, 0.005f, 0.0045f, 0.004f};
    // Each anterior foramen opens into a canal running back through the bone to the smaller
    // posterior foramen: real openings, seen as holes from the front and from behind.
    for (int i = 0; i < 4; ++i) {
        const vec3 back = foramina[i] + vec3(0.004f, 0.004f, -0.042f + 0.006f * i);
        d = sdf::smax(d,
                      -sdf::capsule(p, foramina[i] + vec3(0.0f, 0.0f, 0.004f), back, radii[i],
                                    radii[i] * 0.7f),
                      0.002f);
    }
    return d;
}

} // namespace

std::vector<PartSpec> boneParts() {
    std::vector<PartSpec> parts;

    // Femur first: the hip bone's socket is then carved around it.
    {
        PartSpec s;
        s.id = "femur";
        s.kind = "bone";
        s.box = {vec3(0.020f, -0.440f, -0.050f), vec3(0.160f, 0.030f, 0.040f)};
        s.step = 0.0022f;
        s.targetTriangles = 7000;
        auto shaft = std::make_shared<Sweep>(
            std::vector<SweepKey>{{vec3(0.112f, -0.040f, -0.008f), 0.016f, 0.015f},
                                  {vec3(0.106f, -0.120f, -0.002f), 0.0135f, 0.0135f},
                                  {vec3(0.094f, -0.230f, 0.003f), 0.013f, 0.013f},
                                  {vec3(0.084f, -0.320f, 0.000f), 0.016f, 0.0145f},
                                  {vec3(0.079f, -0.380f, -0.004f), 0.034f, 0.020f}},
            vec3(1.0f, 0.0f, 0.0f));
        s.field = [shaft](vec3 p) {
            const vec3 h = L("hip_joint_centre");
            float d = sdf::sphere(p, h, 0.023f);
            const vec3 neckBase(0.108f, -0.024f, -0.010f);
            d = sdf::smin(d, sdf::capsule(p, h, neckBase, 0.0145f, 0.017f), 0.006f);
            // Greater trochanter: a block lateral to the neck, its tip rising up and back.
            d = sdf::smin(d,
                          sdf::ellipsoid(p, vec3(0.127f, -0.020f, -0.010f), glm::mat3(1.0f),
                                         vec3(0.013f, 0.024f, 0.018f)),
                          0.006f);
            d = sdf::smin(
                d, sdf::capsule(p, vec3(0.129f, -0.020f, -0.012f), trochanterTip(), 0.011f, 0.006f),
                0.005f);
            // Intertrochanteric crest down to the lesser trochanter.
            d = sdf::smin(d,
                          sdf::capsule(p, vec3(0.118f, -0.010f, -0.020f),
                                       vec3(0.096f, -0.056f, -0.016f), 0.006f, 0.005f),
                          0.006f);
            d = sdf::smin(
                d, sdf::sphere(p, L("lesser_trochanter") + vec3(0.003f, 0.0f, 0.002f), 0.0075f),
                0.006f);
            d = sdf::smin(d, shaft->distance(p), 0.010f);
            // Linea aspera and gluteal tuberosity: ridges on the back of the shaft.
            d = sdf::smin(d,
                          sdf::capsule(p, vec3(0.104f, -0.110f, -0.014f),
                                       vec3(0.088f, -0.300f, -0.012f), 0.0045f, 0.0045f),
                          0.006f);
            d = sdf::smin(d,
                          sdf::capsule(p, vec3(0.121f, -0.070f, -0.014f),
                                       vec3(0.112f, -0.130f, -0.013f), 0.0055f, 0.004f),
                          0.005f);
            // Condyles with the intercondylar notch between them behind.
            const vec3 lc(0.100f, -0.404f, -0.008f), mc(0.056f, -0.404f, -0.008f);
            const float lateral =
                sdf::ellipsoid(p, lc, glm::mat3(1.0f), vec3(0.020f, 0.024f, 0.031f));
            const float medial =
                sdf::ellipsoid(p, mc, glm::mat3(1.0f), vec3(0.020f, 0.025f, 0.031f));
            d = sdf::smin(d, std::min(lateral, medial), 0.010f);
            d = sdf::smax(d,
                          -sdf::capsule(p, vec3(0.078f, -0.418f, -0.050f),
                                        vec3(0.078f, -0.418f, -0.012f), 0.007f, 0.007f),
                          0.003f);
            return d;
        };
        parts.push_back(s);
    }
    {
        PartSpec s;
        s.id = "sacrum";
        s.kind = "bone";
        s.paired = false;
        s.box = {vec3(-0.060f, 0.015f, -0.110f), vec3(0.060f, 0.140f, 0.000f)};
        s.step = 0.0016f;
        s.targetTriangles = 9000;
        // Wedge: wide, deep base with the alae; narrowing and curving backward to the apex.
        auto body = std::make_shared<Sweep>(
            std::vector<SweepKey>{{vec3(0.0f, 0.116f, -0.034f), 0.046f, 0.022f},
                                  {vec3(0.0f, 0.100f, -0.042f), 0.050f, 0.024f},
                                  {vec3(0.0f, 0.078f, -0.056f), 0.042f, 0.019f},
                                  {vec3(0.0f, 0.058f, -0.069f), 0.032f, 0.015f},
                                  {vec3(0.0f, 0.042f, -0.080f), 0.021f, 0.011f},
                                  {vec3(0.0f, 0.031f, -0.088f), 0.012f, 0.008f}},
            vec3(1.0f, 0.0f, 0.0f), 0.004f);
        s.field = [body](vec3 p) { return sacrumField(*body, p); };
        parts.push_back(s);
    }
    {
        PartSpec s;
        s.id = "coccyx";
        s.kind = "bone";
        s.paired = false;
        s.box = {vec3(-0.015f, -0.008f, -0.100f), vec3(0.015f, 0.030f, -0.065f)};
        s.step = 0.0010f;
        s.targetTriangles = 1500;
        s.outsideOf = {"sacrum"};
        s.gap = 0.0012f;
        s.field = [](vec3 p) {
            p.x = std::abs(p.x);
            // Four fused segments shrinking and curling forward to the tip.
            const vec3 c[4] = {{0.0f, 0.024f, -0.0915f},
                               {0.0f, 0.016f, -0.0895f},
                               {0.0f, 0.008f, -0.0855f},
                               L("coccyx_tip")};
            const float r[4] = {0.0070f, 0.0055f, 0.0045f, 0.0030f};
            float d = 1e9f;
            for (int i = 0; i < 3; ++i) {
                d = sdf::smin(d, sdf::capsule(p, c[i], c[i + 1], r[i], r[i + 1]), 0.003f);
            }
            return d;
        };
        parts.push_back(s);
    }
    {
        PartSpec s;
        s.id = "hip_bone";
        s.kind = "bone";
        s.box = {vec3(0.0f, -0.075f, -0.095f), vec3(0.145f, 0.170f, 0.070f)};
        s.step = 0.0016f;
        s.targetTriangles = 10000;
        s.outsideOf = {"femur", "sacrum"};
        s.gap = 0.0012f;
        auto ilium = std::make_shared<Ilium>();
        auto sup = std::make_shared<Sweep>(
            std::vector<SweepKey>{
                {vec3(0.080f, -0.004f, 0.030f), 0.011f, 0.009f},
                {vec3(0.045f, -0.006f, 0.046f), 0.008f, 0.007f},
                {L("pubic_tubercle") + vec3(-0.004f, -0.004f, 0.0f), 0.008f, 0.007f},
                {vec3(0.0095f, -0.014f, 0.054f), 0.010f, 0.0075f}},
            vec3(0.0f, 1.0f, 0.0f));
        auto inf = std::make_shared<Sweep>(
            std::vector<SweepKey>{{vec3(0.0095f, -0.016f, 0.052f), 0.010f, 0.0075f},
                                  {vec3(0.014f, -0.040f, 0.040f), 0.008f, 0.0055f},
                                  {vec3(0.028f, -0.058f, 0.014f), 0.007f, 0.005f}},
            vec3(0.0f, 0.0f, 1.0f));
        auto ramus = std::make_shared<Sweep>(
            std::vector<SweepKey>{
                {vec3(0.028f, -0.058f, 0.014f), 0.007f, 0.005f},
                {vec3(0.045f, -0.060f, -0.012f), 0.008f, 0.006f},
                {L("ischial_tuberosity") + vec3(0.0f, 0.006f, 0.010f), 0.011f, 0.009f}},
            vec3(0.0f, 1.0f, 0.0f));
        auto isch = std::make_shared<Sweep>(
            std::vector<SweepKey>{
                {vec3(0.080f, 0.030f, -0.026f), 0.013f, 0.009f},
                {vec3(0.074f, 0.000f, -0.032f), 0.013f, 0.010f},
                {vec3(0.066f, -0.028f, -0.038f), 0.013f, 0.011f},
                {L("ischial_tuberosity") + vec3(0.0f, 0.008f, 0.010f), 0.014f, 0.011f}},
            vec3(1.0f, 0.0f, 0.0f));
        s.field = [ilium, sup, inf, ramus, isch](vec3 p) {
            return hipBone(*ilium, *sup, *inf, *ramus, *isch, p);
        };
        parts.push_back(s);
    }
    {
        PartSpec s;
        s.id = "tibia";
        s.kind = "bone";
        s.box = {vec3(0.030f, -0.810f, -0.040f), vec3(0.125f, -0.425f, 0.040f)};
        s.step = 0.0025f;
        s.targetTriangles = 4000;
        s.outsideOf = {"femur"};
        s.gap = 0.002f;
        s.field = [](vec3 p) {
            float d = sdf::ellipsoid(p, vec3(0.078f, -0.447f, -0.004f), glm::mat3(1.0f),
                                     vec3(0.038f, 0.014f, 0.027f));
            d = sdf::smin(d,
                          sdf::capsule(p, vec3(0.078f, -0.460f, 0.000f),
                                       vec3(0.070f, -0.760f, 0.004f), 0.017f, 0.011f),
                          0.014f);
            d = sdf::smin(d, sdf::sphere(p, vec3(0.078f, -0.480f, 0.018f), 0.008f), 0.008f);
            d = sdf::smin(d,
                          sdf::ellipsoid(p, vec3(0.070f, -0.772f, 0.002f), glm::mat3(1.0f),
                                         vec3(0.022f, 0.018f, 0.019f)),
                          0.010f);
            d = sdf::smin(d,
                          sdf::capsule(p, vec3(0.058f, -0.765f, 0.004f),
                                       L("medial_malleolus") + vec3(0.004f, -0.006f, 0.0f), 0.008f,
                                       0.006f),
                          0.004f);
            return d;
        };
        parts.push_back(s);
    }
    {
        PartSpec s;
        s.id = "fibula";
        s.kind = "bone";
        s.box = {vec3(0.090f, -0.820f, -0.035f), vec3(0.130f, -0.450f, 0.000f)};
        s.step = 0.0018f;
        s.targetTriangles = 2500;
        s.outsideOf = {"tibia"};
        s.gap = 0.0015f;
        s.field = [](vec3 p) {
            float d = sdf::sphere(p, vec3(0.113f, -0.468f, -0.019f), 0.0095f);
            d = sdf::smin(d,
                          sdf::capsule(p, vec3(0.113f, -0.470f, -0.018f),
                                       vec3(0.109f, -0.770f, -0.015f), 0.0065f, 0.006f),
                          0.008f);
            d = sdf::smin(d,
                          sdf::ellipsoid(p, vec3(0.111f, -0.792f, -0.016f), glm::mat3(1.0f),
                                         vec3(0.008f, 0.016f, 0.010f)),
                          0.006f);
            return d;
        };
        parts.push_back(s);
    }
    return parts;
}

} // namespace glutea::meshgen
