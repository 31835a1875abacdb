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
        // Modelled (the meshes' attachment points, src/meshgen/muscles.cpp, superficial.cpp).
        {"gluteus_maximus",
         {0.036f, 0.05f, -0.084f},
         {0.148f, -0.055f, -0.033f},
         true,
         std::pair{glm::vec3(0.058f, 0.116f, -0.076f), glm::vec3(0.044f, -0.028f, -0.074f)}},
        {"gluteus_medius", {0.110f, 0.077f, -0.008f}, {0.142f, -0.014f, -0.014f}},
        {"gluteus_minimus", {0.100f, 0.055f, -0.005f}, {0.137f, -0.006f, 0.004f}},
        // Where it leaves the pelvis (the greater sciatic notch): the line of pull bends there.
        {"piriformis", {0.068f, 0.036f, -0.054f}, {0.1168f, 0.0065f, -0.0205f}},
        {"gemellus_superior", {0.056f, -0.006f, -0.048f}, {0.114f, -0.007f, -0.026f}},
        {"obturator_internus", {0.060f, -0.020f, -0.050f}, {0.114f, -0.013f, -0.026f}},
        {"gemellus_inferior", {0.062f, -0.033f, -0.044f}, {0.114f, -0.020f, -0.026f}},
        {"quadratus_femoris", {0.068f, -0.049f, -0.040f}, {0.108f, -0.046f, -0.028f}},
        {"tensor_fasciae_latae", {0.127f, 0.079f, 0.048f}, {0.152f, -0.060f, 0.020f}},
        {"biceps_femoris_long_head",
         {0.064f, -0.059f, -0.056f},
         {0.114f, -0.455f, -0.030f},
         true,
         std::nullopt,
         0.35f},
        {"semitendinosus",
         {0.056f, -0.059f, -0.056f},
         {0.058f, -0.475f, 0.012f},
         true,
         std::nullopt,
         0.35f},
        {"semimembranosus",
         {0.064f, -0.051f, -0.050f},
         {0.054f, -0.455f, -0.018f},
         true,
         std::nullopt,
         0.35f},
        // Not modelled yet: points on the same bones (grays_anatomy attachments).
        {"iliacus", {0.075f, 0.100f, 0.010f}, {0.090f, -0.058f, -0.014f}, false},
        {"psoas_major", {0.025f, 0.200f, -0.020f}, {0.090f, -0.058f, -0.014f}, false},
        {"rectus_femoris", {0.110f, 0.045f, 0.045f}, {0.080f, -0.430f, 0.045f}, false},
        {"sartorius", {0.121f, 0.079f, 0.054f}, {0.050f, -0.470f, 0.020f}, false},
        {"adductor_magnus", {0.050f, -0.060f, -0.035f}, {0.045f, -0.365f, -0.010f}, false},
        {"adductor_longus", {0.022f, -0.025f, 0.045f}, {0.100f, -0.200f, -0.012f}, false},
        {"adductor_brevis", {0.025f, -0.040f, 0.035f}, {0.098f, -0.120f, -0.012f}, false},
        {"gracilis", {0.012f, -0.050f, 0.035f}, {0.050f, -0.470f, 0.010f}, false},
        {"pectineus", {0.040f, -0.005f, 0.045f}, {0.092f, -0.070f, -0.010f}, false},
        {"obturator_externus", {0.035f, -0.035f, 0.015f}, {0.112f, -0.012f, -0.022f}, false},
    };
    return lines;
}

} // namespace glutea
