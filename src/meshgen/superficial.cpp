// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// Superficial layer (left side): tensor fasciae latae, gluteus maximus and the iliotibial tract.
// Built after every deep structure so that each stays outside them.
#include "meshgen/landmarks.h"
#include "meshgen/muscle_util.h"

#include <cmath>

namespace glutea::meshgen {
namespace {
using glm::vec3;
vec3 L(const char* id) {
    return landmarkLeft(id);
}

// Piecewise-linear point along a polyline at parameter u in [0, 1] (equal spacing of the keys).
vec3 along(const std::vector<vec3>& line, float u) {
    const float f = std::clamp(u, 0.0f, 1.0f) * float(line.size() - 1);
    const size_t i = std::min(size_t(f), line.size() - 2);
    return glm::mix(line[i], line[i + 1], f - float(i));
}

// Mid-surface of the gluteus maximus sheet: flat behind the pelvis (deep to it lie the medius,
// piriformis, sciatic nerve and hamstring origins, whose backs reach z = -0.076), then wrapping
// forward around the hip to insert posterolaterally. Returns z and the sheet normal.
float sheetZ(float x, vec3* normal) {
    const float x0 = 0.090f, r = 0.066f, depth = 0.0885f, wrap = 0.060f;
    const float t = std::clamp((x - x0) / r, 0.0f, 0.97f);
    const float s = std::sqrt(1.0f - t * t);
    const float z = -depth + wrap * (1.0f - s);
    // dz/dx of the quarter ellipse gives the normal (-dz/dx, 0, 1), normalised.
    const float slope = x > x0 ? wrap * t / (s * r) : 0.0f;
    *normal = glm::normalize(vec3(-slope, 0.0f, 1.0f));
    return z;
}

} // namespace

std::vector<PartSpec> superficialMuscleParts(const Registry& registry) {
    std::vector<PartSpec> parts;
    const std::vector<std::string> deep = {"hip_bone",
                                           "sacrum",
                                           "coccyx",
                                           "femur",
                                           "gluteus_medius",
                                           "gluteus_minimus",
                                           "piriformis",
                                           "gemellus_superior",
                                           "obturator_internus",
                                           "gemellus_inferior",
                                           "quadratus_femoris",
                                           "sciatic_nerve",
                                           "superior_gluteal_nerve",
                                           "inferior_gluteal_nerve",
                                           "posterior_femoral_cutaneous_nerve",
                                           "pudendal_nerve",
                                           "sacrotuberous_ligament",
                                           "semimembranosus",
                                           "semitendinosus",
                                           "biceps_femoris_long_head",
                                           "psoas_major",
                                           "iliacus",
                                           "vastus_intermedius",
                                           "vastus_lateralis",
                                           "vastus_medialis",
                                           "rectus_femoris",
                                           "sartorius"};
    // Tensor fasciae latae: anterior iliac crest behind the ASIS -> iliotibial tract.
    {
        // Its belly lies in front of the greater trochanter, below the hip joint's level, and
        // ends in the tract a third of the way down the thigh.
        std::vector<Band> b = {{{{L("asis") + vec3(0.006f, 0.000f, -0.006f), 0.009f, 0.005f},
                                 {vec3(0.124f, 0.012f, 0.044f), 0.011f, 0.008f},
                                 {vec3(0.130f, -0.055f, 0.036f), 0.010f, 0.007f},
                                 {vec3(0.140f, -0.115f, 0.022f), 0.007f, 0.004f}},
                                vec3(0.0f, 0.0f, 1.0f)}};
        parts.push_back(musclePart("tensor_fasciae_latae", b, 0.004f, 0.0018f, 2500, deep));
    }
    // Gluteus maximus: one thick quadrilateral sheet, lofted from many overlapping bands so that
    // no ridges show between them. Origin line: posterior ilium behind the posterior gluteal line
    // and the PSIS, dorsal sacrum along its lateral border, side of the coccyx, sacrotuberous
    // ligament. Insertion line: iliotibial tract (upper and superficial fibres) and gluteal
    // tuberosity (deep lower fibres). Points are on or just behind the bone surfaces of bones.cpp.
    {
        const std::vector<vec3> origin = {
            {0.058f, 0.116f, -0.076f},  // posterior ilium below the crest
            {0.044f, 0.102f, -0.087f},  // PSIS
            {0.034f, 0.080f, -0.086f},  // dorsal sacrum, S2 level, lateral
            {0.025f, 0.053f, -0.086f},  // lateral border at S4
            {0.014f, 0.028f, -0.095f},  // side of the coccyx
            {0.026f, -0.002f, -0.086f}, // sacrotuberous ligament
            {0.044f, -0.028f, -0.074f}};
        const std::vector<vec3> insertion = {
            {0.151f, -0.012f, -0.036f}, // iliotibial tract, trochanter level
            {0.154f, -0.045f, -0.034f},
            {0.151f, -0.074f, -0.031f},
            {0.141f, -0.092f, -0.028f},
            L("gluteal_tuberosity") + vec3(0.002f, -0.002f, -0.004f)};
        const int n = 9;
        const float vs[7] = {0.0f, 0.14f, 0.32f, 0.52f, 0.72f, 0.88f, 1.0f};
        const float thick[7] = {0.0045f, 0.008f, 0.0105f, 0.011f, 0.010f, 0.0075f, 0.004f};
        std::vector<Band> bands;
        for (int i = 0; i < n; ++i) {
            const float u = float(i) / float(n - 1);
            const vec3 o = along(origin, u), e = along(insertion, u);
            // The upper border arches upward over the upper buttock before turning down to the
            // trochanter, as the upper fibres run almost horizontally.
            const float arch = 0.030f * (1.0f - u) * (1.0f - u);
            const float upper = 0.75f + 0.25f * u; // upper fibres are thinner
            Band b;
            b.widthHint = vec3(0.0f, 1.0f, 0.0f);
            for (int k = 0; k < 7; ++k) {
                const float v = vs[k];
                vec3 p = glm::mix(o, e, v);
                p.y += arch * std::sin(3.14159265f * std::min(v / 0.8f, 1.0f));
                vec3 nrm;
                const float zs = sheetZ(p.x, &nrm);
                if (k > 0 && k < 6) {
                    // Blend from the attachment depths into the sheet.
                    const float w = std::min(1.0f, std::min(v, 1.0f - v) / 0.14f);
                    p.z = glm::mix(k < 3 ? o.z : e.z, zs, w);
                }
                const vec3 dir = glm::normalize(e - o);
                const vec3 side = glm::normalize(glm::cross(nrm, dir));
                const float halfWidth = glm::mix(0.0125f, 0.0085f, v);
                b.keys.push_back({p, halfWidth, thick[k] * upper, side});
            }
            bands.push_back(b);
        }
        PartSpec s = musclePart("gluteus_maximus", bands, 0.010f, 0.0022f, 12000,
                                with(deep, {"tensor_fasciae_latae"}));
        parts.push_back(s);
    }
    // Iliotibial tract: a thin fascial band over the lateral thigh, from the maximus and TFL down
    // to the lateral tibial condyle. It lies on what is beneath it (the vastus lateralis in the
    // thigh, the trochanter's coverings above, the lateral condyle below): a shell 3.2 mm thick,
    // 0.8 mm outside them, where its course (a tube 2 x 20 mm deep around the band's line) meets
    // them.
    {
        std::vector<Band> b = {{{{vec3(0.158f, -0.030f, -0.014f), 0.024f, 0.020f},
                                 {vec3(0.141f, -0.100f, -0.010f), 0.020f, 0.020f},
                                 {vec3(0.130f, -0.220f, -0.004f), 0.017f, 0.020f},
                                 {vec3(0.110f, -0.340f, -0.002f), 0.014f, 0.020f},
                                 {vec3(0.112f, -0.455f, 0.010f), 0.009f, 0.020f}},
                                vec3(0.0f, 0.0f, 1.0f)}};
        PartSpec s = musclePart("iliotibial_tract", b, 0.002f, 0.0015f, 4500,
                                with(deep, {"tensor_fasciae_latae", "gluteus_maximus", "tibia",
                                            "fibula", "common_fibular_nerve"}),
                                "other");
        const std::vector<std::string> bed = {"vastus_lateralis",
                                              "gluteus_maximus",
                                              "tensor_fasciae_latae",
                                              "gluteus_medius",
                                              "femur",
                                              "tibia",
                                              "fibula"};
        const auto course = s.field;
        s.field = [course, bed, &registry](vec3 p) {
            const float c = course(p);
            if (c > 0.01f) {
                return c;
            }
            float d = 1.0f;
            for (const auto& id : bed) {
                d = std::min(d, registry.distance(id, p));
            }
            return std::max(c, std::abs(d - 0.0024f) - 0.0016f);
        };
        s.fibre = nullptr;
        parts.push_back(s);
    }
    return parts;
}

} // namespace glutea::meshgen
