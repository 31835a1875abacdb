// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// Medial thigh (left side): obturator externus, the three adductors, pectineus and gracilis, deep
// to superficial, each staying outside the bones, the nerves, the hamstrings and the deeper ones.
// Attachments (grays_anatomy, content/structures.json) on the bones of bones.cpp; the design-frame
// points are those of the lines of pull in src/anatomy/hip_action_table.cpp (there in the atlas
// frame). Places and volumes follow the Visible Human Female (tests/meshgen/reference_test.cpp):
// the adductor mass lies medial to the femur, in front of the hamstrings and the sciatic nerve,
// its centre about 15 cm below the hip joint.
#include "meshgen/landmarks.h"
#include "meshgen/muscle_util.h"

namespace glutea::meshgen {
namespace {
using glm::vec3;

const std::vector<std::string> kBones = {"hip_bone", "sacrum", "coccyx",
                                         "femur",    "tibia",  "fibula"};
// What lies behind the adductors in the thigh: the hamstrings and the sciatic nerve.
const std::vector<std::string> kBehind = {"sciatic_nerve", "tibial_nerve", "semimembranosus",
                                          "semitendinosus", "biceps_femoris_long_head"};
// Near the hip, the small rotators below the femoral neck.
const std::vector<std::string> kRotators = {"quadratus_femoris", "gemellus_inferior",
                                            "obturator_internus"};

// A band from `from` through `mid` to `to`, its belly (half width a, half thickness b) in the
// middle and tapering to the ends.
Band band3(vec3 from, vec3 mid, vec3 to, glm::vec2 end0, glm::vec2 belly, glm::vec2 end1,
           vec3 widthHint) {
    return {{{from, end0.x, end0.y}, {mid, belly.x, belly.y}, {to, end1.x, end1.y}}, widthHint};
}

// A flat muscle as three side-by-side bands, origin[i] -> insertion[i], each bellying at `midAt`
// of the way, displaced by `bulge` (the belly's sag away from the straight line).
struct Sheet {
    vec3 origin[3], insertion[3];
    float midAt;
    vec3 bulge;
    glm::vec2 end0, belly, end1;
    vec3 widthHint;
};
std::vector<Band> sheetBands(const Sheet& s) {
    std::vector<Band> bands;
    for (int i = 0; i < 3; ++i) {
        const vec3 mid = glm::mix(s.origin[i], s.insertion[i], s.midAt) + s.bulge;
        bands.push_back(
            band3(s.origin[i], mid, s.insertion[i], s.end0, s.belly, s.end1, s.widthHint));
    }
    return bands;
}

// Obturator externus: a fan on the outer face of the obturator membrane and the pubic and
// ischial bone around the foramen (which here faces forward, outward and down), converging
// laterally below the femoral neck and turning up behind it into the trochanteric fossa, in front
// of the quadratus femoris.
PartSpec obturatorExternus() {
    const std::vector<vec3> rim = {{0.035f, -0.010f, 0.016f},
                                   {0.023f, -0.028f, 0.020f},
                                   {0.027f, -0.042f, -0.004f},
                                   {0.039f, -0.040f, -0.024f},
                                   {0.035f, -0.024f, -0.004f}};
    // Below the neck, then up between the back of the neck and the intertrochanteric crest,
    // above the quadratus femoris and in front of the inferior gemellus, to the fossa.
    const vec3 below(0.084f, -0.038f, -0.012f), under(0.097f, -0.037f, -0.019f),
        behind(0.104f, -0.030f, -0.0235f), fossa(0.109f, -0.020f, -0.028f);
    std::vector<Band> bands;
    for (const auto& r : rim) {
        const vec3 mid = glm::mix(r, below, 0.30f) + vec3(0.002f, 0.0f, 0.0f);
        bands.push_back({{{r, 0.0092f, 0.0040f},
                          {mid, 0.0092f, 0.0046f},
                          {below, 0.0055f, 0.0040f},
                          {under, 0.0040f, 0.0030f},
                          {behind, 0.0025f, 0.0020f},
                          {fossa, 0.0025f, 0.0020f}},
                         vec3(0.0f, 0.3f, 1.0f)});
    }
    // The pudendal nerve runs forward close to its medial edge, on the inner side of the bone.
    return musclePart("obturator_externus", bands, 0.004f, 0.0016f, 1600,
                      with(kBones, with(kBehind, with(kRotators, {"pudendal_nerve"}))));
}

// Pectineus: the pecten of the superior pubic ramus -> the pectineal line of the femur below the
// lesser trochanter. A flat quadrangle running down, back and out in front of the obturator
// externus and the adductor brevis, medial to the hip joint (floor of the femoral triangle).
PartSpec pectineus() {
    const Sheet sheet = {
        {{0.028f, 0.001f, 0.050f}, {0.040f, 0.003f, 0.046f}, {0.054f, 0.002f, 0.041f}},
        {{0.091f, -0.062f, -0.009f}, {0.092f, -0.070f, -0.010f}, {0.093f, -0.079f, -0.011f}},
        0.45f,
        vec3(-0.006f, -0.024f, -0.008f),
        {0.0072f, 0.0035f},
        {0.0080f, 0.0055f},
        {0.005f, 0.0025f},
        vec3(1.0f, 0.0f, 0.4f)};
    const std::vector<Band> bands = sheetBands(sheet);
    return musclePart(
        "pectineus", bands, 0.005f, 0.0018f, 1500,
        with(kBones, with(kBehind, {"obturator_externus", "adductor_magnus", "adductor_brevis"})));
}

// Adductor brevis: body and inferior ramus of the pubis -> the pectineal line and the upper
// linea aspera; a triangle behind the pectineus and the adductor longus, in front of the magnus.
PartSpec adductorBrevis() {
    const Sheet sheet = {
        {{0.020f, -0.028f, 0.047f}, {0.022f, -0.038f, 0.040f}, {0.025f, -0.048f, 0.032f}},
        {{0.095f, -0.084f, -0.012f}, {0.096f, -0.104f, -0.013f}, {0.096f, -0.126f, -0.014f}},
        0.42f,
        vec3(-0.006f, -0.007f, -0.014f),
        {0.007f, 0.004f},
        {0.0115f, 0.0072f},
        {0.007f, 0.0025f},
        vec3(0.0f, 1.0f, 0.0f)};
    std::vector<Band> bands = sheetBands(sheet);
    // Its insertion along the pectineal line and the upper linea aspera.
    bands.push_back({{{sheet.insertion[0], 0.004f, 0.003f},
                      {sheet.insertion[1], 0.004f, 0.003f},
                      {sheet.insertion[2], 0.004f, 0.003f}},
                     vec3(1.0f, 0.0f, 0.0f)});
    return musclePart("adductor_brevis", bands, 0.006f, 0.0020f, 1800,
                      with(kBones, with(kBehind, {"obturator_externus", "adductor_magnus"})));
}

// Adductor longus: a rounded tendon from the front of the pubic body below the crest, widening
// into a triangular belly, the most anterior of the adductors, onto the middle third of the linea
// aspera (an aponeurosis passing medial to the shaft).
PartSpec adductorLongus() {
    const vec3 origin(0.021f, -0.020f, 0.058f);
    const vec3 insertion[3] = {
        {0.093f, -0.150f, -0.013f}, {0.091f, -0.190f, -0.013f}, {0.088f, -0.232f, -0.013f}};
    std::vector<Band> bands;
    for (int i = 0; i < 3; ++i) {
        const vec3 e = insertion[i];
        bands.push_back({{{origin, 0.0065f, 0.0055f},
                          {vec3(0.030f, -0.088f, 0.022f), 0.0076f, 0.0051f},
                          {glm::mix(vec3(0.043f, -0.150f, -0.004f), e, 0.15f), 0.0089f, 0.0058f},
                          {glm::mix(vec3(0.060f, -0.194f, -0.015f), e, 0.45f), 0.0068f, 0.0039f},
                          {e, 0.006f, 0.0025f}},
                         vec3(0.0f, 1.0f, 0.0f)});
    }
    // Its aponeurosis along the medial lip of the linea aspera.
    bands.push_back({{{insertion[0], 0.004f, 0.003f},
                      {insertion[1], 0.004f, 0.003f},
                      {insertion[2], 0.004f, 0.003f}},
                     vec3(1.0f, 0.0f, 0.0f)});
    return musclePart("adductor_longus", bands, 0.006f, 0.0022f, 1900,
                      with(kBones, with(kBehind, {"obturator_externus", "adductor_magnus",
                                                  "adductor_brevis", "pectineus"})));
}

// Adductor magnus: the adductor part fans from the inferior pubic and ischial rami, its upper
// fibres almost horizontal, onto the linea aspera from the gluteal tuberosity down and the medial
// supracondylar line; the hamstring part runs straight down from the ischial tuberosity to the
// adductor tubercle. The large posterior mass of the medial thigh, in front of the hamstrings and
// the sciatic nerve, behind the brevis and longus.
PartSpec adductorMagnus() {
    struct Fibre {
        vec3 origin, mid, insertion;
        glm::vec2 belly;
    };
    const Fibre fibres[5] = {{{0.024f, -0.052f, 0.022f},
                              {0.064f, -0.058f, -0.018f},
                              {0.104f, -0.090f, -0.017f},
                              {0.0155f, 0.0107f}},
                             {{0.034f, -0.058f, 0.008f},
                              {0.060f, -0.086f, -0.028f},
                              {0.098f, -0.150f, -0.018f},
                              {0.0196f, 0.0139f}},
                             {{0.044f, -0.061f, -0.008f},
                              {0.058f, -0.120f, -0.038f},
                              {0.092f, -0.225f, -0.018f},
                              {0.0206f, 0.0149f}},
                             {{0.052f, -0.060f, -0.022f},
                              {0.058f, -0.158f, -0.037f},
                              {0.080f, -0.300f, -0.017f},
                              {0.0200f, 0.0125f}},
                             {{0.058f, -0.062f, -0.034f},
                              {0.052f, -0.158f, -0.035f},
                              {0.044f, -0.330f, -0.020f},
                              {0.014f, 0.0095f}}};
    std::vector<Band> bands;
    for (const auto& f : fibres) {
        bands.push_back(band3(f.origin, f.mid, f.insertion, {0.007f, 0.005f}, f.belly,
                              {0.006f, 0.0025f}, vec3(1.0f, 0.0f, 0.2f)));
    }
    // The hamstring part's tendon onto the adductor tubercle.
    bands.push_back({{{vec3(0.046f, -0.300f, -0.024f), 0.007f, 0.006f},
                      {vec3(0.041f, -0.345f, -0.017f), 0.0045f, 0.004f},
                      {vec3(0.040f, -0.372f, -0.012f), 0.003f, 0.003f}},
                     vec3(1.0f, 0.0f, 0.0f)});
    // The insertion along the back of the femur (linea aspera, medial supracondylar line), so
    // that the muscle meets the bone all the way down rather than at its bands' ends.
    bands.push_back({{{vec3(0.107f, -0.090f, -0.019f), 0.005f, 0.004f},
                      {vec3(0.101f, -0.150f, -0.021f), 0.005f, 0.004f},
                      {vec3(0.094f, -0.225f, -0.020f), 0.005f, 0.004f},
                      {vec3(0.085f, -0.290f, -0.019f), 0.005f, 0.004f},
                      {vec3(0.068f, -0.330f, -0.017f), 0.005f, 0.004f},
                      {vec3(0.046f, -0.362f, -0.013f), 0.004f, 0.0035f}},
                     vec3(1.0f, 0.0f, 0.0f)});
    return musclePart("adductor_magnus", bands, 0.010f, 0.0028f, 3800,
                      with(kBones, with(kBehind, {"obturator_externus", "quadratus_femoris"})));
}

// Gracilis: a thin strap from the body and inferior ramus of the pubis beside the symphysis,
// down the medial side of the thigh (the most medial and superficial adductor), behind the medial
// condyle and forward onto the upper medial tibia in the pes anserinus, above the semitendinosus.
PartSpec gracilis() {
    std::vector<Band> bands = {{{{vec3(0.016f, -0.042f, 0.034f), 0.008f, 0.0030f},
                                 {vec3(0.022f, -0.086f, -0.004f), 0.0105f, 0.0038f},
                                 {vec3(0.028f, -0.161f, -0.040f), 0.0125f, 0.0052f},
                                 {vec3(0.031f, -0.251f, -0.047f), 0.0102f, 0.0047f},
                                 {vec3(0.035f, -0.330f, -0.042f), 0.006f, 0.0040f},
                                 {vec3(0.040f, -0.410f, -0.030f), 0.0035f, 0.0030f},
                                 {vec3(0.050f, -0.452f, -0.006f), 0.0030f, 0.0025f},
                                 {vec3(0.058f, -0.466f, 0.016f), 0.0035f, 0.0020f}},
                                vec3(0.0f, 0.0f, 1.0f)}};
    return musclePart("gracilis", bands, 0.004f, 0.0022f, 1900,
                      with(kBones, with(kBehind, {"adductor_magnus", "adductor_longus",
                                                  "adductor_brevis", "pectineus"})));
}

} // namespace

std::vector<PartSpec> medialThighParts(const Registry& /*registry*/) {
    // Deep to superficial: each later muscle stays outside the earlier ones.
    return {obturatorExternus(), adductorMagnus(), adductorBrevis(),
            pectineus(),         adductorLongus(), gracilis()};
}

} // namespace glutea::meshgen
