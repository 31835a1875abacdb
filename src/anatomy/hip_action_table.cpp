// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// The muscle-action tables (issue 12): which muscles produce each hip movement (agonists) and which
// oppose it (antagonists), and every muscle's line of pull. Data, kept in one place.
// Sources (content/sources.json): grays_anatomy (Gray's Anatomy, 42nd ed., the hip and gluteal
// region; the `action` fields of content/structures.json say the same), magee_2014 (Magee,
// Orthopedic Physical Assessment: ranges of motion), and for the piriformis's reversal Delp et al.
// 1999 (J Biomech 32:493-501, rotation moment arms change sign with hip flexion) as summarised in
// grays_anatomy ("laterally rotates the extended hip; abducts the flexed hip").
// Lines of pull are the meshes' own attachment points (src/meshgen: Rajagopal2016 / Gait2392 path
// points in the atlas frame), left side; muscles not modelled yet (inModel false) take points on
// the same bones from the same references.
#include "anatomy/hip_action.h"

namespace glutea {

const std::vector<HipActionDef>& hipActions() {
    // Peaks: about three quarters of the normal active range (magee_2014: flexion 110-120 with the
    // knee bent, about 90 with it straight as here; extension 10-15; abduction 30-50; adduction 30;
    // internal rotation 30-40; external rotation 40-60), so the leg never passes through the other.
    static const std::vector<HipActionDef> actions = {
        {"hip_extension",
         "Hip extension",
         "The thigh swings backward behind the body, the knee straight.",
         {-20.0f, 0.0f, 0.0f},
         {"gluteus_maximus", "biceps_femoris_long_head", "semitendinosus", "semimembranosus",
          "adductor_magnus"},
         {"iliacus", "psoas_major", "rectus_femoris", "tensor_fasciae_latae", "sartorius"},
         "grays_anatomy"},
        {"hip_flexion",
         "Hip flexion",
         "The straight leg lifts forward, the thigh toward the belly.",
         {75.0f, 0.0f, 0.0f},
         {"iliacus", "psoas_major", "rectus_femoris", "tensor_fasciae_latae", "sartorius",
          "pectineus", "adductor_longus"},
         {"gluteus_maximus", "biceps_femoris_long_head", "semitendinosus", "semimembranosus"},
         "grays_anatomy"},
        {"hip_abduction",
         "Hip abduction",
         "The leg swings out to the side, away from the midline.",
         {0.0f, 35.0f, 0.0f},
         {"gluteus_medius", "gluteus_minimus", "tensor_fasciae_latae", "gluteus_maximus",
          "piriformis", "sartorius"},
         {"adductor_magnus", "adductor_longus", "adductor_brevis", "gracilis", "pectineus"},
         "grays_anatomy"},
        // In front of the other leg (a little flexion), as it is examined: straight across, the
        // legs would meet.
        {"hip_adduction",
         "Hip adduction",
         "The leg swings in across the midline, a little forward so it passes in front of the "
         "other.",
         {20.0f, -15.0f, 0.0f},
         {"adductor_magnus", "adductor_longus", "adductor_brevis", "gracilis", "pectineus"},
         {"gluteus_medius", "gluteus_minimus", "tensor_fasciae_latae", "piriformis"},
         "grays_anatomy"},
        {"hip_internal_rotation",
         "Hip internal rotation",
         "The thigh turns inward about its long axis: the kneecap and foot turn toward the other "
         "leg.",
         {0.0f, 0.0f, 35.0f},
         {"gluteus_minimus", "gluteus_medius", "tensor_fasciae_latae"},
         {"piriformis", "obturator_internus", "gemellus_superior", "gemellus_inferior",
          "quadratus_femoris", "obturator_externus", "gluteus_maximus", "sartorius"},
         "grays_anatomy"},
        {"hip_external_rotation",
         "Hip external rotation",
         "The thigh turns outward about its long axis: the kneecap and foot turn away from the "
         "midline.",
         {0.0f, 0.0f, -40.0f},
         {"piriformis", "obturator_internus", "gemellus_superior", "gemellus_inferior",
          "quadratus_femoris", "obturator_externus", "gluteus_maximus", "sartorius"},
         {"gluteus_minimus", "gluteus_medius", "tensor_fasciae_latae"},
         "grays_anatomy"},
        // The reversal: with the hip flexed past about 60 degrees the piriformis's line of pull
        // passes to the other side of the femur's long axis, and the external rotator of the
        // standing hip turns the flexed thigh inward (its role comes from the geometry, roleIn).
        // The small rotators below it stay external rotators (Delp 1999).
        {"piriformis_reversal",
         "Piriformis reversal",
         "The straight leg lifts forward to 90 degrees, then the thigh turns inward: past about 60 "
         "degrees of flexion the piriformis turns it inward instead of outward.",
         {90.0f, 0.0f, 30.0f},
         {"piriformis", "gluteus_minimus", "gluteus_medius", "tensor_fasciae_latae"},
         {"quadratus_femoris", "obturator_internus", "gemellus_superior", "gemellus_inferior",
          "obturator_externus"},
         "grays_anatomy",
         true},
    };
    return actions;
}

const std::vector<MuscleLine>& muscleLines() {
    static const std::vector<MuscleLine> lines = {
        // Modelled: the meshes' attachment points (src/meshgen/muscles.cpp, superficial.cpp),
        // carried
        // into the atlas frame by meshgen/proportions (toAtlas), as the meshes are.
        {"gluteus_maximus",
         {0.0436f, 0.0500f, -0.0840f},
         {0.1680f, -0.0546f, -0.0330f},
         true,
         std::pair{glm::vec3(0.0701f, 0.1160f, -0.0760f), glm::vec3(0.0533f, -0.0280f, -0.0740f)}},
        {"gluteus_medius", {0.1289f, 0.0770f, -0.0080f}, {0.1620f, -0.0140f, -0.0140f}},
        {"gluteus_minimus", {0.1181f, 0.0550f, -0.0050f}, {0.1570f, -0.0060f, 0.0040f}},
        // Where it leaves the pelvis (the greater sciatic notch): the line of pull bends there.
        {"piriformis", {0.0819f, 0.0360f, -0.0540f}, {0.1365f, 0.0065f, -0.0205f}},
        {"gemellus_superior", {0.0689f, -0.0060f, -0.0480f}, {0.1336f, -0.0070f, -0.0260f}},
        {"obturator_internus", {0.0728f, -0.0200f, -0.0500f}, {0.1335f, -0.0130f, -0.0260f}},
        {"gemellus_inferior", {0.0751f, -0.0330f, -0.0440f}, {0.1334f, -0.0200f, -0.0260f}},
        {"quadratus_femoris", {0.0819f, -0.0488f, -0.0400f}, {0.1268f, -0.0459f, -0.0280f}},
        {"tensor_fasciae_latae", {0.1468f, 0.0790f, 0.0480f}, {0.1720f, -0.0595f, 0.0200f}},
        {"biceps_femoris_long_head",
         {0.0772f, -0.0585f, -0.0560f},
         {0.1204f, -0.4266f, -0.0300f},
         true,
         std::nullopt,
         0.35f},
        {"semitendinosus",
         {0.0677f, -0.0585f, -0.0560f},
         {0.0620f, -0.4446f, 0.0120f},
         true,
         std::nullopt,
         0.35f},
        {"semimembranosus",
         {0.0772f, -0.0507f, -0.0500f},
         {0.0578f, -0.4266f, -0.0180f},
         true,
         std::nullopt,
         0.35f},
        // Modelled (src/meshgen/front_thigh.cpp): the iliacus from the middle of its fossa (on the
        // model's ilium, not the pelvic cavity 2 cm medial of it), the psoas from its belly beside
        // the lumbar spine at the same height as before; rectus femoris and sartorius run down the
        // whole thigh and follow the femur below their upper third, as the hamstrings do.
        {"iliacus", {0.1160f, 0.1000f, 0.0000f}, {0.1071f, -0.0575f, -0.0140f}},
        {"psoas_major", {0.0430f, 0.2000f, -0.0430f}, {0.1071f, -0.0575f, -0.0140f}},
        {"rectus_femoris",
         {0.1289f, 0.0450f, 0.0450f},
         {0.0853f, -0.4039f, 0.0450f},
         true,
         std::nullopt,
         0.35f},
        {"sartorius",
         {0.1406f, 0.0790f, 0.0540f},
         {0.0535f, -0.4401f, 0.0200f},
         true,
         std::nullopt,
         0.35f},
        // Modelled: the medial thigh's attachment points (src/meshgen/medial_thigh.cpp). The
        // magnus arises along the ischiopubic ramus to the tuberosity; it and the gracilis lie
        // along the femur below their upper part and follow it there, as the hamstrings do.
        {"adductor_magnus",
         {0.0629f, -0.0604f, -0.0220f},
         {0.0429f, -0.3502f, -0.0120f},
         true,
         std::pair{glm::vec3(0.0291f, -0.0517f, 0.0220f), glm::vec3(0.0701f, -0.0614f, -0.0340f)},
         0.35f},
        {"adductor_longus", {0.0254f, -0.0200f, 0.0580f}, {0.1042f, -0.1809f, -0.0130f}},
        {"adductor_brevis", {0.0266f, -0.0380f, 0.0400f}, {0.1130f, -0.1009f, -0.0130f}},
        {"gracilis",
         {0.0194f, -0.0419f, 0.0340f},
         {0.0620f, -0.4365f, 0.0160f},
         true,
         std::nullopt,
         0.35f},
        {"pectineus", {0.0484f, 0.0030f, 0.0460f}, {0.1092f, -0.0691f, -0.0100f}},
        {"obturator_externus", {0.0461f, -0.0300f, 0.0060f}, {0.1283f, -0.0200f, -0.0280f}},
    };
    return lines;
}

} // namespace glutea
