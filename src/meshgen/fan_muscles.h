// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Gluteus medius and minimus: sheets lying on the gluteal surface of the ilium (on the bone, or on
// the layer beneath), converging through swept bands onto the greater trochanter.
#include "meshgen/muscle_util.h"

namespace glutea::meshgen {

struct IliacFan {
    std::string id;
    std::vector<std::string> bed;    // structures the sheet lies on (their union)
    std::vector<glm::vec2> regionYZ; // origin area seen from the side, (y, z)
    float thickness;                 // sheet thickness inside the area
    float ramp;                      // distance over which it thins to nothing at the border
    std::vector<Band> bands;         // the converging part, origin area -> insertion
    glm::vec3 insertion;             // fibres point toward it
    float step;
    size_t targetTriangles;
    std::vector<std::string> outsideOf;
    // Radius over which the bed is averaged (0: the sheet follows every bump of its bed). The sheet
    // then rests on the smoothed bed, never thinner than `minCover` of its thickness over a bump.
    float smoothRadius = 0.0f;
    float minCover = 0.6f;
};

PartSpec iliacFanPart(const Registry& registry, const IliacFan& fan);

} // namespace glutea::meshgen
