// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// Gluteal, deep rotator, hamstring and lateral hip muscles (left side) as fans of swept bands
// from origin to insertion, ordered deep to superficial so that each stays outside the layers
// beneath it. Path points follow the Rajagopal2016 / Gait2392 path points of
// ../shared/anatomy-reference converted to the atlas frame (see landmarks.cpp), bulged outward to
// give each muscle its belly.
#include "meshgen/fan_muscles.h"
#include "meshgen/landmarks.h"
#include "meshgen/muscle_util.h"

namespace glutea::meshgen {
namespace {
using glm::vec3;
vec3 L(const char* id) {
    return landmarkLeft(id);
}
const std::vector<std::string> kBones = {"hip_bone", "sacrum", "coccyx",
                                         "femur",    "tibia",  "fibula"};
} // namespace

std::vector<PartSpec> deepMuscleParts(const Registry& registry) {
    std::vector<PartSpec> parts;
    const auto nerves = std::vector<std::string>{
        "sciatic_nerve",          "tibial_nerve",           "common_fibular_nerve",
        "superior_gluteal_nerve", "inferior_gluteal_nerve", "posterior_femoral_cutaneous_nerve",
        "pudendal_nerve"};
    // Gluteus minimus: outer ilium between the anterior and inferior gluteal lines -> anterior
    // border of the greater trochanter. Deepest layer: a sheet on the bone, converging forward.
    {
        IliacFan f;
        f.id = "gluteus_minimus";
        f.bed = {"hip_bone"};
        f.regionYZ = {{0.050f, 0.047f},  {0.086f, 0.045f},  {0.102f, 0.022f},
                      {0.106f, -0.015f}, {0.092f, -0.038f}, {0.066f, -0.044f},
                      {0.048f, -0.034f}, {0.030f, -0.012f}, {0.028f, 0.028f}};
        f.thickness = 0.0090f;
        f.ramp = 0.012f;
        f.insertion = vec3(0.137f, -0.006f, 0.004f);
        // Bone surface points (x found by casting along -x onto the hip bone of bones.cpp).
        const vec3 origins[3] = {
            {0.112f, 0.050f, 0.024f}, {0.101f, 0.055f, -0.010f}, {0.088f, 0.060f, -0.030f}};
        for (const auto& o : origins) {
            const vec3 mid = glm::mix(o, f.insertion, 0.5f) + vec3(0.004f, 0.0f, 0.0f);
            f.bands.push_back(
                {{{o, 0.012f, 0.004f}, {mid, 0.0095f, 0.0055f}, {f.insertion, 0.006f, 0.004f}},
                 vec3(0.0f, 0.0f, 1.0f)});
        }
        f.step = 0.0016f;
        f.targetTriangles = 7000;
        f.outsideOf = with(kBones, nerves);
        parts.push_back(iliacFanPart(registry, f));
    }
    // Piriformis: front (pelvic surface) of S2-S4 by three digitations between and lateral to the
    // anterior sacral foramina -> through the greater sciatic foramen, which it fills above the
    // sciatic nerve -> tendon onto the upper border of the greater trochanter. (Visible Human
    // Female: centroid about 0.19 hip widths medial, 0.22 above and 0.33 behind the hip joint
    // centre; 2 % of the gluteal and hip muscles' volume.)
    {
        // The greater sciatic foramen of this pelvis lies below the posterior inferior iliac spine
        // and lateral to the sacrum's border: the three heads leave the front of the sacrum
        // laterally, join behind the sciatic roots and fill the foramen's upper part.
        const vec3 belly(0.045f, 0.054f, -0.058f), foramen(0.058f, 0.044f, -0.066f),
            neck(0.090f, 0.024f, -0.050f),
            tendon = L("greater_trochanter") + vec3(-0.0072f, 0.0025f, -0.0005f);
        const vec3 digitations[3] = {
            {0.026f, 0.075f, -0.033f}, {0.025f, 0.065f, -0.038f}, {0.023f, 0.053f, -0.048f}};
        std::vector<Band> bands;
        for (const auto& d : digitations) {
            bands.push_back(
                {{{d, 0.0065f, 0.0045f},
                  {glm::mix(d, belly, 0.5f) + vec3(0.006f, 0.0f, 0.0f), 0.0070f, 0.0055f},
                  {belly, 0.0085f, 0.0065f},
                  {foramen, 0.0090f, 0.0070f},
                  {neck, 0.0060f, 0.0045f},
                  {tendon, 0.0030f, 0.0030f}},
                 vec3(0.0f, 1.0f, 0.1f)});
        }
        parts.push_back(
            musclePart("piriformis", bands, 0.006f, 0.0014f, 6000, with(kBones, nerves)));
    }
    // Small external rotators below the piriformis, all into the trochanteric fossa region, lying
    // in front of the sciatic nerve.
    const vec3 fossa(0.114f, -0.010f, -0.026f);
    {
        std::vector<Band> b = {{{{L("ischial_spine") + vec3(0.002f, 0.0f, 0.004f), 0.004f, 0.004f},
                                 {fossa + vec3(-0.020f, 0.004f, -0.006f), 0.0045f, 0.0045f},
                                 {fossa + vec3(0.0f, 0.003f, 0.0f), 0.003f, 0.003f}},
                                vec3(0.0f, 1.0f, 0.0f)}};
        parts.push_back(
            musclePart("gemellus_superior", b, 0.003f, 0.0012f, 2000, with(kBones, nerves)));
    }
    // Obturator internus: a fan on the inner (pelvic) face of the obturator membrane and the bone
    // around it, converging behind the ischium through the lesser sciatic foramen, where it turns
    // at a right angle, to the trochanteric fossa. (Visible Human Female: centroid 0.22 hip widths
    // medial of the hip joint centre, most of its volume inside the pelvis.)
    {
        const vec3 exit(0.060f, -0.020f, -0.052f);
        std::vector<Band> b;
        const vec3 fan[4] = {{0.033f, 0.010f, 0.022f},
                             {0.032f, 0.016f, -0.004f},
                             {0.031f, -0.030f, 0.026f},
                             {0.034f, -0.040f, -0.010f}};
        for (const auto& f : fan) {
            b.push_back({{{f, 0.0070f, 0.0022f},
                          {glm::mix(f, vec3(0.038f, -0.012f, -0.030f), 0.6f), 0.0070f, 0.0030f},
                          {exit, 0.0052f, 0.0038f},
                          {fossa + vec3(-0.020f, -0.004f, -0.008f), 0.006f, 0.0045f},
                          {fossa + vec3(0.0f, -0.003f, 0.0f), 0.004f, 0.003f}},
                         vec3(0.0f, 1.0f, 0.0f)});
        }
        parts.push_back(musclePart("obturator_internus", b, 0.003f, 0.0012f, 2500,
                                   with(kBones, with(nerves, {"gemellus_superior"}))));
    }
    {
        std::vector<Band> b = {
            {{{L("ischial_tuberosity") + vec3(0.004f, 0.024f, 0.002f), 0.005f, 0.005f},
              {fossa + vec3(-0.022f, -0.012f, -0.009f), 0.0055f, 0.0055f},
              {fossa + vec3(0.0f, -0.009f, 0.0f), 0.003f, 0.003f}},
             vec3(0.0f, 1.0f, 0.0f)}};
        parts.push_back(
            musclePart("gemellus_inferior", b, 0.003f, 0.0012f, 2000,
                       with(kBones, with(nerves, {"gemellus_superior", "obturator_internus"}))));
    }
    {
        std::vector<Band> b = {
            {{{L("ischial_tuberosity") + vec3(0.010f, 0.006f, 0.008f), 0.018f, 0.0080f},
              {vec3(0.090f, -0.045f, -0.037f), 0.019f, 0.0110f},
              {vec3(0.108f, -0.046f, -0.026f), 0.017f, 0.0075f}},
             vec3(0.0f, 1.0f, 0.0f)}};
        parts.push_back(
            musclePart("quadratus_femoris", b, 0.003f, 0.0014f, 2500,
                       with(kBones, with(nerves, {"gemellus_inferior", "obturator_internus"}))));
    }
    // Gluteus medius: outer ilium between the anterior and posterior gluteal lines, under the
    // crest -> lateral surface of the greater trochanter. A thicker sheet over the minimus.
    {
        IliacFan f;
        f.id = "gluteus_medius";
        f.bed = {"hip_bone", "gluteus_minimus"};
        // Its lower border reaches down over the minimus toward the trochanter, so that from
        // behind the minimus is covered by it (Visible Human Female).
        f.regionYZ = {{0.080f, 0.052f},  {0.118f, 0.030f},  {0.154f, -0.018f}, {0.146f, -0.050f},
                      {0.120f, -0.062f}, {0.084f, -0.058f}, {0.046f, -0.048f}, {0.030f, -0.022f},
                      {0.040f, 0.010f},  {0.056f, 0.040f}};
        f.thickness = 0.014f;
        f.ramp = 0.014f;
        f.insertion = L("greater_trochanter_lateral") + vec3(0.002f, 0.004f, -0.006f);
        const vec3 origins[3] = {
            {0.124f, 0.075f, 0.026f}, {0.112f, 0.080f, -0.010f}, {0.094f, 0.075f, -0.040f}};
        for (const auto& o : origins) {
            const vec3 mid = glm::mix(o, f.insertion, 0.45f) + vec3(0.006f, 0.0f, -0.004f);
            f.bands.push_back(
                {{{o, 0.016f, 0.007f}, {mid, 0.020f, 0.0125f}, {f.insertion, 0.008f, 0.006f}},
                 vec3(0.0f, 0.0f, 1.0f)});
        }
        f.step = 0.0018f;
        f.targetTriangles = 9000;
        f.outsideOf = with(kBones, with(nerves, {"gluteus_minimus", "piriformis"}));
        f.smoothRadius = 0.020f;
        f.minCover = 0.45f;
        parts.push_back(iliacFanPart(registry, f));
    }
    // Hamstrings from the ischial tuberosity.
    const auto below = with(kBones, with(nerves, {"quadratus_femoris", "gemellus_inferior"}));
    {
        std::vector<Band> b = {
            // A long flat tendon above, the belly in the lower half of the thigh, medial.
            {{{L("ischial_tuberosity") + vec3(0.006f, 0.004f, -0.004f), 0.007f, 0.005f},
              {vec3(0.052f, -0.130f, -0.048f), 0.008f, 0.006f},
              {vec3(0.046f, -0.265f, -0.054f), 0.015f, 0.012f},
              {vec3(0.044f, -0.355f, -0.048f), 0.015f, 0.012f},
              {vec3(0.050f, -0.455f, -0.018f), 0.006f, 0.005f}},
             vec3(1.0f, 0.0f, 0.0f)}};
        parts.push_back(musclePart("semimembranosus", b, 0.004f, 0.0025f, 4000, below));
    }
    {
        std::vector<Band> b = {
            {{{L("ischial_tuberosity") + vec3(0.000f, -0.004f, -0.010f), 0.007f, 0.006f},
              {vec3(0.068f, -0.150f, -0.070f), 0.012f, 0.0095f},
              {vec3(0.060f, -0.330f, -0.056f), 0.005f, 0.004f},
              {vec3(0.058f, -0.475f, 0.012f), 0.004f, 0.003f}},
             vec3(1.0f, 0.0f, 0.0f)}};
        parts.push_back(musclePart("semitendinosus", b, 0.004f, 0.0022f, 3500,
                                   with(below, {"semimembranosus"})));
    }
    {
        std::vector<Band> b = {
            {{{L("ischial_tuberosity") + vec3(0.006f, -0.004f, -0.010f), 0.007f, 0.006f},
              {vec3(0.084f, -0.150f, -0.066f), 0.015f, 0.012f},
              {vec3(0.104f, -0.330f, -0.050f), 0.010f, 0.008f},
              {vec3(0.114f, -0.455f, -0.030f), 0.005f, 0.004f}},
             vec3(1.0f, 0.0f, 0.0f)}};
        parts.push_back(musclePart("biceps_femoris_long_head", b, 0.004f, 0.0022f, 3500,
                                   with(below, {"semimembranosus", "semitendinosus"})));
    }
    return parts;
}

} // namespace glutea::meshgen
