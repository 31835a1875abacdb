// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// Calf: soleus (deep) and gastrocnemius (two heads, superficial), joining into the calcaneal
// (Achilles) tendon on the back of the calcaneus.
//
// Written in the atlas frame (atlas_frame.h): the cross-sections follow the Visible Human Female's
// calf, measured at 2 cm steps relative to its knee-to-ankle axis and carried onto the model's
// axis, then moved back where the model's bones and tibial nerve need the room (the deep flexors,
// not modelled, lie between them and the soleus). Sizes are those of the model's other muscles
// (about 0.6 of the reference's volumes).
#include "meshgen/atlas_frame.h"
#include "meshgen/foot.h"
#include "meshgen/muscle_util.h"

namespace glutea::meshgen {
namespace {
using glm::vec3;

// What the calf muscles lie on or beside, built before them; ids another part of the model adds
// (the medial and front thigh) are listed too, so that their tendons at the knee stay clear.
const std::vector<std::string> kBeneath = {"femur",
                                           "tibia",
                                           "fibula",
                                           "foot_bones",
                                           "tibial_nerve",
                                           "common_fibular_nerve",
                                           "semimembranosus",
                                           "semitendinosus",
                                           "biceps_femoris_long_head",
                                           "biceps_femoris_short_head",
                                           "gracilis",
                                           "sartorius",
                                           "adductor_magnus",
                                           "vastus_medialis",
                                           "vastus_lateralis",
                                           "popliteus"};

// Back of the calcaneal tuberosity, the middle of its posterior surface (measured on the
// reference calcaneus; foot_bones.cpp places the bone the same way).
vec3 tendonInsertion() {
    return footPoint(vec3(0.016f, -0.781f, -0.082f));
}

PartSpec soleus() {
    const vec3 x(1.0f, 0.0f, 0.0f);
    std::vector<Band> bands;
    // Main belly: from the back of the fibular head and the tendinous arch, broad and flat behind
    // the deep compartment (and the tibial nerve), narrowing to fibres that end on the calcaneal
    // tendon a few cm above the heel.
    bands.push_back({{{vec3(0.107f, -0.428f, -0.036f), 0.006f, 0.004f},
                      {vec3(0.096f, -0.445f, -0.047f), 0.017f, 0.0075f},
                      {vec3(0.088f, -0.468f, -0.054f), 0.024f, 0.0095f},
                      {vec3(0.082f, -0.500f, -0.057f), 0.026f, 0.011f},
                      {vec3(0.078f, -0.535f, -0.058f), 0.025f, 0.011f},
                      {vec3(0.074f, -0.570f, -0.057f), 0.020f, 0.010f},
                      {vec3(0.072f, -0.605f, -0.056f), 0.013f, 0.008f},
                      {vec3(0.071f, -0.640f, -0.055f), 0.008f, 0.0055f},
                      {vec3(0.071f, -0.665f, -0.055f), 0.005f, 0.0035f}},
                     x});
    // Tibial part: from the soleal line on the back of the tibia, down along its medial border
    // (medial to the tibial nerve), into the belly: with the fibular part it makes the muscle
    // hollow in front, around the deep compartment.
    bands.push_back({{{vec3(0.084f, -0.446f, -0.020f), 0.004f, 0.004f},
                      {vec3(0.068f, -0.475f, -0.024f), 0.007f, 0.007f},
                      {vec3(0.061f, -0.515f, -0.028f), 0.009f, 0.010f},
                      {vec3(0.061f, -0.560f, -0.036f), 0.009f, 0.010f},
                      {vec3(0.066f, -0.600f, -0.046f), 0.007f, 0.006f}},
                     x});
    // Fibular part: down the back of the upper third of the fibula.
    bands.push_back({{{vec3(0.113f, -0.440f, -0.030f), 0.005f, 0.005f},
                      {vec3(0.108f, -0.480f, -0.032f), 0.008f, 0.008f},
                      {vec3(0.101f, -0.530f, -0.036f), 0.008f, 0.008f},
                      {vec3(0.092f, -0.575f, -0.046f), 0.007f, 0.005f}},
                     x});
    // Calcaneal tendon: the common tendon of the two muscles, on the back of the soleus's lower
    // part (where the gastrocnemius's aponeurosis fuses with it), narrowest about 4 cm above the
    // heel and widening onto the tuberosity of the calcaneus.
    const vec3 ins = tendonInsertion();
    bands.push_back({{{vec3(0.073f, -0.620f, -0.066f), 0.010f, 0.0038f},
                      {vec3(0.072f, -0.665f, -0.063f), 0.0075f, 0.004f},
                      {vec3(0.071f, -0.715f, -0.058f), 0.0068f, 0.004f},
                      {ins + vec3(0.0f, 0.026f, -0.006f), 0.008f, 0.004f},
                      {ins + vec3(0.0f, 0.0f, 0.002f), 0.010f, 0.004f}},
                     x});
    PartSpec s = musclePart("soleus", bands, 0.008f, 0.003f, 3000, kBeneath);
    return atlasFramed(s);
}

PartSpec gastrocnemius() {
    const vec3 x(1.0f, 0.0f, 0.0f);
    // Width directions of the bellies' cross-sections: the medial head curls forward on the
    // inner side of the calf, the lateral head a little on the outer side.
    const vec3 curlMedial = glm::normalize(vec3(1.0f, 0.0f, -0.9f));
    const vec3 curlLateral = glm::normalize(vec3(1.0f, 0.0f, 0.3f));
    std::vector<Band> bands;
    // Medial head: from the back of the femur above the medial condyle, the larger and lower head,
    // forming the inner bulge of the calf.
    bands.push_back(
        {{{vec3(0.063f, -0.352f, -0.015f), 0.008f, 0.005f},
          {vec3(0.064f, -0.376f, -0.041f), 0.014f, 0.011f},
          {vec3(0.062f, -0.405f, -0.053f), 0.018f, 0.0125f, curlMedial * 0.5f + x * 0.5f},
          {vec3(0.059f, -0.440f, -0.056f), 0.022f, 0.0125f, curlMedial},
          {vec3(0.057f, -0.475f, -0.058f), 0.022f, 0.0115f, curlMedial},
          {vec3(0.058f, -0.505f, -0.062f), 0.018f, 0.0095f, curlMedial},
          {vec3(0.063f, -0.535f, -0.070f), 0.012f, 0.0065f, curlMedial * 0.5f + x * 0.5f},
          {vec3(0.068f, -0.555f, -0.075f), 0.007f, 0.0035f}},
         x});
    // Lateral head: from the outer surface of the lateral condyle, shorter and thinner, deep to
    // the common fibular nerve at the knee.
    bands.push_back({{{vec3(0.110f, -0.372f, -0.030f), 0.006f, 0.005f},
                      {vec3(0.105f, -0.392f, -0.045f), 0.010f, 0.008f},
                      {vec3(0.100f, -0.420f, -0.057f), 0.014f, 0.009f},
                      {vec3(0.096f, -0.455f, -0.067f), 0.016f, 0.009f, curlLateral},
                      {vec3(0.093f, -0.490f, -0.073f), 0.015f, 0.0075f, curlLateral},
                      {vec3(0.087f, -0.520f, -0.076f), 0.011f, 0.005f},
                      {vec3(0.081f, -0.540f, -0.078f), 0.007f, 0.0035f}},
                     x});
    // The heads' aponeurosis on the back of the soleus, fusing with the calcaneal tendon.
    bands.push_back({{{vec3(0.072f, -0.530f, -0.078f), 0.018f, 0.0035f},
                      {vec3(0.072f, -0.570f, -0.0745f), 0.013f, 0.0033f},
                      {vec3(0.072f, -0.605f, -0.0705f), 0.009f, 0.003f}},
                     x});
    PartSpec s =
        musclePart("gastrocnemius", bands, 0.008f, 0.003f, 4000, with(kBeneath, {"soleus"}));
    return atlasFramed(s);
}

} // namespace

std::vector<PartSpec> legMuscleParts(const Registry& /*registry*/) {
    // Soleus first: the gastrocnemius, built after it, stays outside it.
    return {soleus(), gastrocnemius()};
}

} // namespace glutea::meshgen
