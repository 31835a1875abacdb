// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The whole default atlas: every structure mesh (both sides) and the landmarks.
#include "meshgen/landmarks.h"
#include "meshgen/mesh.h"

#include <string>
#include <vector>

namespace glutea::meshgen {

struct Structure {
    std::string node; // node name, e.g. "gluteus_maximus_l"
    std::string id;   // structure id, e.g. "gluteus_maximus"
    std::string kind; // bone, muscle, nerve, skin, other
    Mesh mesh;
};

struct Atlas {
    std::vector<Structure> structures; // sorted by node name
    std::vector<Landmark> landmarks;   // sorted by id, skin points filled
};

// Builds everything; `log` (optional) receives one progress line per structure.
Atlas buildAtlas(void (*log)(const std::string&) = nullptr);

} // namespace glutea::meshgen
