// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "render/section_colors.h"

#include <map>
#include <string>

#include "render/palette.h"

namespace glutea {

namespace {
glm::vec3 hex(unsigned rgb) {
    return glm::vec3((rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255) / 255.0f;
}
} // namespace

glm::vec3 sectionColorSrgb(const StructureDef& structure) {
    static const std::map<std::string, unsigned> colors = {
        {"skin", 0xE8D6A0},
        {"gluteus_maximus", 0xB5403A},
        {"gluteus_medius", 0xC8664A},
        {"gluteus_minimus", 0x9A3B5C},
        {"piriformis", 0xE0903A},
        {"tensor_fasciae_latae", 0xC45A6E},
        {"iliotibial_tract", 0xD8D0C0},
        {"gemellus_superior", 0xA8573A},
        {"obturator_internus", 0x8E4A2E},
        {"gemellus_inferior", 0xB86B4B},
        {"quadratus_femoris", 0x7F3A3A},
        {"biceps_femoris_long_head", 0xA34848},
        {"semitendinosus", 0xB35A5A},
        {"semimembranosus", 0x8C3F4F},
        {"sciatic_nerve", 0xF2D024},
        {"tibial_nerve", 0xE8C020},
        {"common_fibular_nerve", 0xF5E060},
        {"hip_bone", 0xF4F0E4},
        {"sacrum", 0xE6DAB8},
        {"coccyx", 0xDCCFAA},
        {"femur", 0xF2EAD6},
        {"tibia", 0xE9E0C8},
        {"fibula", 0xE0D6BC},
    };
    auto it = colors.find(structure.id);
    return it != colors.end() ? hex(it->second) : kindColorSrgb(structure.kind);
}

} // namespace glutea
