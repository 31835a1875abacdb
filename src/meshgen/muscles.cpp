// Gluteal, deep rotator, hamstring and lateral hip muscles (left side) as fans of swept bands
// from origin to insertion, ordered deep to superficial so that each stays outside the layers
// beneath it. Path points follow the Rajagopal2016 / Gait2392 path points of
// ../shared/anatomy-reference converted to the atlas frame (see landmarks.cpp), bulged outward to
// give each muscle its belly.
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
std::vector<std::string> with(std::vector<std::string> a, const std::vector<std::string>& b) {
    a.insert(a.end(), b.begin(), b.end());
    return a;
}
} // namespace

std::vector<PartSpec> deepMuscleParts() {
    std::vector<PartSpec> parts;
    const auto nerves =
        std::vector<std::string>{"sciatic_nerve", "tibial_nerve", "common_fibular_nerve"};
    // Gluteus minimus: outer ilium between anterior and inferior gluteal lines -> anterior border
    // of the greater trochanter. Deepest layer, fan-shaped, thin.
    {
        const vec3 ins = vec3(0.137f, -0.006f, 0.004f);
        std::vector<Band> bands;
        const vec3 origins[4] = {{0.128f, 0.074f, 0.034f},
                                 {0.122f, 0.098f, 0.012f},
                                 {0.108f, 0.104f, -0.012f},
                                 {0.092f, 0.080f, -0.030f}};
        for (const auto& o : origins) {
            const vec3 mid = glm::mix(o, ins, 0.45f) + vec3(0.010f, 0.0f, -0.002f);
            bands.push_back({{{o, 0.012f, 0.004f}, {mid, 0.013f, 0.0075f}, {ins, 0.006f, 0.004f}},
                             vec3(0.0f, 0.0f, 1.0f)});
        }
        parts.push_back(musclePart("gluteus_minimus", bands, 0.008f, 0.0016f, 7000, kBones));
    }
    // Piriformis: pelvic surface of the sacrum (S2-S4) -> through the greater sciatic notch ->
    // upper border of the greater trochanter.
    {
        std::vector<Band> bands = {
            {{{vec3(0.020f, 0.066f, -0.040f), 0.017f, 0.005f},
              {vec3(0.042f, 0.056f, -0.050f), 0.017f, 0.008f},
              {vec3(0.068f, 0.036f, -0.052f), 0.012f, 0.009f},
              {vec3(0.100f, 0.012f, -0.036f), 0.007f, 0.006f},
              {L("greater_trochanter") + vec3(-0.002f, 0.0f, 0.002f), 0.004f, 0.004f}},
             vec3(0.0f, 1.0f, 0.1f)}};
        parts.push_back(
            musclePart("piriformis", bands, 0.004f, 0.0014f, 6000, with(kBones, nerves)));
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
    {
        std::vector<Band> b = {{{{vec3(0.050f, -0.020f, -0.030f), 0.006f, 0.004f},
                                 {vec3(0.060f, -0.020f, -0.050f), 0.007f, 0.005f},
                                 {fossa + vec3(-0.020f, -0.004f, -0.008f), 0.006f, 0.0045f},
                                 {fossa + vec3(0.0f, -0.003f, 0.0f), 0.004f, 0.003f}},
                                vec3(0.0f, 1.0f, 0.0f)}};
        parts.push_back(musclePart("obturator_internus", b, 0.003f, 0.0012f, 2500,
                                   with(kBones, with(nerves, {"gemellus_superior"}))));
    }
    {
        std::vector<Band> b = {
            {{{L("ischial_tuberosity") + vec3(0.004f, 0.022f, 0.002f), 0.004f, 0.004f},
              {fossa + vec3(-0.022f, -0.014f, -0.008f), 0.0045f, 0.0045f},
              {fossa + vec3(0.0f, -0.010f, 0.0f), 0.003f, 0.003f}},
             vec3(0.0f, 1.0f, 0.0f)}};
        parts.push_back(
            musclePart("gemellus_inferior", b, 0.003f, 0.0012f, 2000,
                       with(kBones, with(nerves, {"gemellus_superior", "obturator_internus"}))));
    }
    {
        std::vector<Band> b = {
            {{{L("ischial_tuberosity") + vec3(0.010f, 0.006f, 0.006f), 0.012f, 0.004f},
              {vec3(0.090f, -0.045f, -0.040f), 0.013f, 0.006f},
              {vec3(0.108f, -0.046f, -0.028f), 0.011f, 0.004f}},
             vec3(0.0f, 1.0f, 0.0f)}};
        parts.push_back(
            musclePart("quadratus_femoris", b, 0.003f, 0.0014f, 2500,
                       with(kBones, with(nerves, {"gemellus_inferior", "obturator_internus"}))));
    }
    // Gluteus medius: outer ilium between anterior and posterior gluteal lines, under the crest ->
    // lateral surface of the greater trochanter. Covers the minimus.
    {
        const vec3 ins = L("greater_trochanter_lateral") + vec3(0.004f, 0.004f, -0.006f);
        const vec3 origins[5] = {{0.134f, 0.100f, 0.028f},
                                 {0.122f, 0.132f, 0.006f},
                                 {0.098f, 0.146f, -0.018f},
                                 {0.076f, 0.136f, -0.042f},
                                 {0.062f, 0.112f, -0.058f}};
        std::vector<Band> bands;
        for (const auto& o : origins) {
            const vec3 mid = glm::mix(o, ins, 0.42f) + vec3(0.016f, 0.0f, -0.010f);
            bands.push_back({{{o, 0.013f, 0.005f}, {mid, 0.015f, 0.011f}, {ins, 0.007f, 0.005f}},
                             vec3(0.0f, 0.0f, 1.0f)});
        }
        parts.push_back(musclePart("gluteus_medius", bands, 0.010f, 0.0018f, 9000,
                                   with(kBones, with(nerves, {"gluteus_minimus", "piriformis"}))));
    }
    // Hamstrings from the ischial tuberosity.
    const auto below = with(kBones, with(nerves, {"quadratus_femoris", "gemellus_inferior"}));
    {
        std::vector<Band> b = {
            {{{L("ischial_tuberosity") + vec3(0.006f, 0.004f, -0.004f), 0.008f, 0.006f},
              {vec3(0.062f, -0.160f, -0.050f), 0.016f, 0.014f},
              {vec3(0.058f, -0.300f, -0.045f), 0.020f, 0.016f},
              {vec3(0.054f, -0.455f, -0.018f), 0.006f, 0.005f}},
             vec3(1.0f, 0.0f, 0.0f)}};
        parts.push_back(musclePart("semimembranosus", b, 0.004f, 0.0025f, 4000, below));
    }
    {
        std::vector<Band> b = {
            {{{L("ischial_tuberosity") + vec3(-0.002f, -0.004f, -0.010f), 0.007f, 0.006f},
              {vec3(0.058f, -0.180f, -0.080f), 0.015f, 0.012f},
              {vec3(0.050f, -0.380f, -0.050f), 0.006f, 0.005f},
              {vec3(0.058f, -0.475f, 0.012f), 0.004f, 0.003f}},
             vec3(1.0f, 0.0f, 0.0f)}};
        parts.push_back(musclePart("semitendinosus", b, 0.004f, 0.0022f, 3500,
                                   with(below, {"semimembranosus"})));
    }
    {
        std::vector<Band> b = {
            {{{L("ischial_tuberosity") + vec3(0.006f, -0.004f, -0.010f), 0.007f, 0.006f},
              {vec3(0.088f, -0.180f, -0.080f), 0.016f, 0.013f},
              {vec3(0.108f, -0.360f, -0.060f), 0.010f, 0.008f},
              {vec3(0.114f, -0.455f, -0.030f), 0.005f, 0.004f}},
             vec3(1.0f, 0.0f, 0.0f)}};
        parts.push_back(musclePart("biceps_femoris_long_head", b, 0.004f, 0.0022f, 3500,
                                   with(below, {"semimembranosus", "semitendinosus"})));
    }
    return parts;
}

std::vector<PartSpec> superficialMuscleParts() {
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
                                           "semimembranosus",
                                           "semitendinosus",
                                           "biceps_femoris_long_head"};
    // Tensor fasciae latae: anterior iliac crest behind the ASIS -> iliotibial tract.
    {
        std::vector<Band> b = {{{{L("asis") + vec3(0.006f, 0.000f, -0.006f), 0.010f, 0.005f},
                                 {vec3(0.140f, 0.020f, 0.036f), 0.014f, 0.009f},
                                 {vec3(0.150f, -0.060f, 0.022f), 0.010f, 0.005f}},
                                vec3(0.0f, 0.0f, 1.0f)}};
        parts.push_back(musclePart("tensor_fasciae_latae", b, 0.004f, 0.0018f, 2500, deep));
    }
    // Gluteus maximus: posterior ilium, sacrum, coccyx and sacrotuberous ligament -> iliotibial
    // tract (upper and superficial fibres) and gluteal tuberosity (deep lower fibres). Bands run
    // obliquely down and out, bulging backward over the deeper layers.
    {
        std::vector<Band> bands;
        const vec3 origins[6] = {{0.060f, 0.128f, -0.074f}, {0.046f, 0.102f, -0.090f},
                                 {0.036f, 0.076f, -0.098f}, {0.024f, 0.050f, -0.102f},
                                 {0.012f, 0.022f, -0.098f}, {0.030f, -0.012f, -0.082f}};
        const vec3 mids[6] = {{0.112f, 0.072f, -0.086f},  {0.098f, 0.046f, -0.108f},
                              {0.086f, 0.016f, -0.122f},  {0.074f, -0.012f, -0.126f},
                              {0.064f, -0.042f, -0.114f}, {0.066f, -0.072f, -0.094f}};
        const vec3 late[6] = {{0.156f, 0.000f, -0.030f},  {0.154f, -0.025f, -0.048f},
                              {0.148f, -0.055f, -0.052f}, {0.136f, -0.076f, -0.052f},
                              {0.122f, -0.098f, -0.048f}, {0.112f, -0.122f, -0.042f}};
        const vec3 ins[6] = {{0.158f, -0.040f, -0.012f},
                             {0.158f, -0.075f, -0.018f},
                             {0.156f, -0.105f, -0.022f},
                             {0.134f, -0.108f, -0.028f},
                             L("gluteal_tuberosity") + vec3(0.004f, -0.012f, -0.008f),
                             vec3(0.120f, -0.140f, -0.022f)};
        for (int i = 0; i < 6; ++i) {
            const vec3 across = i < 5 ? origins[i + 1] - origins[i] : origins[i] - origins[i - 1];
            bands.push_back({{{origins[i], 0.012f, 0.006f},
                              {mids[i], 0.017f, 0.015f},
                              {late[i], 0.015f, 0.010f},
                              {ins[i], 0.010f, 0.004f}},
                             glm::normalize(across)});
        }
        parts.push_back(musclePart("gluteus_maximus", bands, 0.012f, 0.0022f, 11000,
                                   with(deep, {"tensor_fasciae_latae"})));
    }
    // Iliotibial tract: a thin fascial band on the lateral thigh, from the maximus and TFL down to
    // the lateral tibial condyle.
    {
        std::vector<Band> b = {{{{vec3(0.156f, -0.040f, 0.004f), 0.026f, 0.0032f},
                                 {vec3(0.150f, -0.180f, 0.000f), 0.018f, 0.0032f},
                                 {vec3(0.136f, -0.330f, -0.002f), 0.014f, 0.0032f},
                                 {vec3(0.120f, -0.455f, 0.004f), 0.010f, 0.0032f}},
                                vec3(0.0f, 0.0f, 1.0f)}};
        PartSpec s = musclePart("iliotibial_tract", b, 0.002f, 0.0015f, 3000,
                                with(deep, {"tensor_fasciae_latae", "gluteus_maximus", "tibia",
                                            "fibula", "common_fibular_nerve"}),
                                "other");
        s.fibre = nullptr;
        parts.push_back(s);
    }
    return parts;
}

} // namespace glutea::meshgen
