// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// Quadratus lumborum and the lower erector spinae (left side, design frame), as bands from their
// pelvic origins up to the skin's cut at the waist (the model ends there: their upper attachments,
// the 12th rib and the thoracic spine, lie above it).
#include "meshgen/landmarks.h"
#include "meshgen/muscle_util.h"

namespace glutea::meshgen {
namespace {
using glm::vec3;
vec3 L(const char* id) {
    return landmarkLeft(id);
}

// Both muscles end flat a little below the skin's top cut (skin.cpp, y = 0.25), so that the skin's
// 7 mm layer over them stays under its cut.
constexpr float kTop = 0.242f;

PartSpec cutAtTop(PartSpec s) {
    auto base = s.field;
    s.field = [base](vec3 p) { return std::max(base(p), p.y - kTop); };
    s.box.hi.y = std::min(s.box.hi.y, kTop + 0.004f);
    return s;
}

} // namespace

std::vector<PartSpec> backMuscleParts(const Registry& /*registry*/) {
    std::vector<PartSpec> parts;
    const std::vector<std::string> bones = {"hip_bone", "sacrum", "lumbar_vertebrae"};
    // Quadratus lumborum: posterior iliac crest (inner lip) and the iliolumbar ligament, from the
    // L5 transverse process to the crest -> up to the 12th rib (lateral fibres) and the tips of the
    // L1-L4 transverse processes (medial fibres); a quadrilateral sheet lateral to the vertebral
    // bodies, level with and in front of the transverse processes' tips, in front of the erector.
    {
        const vec3 crest = L("iliac_crest_posterior");
        std::vector<Band> b = {
            // Lateral fibres: crest -> 12th rib.
            {{{crest + vec3(0.010f, 0.010f, 0.014f), 0.008f, 0.005f},
              {vec3(0.070f, 0.190f, -0.040f), 0.011f, 0.0075f},
              {vec3(0.066f, kTop + 0.004f, -0.042f), 0.011f, 0.0075f}},
             vec3(1.0f, 0.0f, 0.0f)},
            {{{crest + vec3(0.000f, 0.004f, 0.002f), 0.008f, 0.005f},
              {vec3(0.056f, 0.190f, -0.046f), 0.011f, 0.0075f},
              {vec3(0.054f, kTop + 0.004f, -0.046f), 0.010f, 0.007f}},
             vec3(1.0f, 0.0f, 0.0f)},
            // Medial fibres: iliolumbar ligament at the L5 transverse process -> L4, L3 tips.
            {{{vec3(0.036f, 0.146f, -0.050f), 0.006f, 0.005f},
              {vec3(0.042f, 0.180f, -0.049f), 0.008f, 0.006f},
              {vec3(0.045f, 0.210f, -0.048f), 0.008f, 0.006f},
              {vec3(0.044f, kTop + 0.004f, -0.048f), 0.008f, 0.006f}},
             vec3(1.0f, 0.0f, 0.0f)}};
        parts.push_back(cutAtTop(musclePart("quadratus_lumborum", b, 0.008f, 0.0018f, 1200,
                                            with(bones, {"psoas_major"}))));
    }
    // Erector spinae, lower part: a thick tendinous origin on the back of the sacrum between the
    // posterior superior iliac spines, the iliac crest beside them and the lumbar spinous
    // processes; up as two columns in the groove between the spinous and the transverse processes
    // (behind these), the medial (longissimus, spinalis) against the spinous processes, the lateral
    // (iliocostalis) over the quadratus lumborum.
    {
        std::vector<Band> b = {{{{vec3(0.011f, 0.066f, -0.089f), 0.007f, 0.0035f},
                                 {vec3(0.014f, 0.100f, -0.082f), 0.010f, 0.008f},
                                 {vec3(0.017f, 0.140f, -0.079f), 0.012f, 0.013f},
                                 {vec3(0.019f, 0.185f, -0.075f), 0.013f, 0.017f},
                                 {vec3(0.020f, kTop + 0.004f, -0.074f), 0.013f, 0.018f}},
                                vec3(1.0f, 0.0f, 0.0f)},
                               {{{vec3(0.022f, 0.090f, -0.086f), 0.009f, 0.005f},
                                 {vec3(0.027f, 0.130f, -0.082f), 0.012f, 0.011f},
                                 {vec3(0.030f, 0.185f, -0.076f), 0.013f, 0.016f},
                                 {vec3(0.032f, kTop + 0.004f, -0.073f), 0.013f, 0.017f}},
                                vec3(1.0f, 0.0f, 0.0f)},
                               {{{vec3(0.034f, 0.112f, -0.083f), 0.008f, 0.005f},
                                 {vec3(0.039f, 0.140f, -0.080f), 0.012f, 0.010f},
                                 {vec3(0.042f, 0.185f, -0.073f), 0.014f, 0.014f},
                                 {vec3(0.044f, kTop + 0.004f, -0.070f), 0.014f, 0.015f}},
                                vec3(1.0f, 0.0f, 0.0f)}};
        parts.push_back(cutAtTop(musclePart("erector_spinae", b, 0.014f, 0.0020f, 1800,
                                            with(bones, {"quadratus_lumborum", "psoas_major"}))));
    }
    return parts;
}

} // namespace glutea::meshgen
