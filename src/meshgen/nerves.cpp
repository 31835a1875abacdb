// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// The sciatic nerve and its two terminal branches as flattened tubes along splines (left side).
// Course (CONTENT-BRIEF): L4-S3 roots in front of the piriformis, out below it through the greater
// sciatic foramen, between greater trochanter and ischial tuberosity over the small external
// rotators, down the back of the thigh, dividing at the apex of the popliteal fossa.
#include "meshgen/landmarks.h"
#include "meshgen/muscle_util.h"

namespace glutea::meshgen {
namespace {
using glm::vec3;
vec3 L(const char* id) {
    return landmarkLeft(id);
}
} // namespace

std::vector<PartSpec> nerveParts() {
    const std::vector<std::string> bones = {"hip_bone", "sacrum", "coccyx",
                                            "femur",    "tibia",  "fibula"};
    // Division into the tibial and common fibular nerves, at the apex of the popliteal fossa
    // about 6 cm above the knee joint line.
    const vec3 split(0.078f, -0.330f, -0.042f);
    std::vector<PartSpec> parts;
    {
        // The roots converge on the pelvic (anterior) face of the piriformis near the greater
        // sciatic notch; the trunk then drops below the muscle's lower border and turns back
        // through the greater sciatic foramen to its exit.
        const vec3 join(0.062f, 0.040f, -0.035f);
        std::vector<Band> bands;
        // Trunk: about 18 mm wide and 7 mm thick where it leaves the pelvis, rounder in the thigh.
        bands.push_back({{{join, 0.006f, 0.004f},
                          {vec3(0.062f, 0.015f, -0.045f), 0.007f, 0.004f},
                          {L("sciatic_exit"), 0.009f, 0.0035f},
                          {vec3(0.090f, -0.040f, -0.072f), 0.0085f, 0.0035f},
                          {vec3(0.094f, -0.090f, -0.066f), 0.007f, 0.004f},
                          {vec3(0.090f, -0.200f, -0.052f), 0.0055f, 0.0045f},
                          {split + vec3(0.0f, -0.008f, 0.0f), 0.0055f, 0.0045f}},
                         vec3(1.0f, 0.0f, 0.0f)});
        // Lumbosacral trunk (L4-L5): down over the front of the sacral ala and the sacroiliac
        // joint, hidden from behind by the sacrum and the ilium (no lumbar spine is modelled, so it
        // starts at the level of the sacral base).
        bands.push_back({{{vec3(0.045f, 0.130f, -0.026f), 0.0035f, 0.0035f},
                          {vec3(0.045f, 0.108f, -0.024f), 0.0035f, 0.0035f},
                          {vec3(0.047f, 0.086f, -0.030f), 0.0037f, 0.0037f},
                          {vec3(0.052f, 0.062f, -0.032f), 0.0038f, 0.0038f},
                          {join, 0.004f, 0.004f}},
                         vec3(1.0f, 0.0f, 0.0f)});
        // S1-S3 ventral rami: out of the anterior sacral foramina (starting at their lateral rims,
        // so that none shows through the foramina from behind), laterally over the sacrum and the
        // pelvic face of the piriformis to the join.
        const std::vector<std::vector<vec3>> rami = {
            {{0.025f, 0.094f, -0.017f}, {0.040f, 0.083f, -0.026f}, {0.048f, 0.071f, -0.030f}},
            {{0.024f, 0.075f, -0.031f}, {0.040f, 0.064f, -0.033f}},
            {{0.022f, 0.058f, -0.036f}, {0.036f, 0.055f, -0.036f}, {0.048f, 0.050f, -0.035f}}};
        for (const auto& r : rami) {
            std::vector<SweepKey> keys;
            for (size_t i = 0; i < r.size(); ++i) {
                keys.push_back({r[i], 0.003f + 0.0002f * float(i), 0.003f + 0.0002f * float(i)});
            }
            keys.push_back({join, 0.0035f, 0.0035f});
            bands.push_back({keys, vec3(1.0f, 0.0f, 0.0f)});
        }
        PartSpec s = musclePart("sciatic_nerve", bands, 0.003f, 0.0014f, 5000, bones, "nerve");
        s.fibre = nullptr;
        const float cut = split.y;
        auto base = s.field;
        s.field = [base, cut](vec3 p) { return std::max(base(p), cut - p.y); };
        parts.push_back(s);
    }
    {
        std::vector<Band> bands = {
            {{{split + vec3(0.0f, 0.004f, 0.0f), 0.0045f, 0.004f},
              {vec3(0.074f, -0.420f, -0.046f), 0.0045f, 0.004f},
              {vec3(0.072f, -0.560f, -0.042f), 0.004f, 0.0035f},
              {vec3(0.062f, -0.740f, -0.022f), 0.0035f, 0.003f},
              {L("medial_malleolus") + vec3(0.0f, 0.0f, -0.016f), 0.003f, 0.003f}},
             vec3(1.0f, 0.0f, 0.0f)}};
        PartSpec s = musclePart("tibial_nerve", bands, 0.002f, 0.0015f, 2500, bones, "nerve");
        s.fibre = nullptr;
        auto base = s.field;
        const float cut = split.y - 0.0006f;
        s.field = [base, cut](vec3 p) { return std::max(base(p), p.y - cut); };
        parts.push_back(s);
    }
    {
        std::vector<Band> bands = {{{{split + vec3(0.002f, 0.004f, 0.0f), 0.004f, 0.0035f},
                                     {vec3(0.098f, -0.380f, -0.042f), 0.0038f, 0.0033f},
                                     {vec3(0.114f, -0.450f, -0.034f), 0.0035f, 0.003f},
                                     {vec3(0.124f, -0.495f, -0.012f), 0.003f, 0.0028f},
                                     {vec3(0.118f, -0.530f, 0.012f), 0.0028f, 0.0025f},
                                     {vec3(0.106f, -0.700f, 0.018f), 0.0025f, 0.0025f}},
                                    vec3(0.0f, 0.0f, 1.0f)}};
        PartSpec s =
            musclePart("common_fibular_nerve", bands, 0.002f, 0.0013f, 2500, bones, "nerve");
        s.fibre = nullptr;
        s.outsideOf.push_back("tibial_nerve");
        auto base = s.field;
        const float cut = split.y - 0.0006f;
        s.field = [base, cut](vec3 p) { return std::max(base(p), p.y - cut); };
        parts.push_back(s);
    }
    return parts;
}

} // namespace glutea::meshgen
