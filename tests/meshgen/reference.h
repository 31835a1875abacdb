// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The Visible Human Female lower-limb surfaces of ../shared/anatomy-reference, read at run time
// for comparison only (numbers; nothing of them enters the project), converted to the atlas frame
// as its LANDMARKS.md says: metres, +X left, +Y up, +Z anterior, origin midway between the hip
// joint centres (least-squares sphere fits of the femoral-head cartilage).
#include "meshgen/mesh.h"

#include <map>
#include <string>

namespace glutea::meshgen::test {

struct Reference {
    glm::dvec3 hipL{0.0}, hipR{0.0}; // hip joint centres
    glm::dvec3 knee{0.0};            // left: centroid of the distal femoral cartilage
    glm::dvec3 ankle{0.0};           // left: centroid of the tibia's lowest centimetre
    double hipWidth = 0;             // |hipL - hipR|
    double femur = 0;                // |knee - hipL|
    double shank = 0;                // |ankle - knee|
    // Left-side muscles by atlas id (only those with an atlas id in CONVENTIONS.md).
    std::map<std::string, Mesh> muscles;
};

// The reference folder (../shared/anatomy-reference/visible-human-denver next to the repository).
std::string referenceDir();
// Loaded once; nullptr when the folder is absent (tests then skip, visibly).
const Reference* reference();

// Least-squares sphere through the points; returns the centre.
glm::dvec3 sphereCentre(const std::vector<glm::vec3>& points);
// Volume centroid and volume of a closed, outward-facing mesh.
glm::dvec3 volumeCentroid(const Mesh& mesh, double* volume = nullptr);
// Centroid of the vertices within `band` of the lowest one (the end of a bone).
glm::dvec3 lowestBandCentroid(const Mesh& mesh, double band);

} // namespace glutea::meshgen::test
