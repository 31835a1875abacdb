// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "meshgen/landmarks.h"

#include "base/error.h"

#include <algorithm>

namespace glutea::meshgen {
namespace {

struct Entry {
    const char* id;
    const char* name;
    const char* structure; // bare structure id
    bool paired;
    glm::vec3 left; // left side (x >= 0) or midline
};

// Numbers measured from ../shared/anatomy-reference (facts only): the MyoSim/Rajagopal2016 hip
// bone, sacrum and femur meshes and muscle path points, converted to the atlas frame with
// (x, y, z)_atlas = (-z, y + 0.07849, x + 0.056276) for the right side (hip centre of
// Rajagopal2016) and mirrored in x for the left. Hip centres 0.1545 m apart. Lower-leg points
// (malleoli) follow a tibia of 0.37 m (standard proportion: tibia ~ 0.86 x femur), since no
// reference covers the leg.
// These are design-frame positions: the atlas carries them, with every structure, through the
// proportions map of proportions.h (hip centres then 0.195 m apart, femur and shank shorter).
const Entry kEntries[] = {
    {"hip_joint_centre", "Hip joint centre", "femur", true, {0.0773f, 0.0f, 0.0f}},
    {"asis", "Anterior superior iliac spine", "hip_bone", true, {0.121f, 0.079f, 0.054f}},
    {"psis", "Posterior superior iliac spine", "hip_bone", true, {0.040f, 0.094f, -0.080f}},
    {"iliac_crest_top",
     "Highest point of the iliac crest",
     "hip_bone",
     true,
     {0.080f, 0.158f, -0.022f}},
    {"iliac_tubercle", "Tubercle of the iliac crest", "hip_bone", true, {0.131f, 0.118f, 0.026f}},
    {"iliac_crest_posterior", "Posterior iliac crest", "hip_bone", true, {0.062f, 0.146f, -0.054f}},
    {"greater_sciatic_notch", "Greater sciatic notch", "hip_bone", true, {0.078f, 0.044f, -0.030f}},
    {"ischial_spine", "Ischial spine", "hip_bone", true, {0.054f, -0.006f, -0.052f}},
    {"ischial_tuberosity", "Ischial tuberosity", "hip_bone", true, {0.058f, -0.055f, -0.046f}},
    {"pubic_tubercle", "Pubic tubercle", "hip_bone", true, {0.024f, -0.012f, 0.052f}},
    {"greater_trochanter", "Greater trochanter (tip)", "femur", true, {0.124f, 0.004f, -0.020f}},
    {"greater_trochanter_lateral",
     "Greater trochanter (lateral surface)",
     "femur",
     true,
     {0.140f, -0.018f, -0.008f}},
    {"lesser_trochanter", "Lesser trochanter", "femur", true, {0.090f, -0.058f, -0.014f}},
    {"gluteal_tuberosity", "Gluteal tuberosity", "femur", true, {0.122f, -0.100f, -0.016f}},
    {"femoral_lateral_epicondyle",
     "Lateral epicondyle of the femur",
     "femur",
     true,
     {0.120f, -0.395f, -0.004f}},
    {"femoral_medial_epicondyle",
     "Medial epicondyle of the femur",
     "femur",
     true,
     {0.036f, -0.395f, -0.004f}},
    // The fossa itself, behind the knee at the level of its crease (just above the joint line),
    // between the femoral condyles, where the tibial nerve crosses it. (The sciatic nerve divides
    // higher, at its apex: nerves.cpp.)
    {"popliteal_fossa", "Popliteal fossa", "tibial_nerve", true, {0.078f, -0.418f, -0.047f}},
    {"lateral_malleolus", "Lateral malleolus", "fibula", true, {0.112f, -0.800f, -0.016f}},
    {"medial_malleolus", "Medial malleolus", "tibia", true, {0.050f, -0.785f, 0.004f}},
    {"sciatic_exit",
     "Sciatic nerve exit below the piriformis",
     "sciatic_nerve",
     true,
     {0.076f, -0.004f, -0.064f}},
    {"sacral_base", "Sacral promontory", "sacrum", false, {0.0f, 0.112f, -0.012f}},
    {"sacral_border_upper",
     "Lateral border of the sacrum at S1",
     "sacrum",
     true,
     {0.046f, 0.098f, -0.052f}},
    {"sacral_border_lower",
     "Lateral border of the sacrum at S4",
     "sacrum",
     true,
     {0.026f, 0.050f, -0.084f}},
    {"sacral_apex", "Apex of the sacrum", "sacrum", false, {0.0f, 0.030f, -0.090f}},
    {"coccyx_tip", "Tip of the coccyx", "coccyx", false, {0.0f, 0.000f, -0.078f}},
    // Over the tip of the lowest spinous process (spine.cpp), below the crests' line (Tuffier's
    // line crosses L4/L5).
    {"l5_spinous", "Spinous process of L5", "skin", false, {0.0f, 0.148f, -0.100f}},
    {"pubic_symphysis",
     "Pubic symphysis (upper border)",
     "hip_bone",
     false,
     {0.0f, -0.004f, 0.056f}},
};

} // namespace

glm::vec3 landmarkLeft(const std::string& bareId) {
    for (const auto& e : kEntries) {
        if (bareId == e.id) {
            return e.left;
        }
    }
    throw Error("meshgen: unknown landmark id '" + bareId + "'");
}

std::vector<Landmark> atlasLandmarks() {
    std::vector<Landmark> out;
    for (const auto& e : kEntries) {
        if (!e.paired) {
            out.push_back({e.id, e.name, e.structure, e.left, e.left});
            continue;
        }
        const std::string structure = std::string(e.structure);
        out.push_back({std::string(e.id) + "_l", std::string(e.name) + " (left)",
                       structure == "skin" ? structure : structure + "_l", e.left, e.left});
        const glm::vec3 r(-e.left.x, e.left.y, e.left.z);
        out.push_back({std::string(e.id) + "_r", std::string(e.name) + " (right)",
                       structure == "skin" ? structure : structure + "_r", r, r});
    }
    std::sort(out.begin(), out.end(),
              [](const Landmark& a, const Landmark& b) { return a.id < b.id; });
    return out;
}

} // namespace glutea::meshgen
