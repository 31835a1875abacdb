// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "render/section_colors.h"

#include <map>
#include <string>

#include "base/skin_id.h"
#include "render/palette.h"

namespace glutea {

namespace {
glm::vec3 hex(unsigned rgb) {
    return glm::vec3((rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255) / 255.0f;
}
} // namespace

glm::vec3 sectionColorSrgb(const StructureDef& structure) {
    static const std::map<std::string, unsigned> colors = {
        {kSkinId, 0xE8D6A0},
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
        // Round 2 of the model: each far enough from every other cut colour to tell apart.
        {"iliacus", 0xDF2066},
        {"psoas_major", 0xBD9875},
        {"rectus_femoris", 0xDF2023},
        {"vastus_lateralis", 0x9C1619},
        {"vastus_medialis", 0xDF5620},
        {"vastus_intermedius", 0xE64C8C},
        {"sartorius", 0xBD7593},
        {"adductor_magnus", 0xB31952},
        {"adductor_longus", 0xE64C57},
        {"adductor_brevis", 0x861343},
        {"gracilis", 0xB36319},
        {"pectineus", 0xD18161},
        {"obturator_externus", 0xC6395F},
        {"gastrocnemius", 0x863413},
        {"soleus", 0xC93C1D},
        {"quadratus_lumborum", 0xE23C36},
        {"erector_spinae", 0x8A6542},
        {"sacrotuberous_ligament", 0xB6ACA5},
        {"sacrospinous_ligament", 0xC3BFB6},
        {"sacroiliac_joint", 0xC6BD95},
        {"foot_bones", 0xF1ECC6},
        {"lumbar_vertebrae", 0xEDE6B6},
        {"superior_gluteal_nerve", 0xF9F906},
        {"inferior_gluteal_nerve", 0xE2B55A},
        {"posterior_femoral_cutaneous_nerve", 0xFAFA42},
        {"pudendal_nerve", 0xF9A806},
    };
    auto it = colors.find(structure.id);
    return it != colors.end() ? hex(it->second) : kindColorSrgb(structure.kind);
}

} // namespace glutea
