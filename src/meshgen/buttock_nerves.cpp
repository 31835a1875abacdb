// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// Nerves of the buttock besides the sciatic: superior and inferior gluteal, posterior femoral
// cutaneous and pudendal (left side, design frame), thin tubes along splines as in nerves.cpp.
// All four leave the pelvis through the greater sciatic foramen: the superior gluteal above the
// piriformis, the others below it (CONTENT-BRIEF; Gray's Anatomy). The muscles they pass between
// are built later and list them in their outsideOf, so no muscle swallows a nerve.
#include "meshgen/landmarks.h"
#include "meshgen/muscle_util.h"

namespace glutea::meshgen {
namespace {
using glm::vec3;

// A nerve of one trunk and optional branches, each a list of (point, radius).
PartSpec nervePart(const std::string& id,
                   const std::vector<std::vector<std::pair<vec3, float>>>& paths, size_t target,
                   std::vector<std::string> outsideOf) {
    std::vector<Band> bands;
    for (const auto& path : paths) {
        std::vector<SweepKey> keys;
        for (const auto& [p, r] : path) {
            keys.push_back({p, r, r * 0.85f});
        }
        bands.push_back({keys, vec3(0.0f, 0.0f, 1.0f)});
    }
    PartSpec s = musclePart(id, bands, 0.0015f, 0.0011f, target, std::move(outsideOf), "nerve");
    s.fibre = nullptr;
    return s;
}

} // namespace

std::vector<PartSpec> buttockNerveParts() {
    const std::vector<std::string> deep = {"hip_bone",
                                           "sacrum",
                                           "coccyx",
                                           "femur",
                                           "lumbar_vertebrae",
                                           "sacrotuberous_ligament",
                                           "sacrospinous_ligament",
                                           "sciatic_nerve"};
    std::vector<PartSpec> parts;
    // Superior gluteal nerve (L4-S1): from the back of the lumbosacral trunk, back over the upper
    // border of the piriformis through the top of the greater sciatic foramen, hooking round the
    // notch onto the gluteal surface; then forward between the gluteus medius and minimus (on the
    // minimus), an upper branch along the minimus's upper border and a lower one across it to the
    // tensor fasciae latae.
    {
        // Onto the gluteal surface behind the notch, then on the minimus (x: the hip bone's
        // surface, cast along -x, plus the minimus's 9 mm and the nerve's radius).
        const vec3 fork(0.091f, 0.061f, -0.040f);
        parts.push_back(nervePart("superior_gluteal_nerve",
                                  {{{vec3(0.052f, 0.062f, -0.040f), 0.0016f},
                                    {vec3(0.057f, 0.054f, -0.043f), 0.0018f},
                                    {vec3(0.062f, 0.050f, -0.052f), 0.0019f},
                                    {vec3(0.068f, 0.0535f, -0.0625f), 0.0019f},
                                    {vec3(0.078f, 0.053f, -0.059f), 0.0019f},
                                    {vec3(0.086f, 0.056f, -0.051f), 0.0018f},
                                    {fork, 0.0018f}},
                                   {{fork, 0.0017f},
                                    {vec3(0.096f, 0.062f, -0.030f), 0.0016f},
                                    {vec3(0.107f, 0.064f, -0.012f), 0.0015f},
                                    {vec3(0.115f, 0.058f, 0.006f), 0.0014f},
                                    {vec3(0.122f, 0.050f, 0.020f), 0.0013f},
                                    {vec3(0.125f, 0.040f, 0.033f), 0.0012f}},
                                   {{fork, 0.0015f},
                                    {vec3(0.097f, 0.080f, -0.030f), 0.0013f},
                                    {vec3(0.107f, 0.090f, -0.016f), 0.0012f},
                                    {vec3(0.117f, 0.096f, 0.000f), 0.0011f}}},
                                  1000, deep));
    }
    // Inferior gluteal nerve (L5-S2): below the piriformis, behind and medial to the sciatic
    // nerve, then back into the deep surface of the gluteus maximus in two branches.
    {
        const vec3 out(0.062f, 0.020f, -0.070f);
        parts.push_back(nervePart("inferior_gluteal_nerve",
                                  {{{vec3(0.052f, 0.046f, -0.042f), 0.0015f},
                                    {vec3(0.056f, 0.030f, -0.052f), 0.0017f},
                                    {out, 0.0017f}},
                                   {{out, 0.0016f},
                                    {vec3(0.072f, 0.026f, -0.077f), 0.0014f},
                                    {vec3(0.086f, 0.036f, -0.078f), 0.0012f}},
                                   {{out, 0.0015f},
                                    {vec3(0.072f, 0.008f, -0.077f), 0.0013f},
                                    {vec3(0.084f, -0.004f, -0.078f), 0.0012f}}},
                                  650, with(deep, {"superior_gluteal_nerve"})));
    }
    // Posterior femoral cutaneous nerve (S1-S3): below the piriformis medial to the sciatic nerve,
    // down under the gluteus maximus, then under the fascia lata in the groove between the biceps
    // and the semitendinosus, down the middle of the back of the thigh to the popliteal fossa.
    // (pose_deformation.cpp's line for it runs from its exit to the fossa.)
    parts.push_back(nervePart("posterior_femoral_cutaneous_nerve",
                              {{{vec3(0.044f, 0.040f, -0.045f), 0.0014f},
                                {vec3(0.050f, 0.028f, -0.055f), 0.0016f},
                                {vec3(0.060f, 0.008f, -0.067f), 0.0017f},
                                {vec3(0.068f, -0.020f, -0.072f), 0.0017f},
                                {vec3(0.074f, -0.060f, -0.077f), 0.0016f},
                                {vec3(0.076f, -0.150f, -0.080f), 0.0015f},
                                {vec3(0.077f, -0.230f, -0.072f), 0.0014f},
                                {vec3(0.078f, -0.300f, -0.062f), 0.0013f},
                                {vec3(0.078f, -0.380f, -0.054f), 0.0011f}}},
                              1300, with(deep, {"inferior_gluteal_nerve"})));
    // Pudendal nerve (S2-S4): from the front of the lower sacrum below the piriformis, out of the
    // greater sciatic foramen medial to the sciatic nerve, across the back of the sacrospinous
    // ligament beside the ischial spine (in front of the sacrotuberous), back in through the lesser
    // sciatic foramen and forward in the pudendal canal on the medial face of the obturator
    // internus toward the perineum.
    parts.push_back(nervePart(
        "pudendal_nerve",
        {{{vec3(0.030f, 0.040f, -0.046f), 0.0014f},
          {vec3(0.040f, 0.024f, -0.056f), 0.0016f},
          {vec3(0.049f, 0.004f, -0.063f), 0.0017f},
          {vec3(0.047f, -0.014f, -0.059f), 0.0017f},
          {vec3(0.038f, -0.028f, -0.044f), 0.0016f},
          {vec3(0.029f, -0.038f, -0.026f), 0.0015f},
          {vec3(0.026f, -0.044f, -0.006f), 0.0014f},
          {vec3(0.025f, -0.046f, 0.004f), 0.0012f}}},
        900, with(deep, {"inferior_gluteal_nerve", "posterior_femoral_cutaneous_nerve"})));
    return parts;
}

} // namespace glutea::meshgen
