// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "anatomy/convention_ids.h"

#include "anatomy/content_validator.h"
#include "anatomy/structure.h"

namespace glutea {

KnownIds conventionIds() {
    KnownIds ids;
    ids.structures = {"skin",
                      "gluteus_maximus",
                      "tensor_fasciae_latae",
                      "iliotibial_tract",
                      "gluteus_medius",
                      "gluteus_minimus",
                      "piriformis",
                      "gemellus_superior",
                      "obturator_internus",
                      "gemellus_inferior",
                      "quadratus_femoris",
                      "biceps_femoris_long_head",
                      "semitendinosus",
                      "semimembranosus",
                      "sciatic_nerve",
                      "tibial_nerve",
                      "common_fibular_nerve",
                      "hip_bone",
                      "sacrum",
                      "coccyx",
                      "femur",
                      "tibia",
                      "fibula"};
    // The model's round-2 structures, also the content that an older or a user's atlas may lack.
    ids.structures.insert(plannedStructureIds().begin(), plannedStructureIds().end());
    const char* paired[] = {"hip_joint_centre",
                            "asis",
                            "psis",
                            "iliac_crest_top",
                            "iliac_tubercle",
                            "iliac_crest_posterior",
                            "greater_sciatic_notch",
                            "ischial_spine",
                            "ischial_tuberosity",
                            "pubic_tubercle",
                            "greater_trochanter",
                            "greater_trochanter_lateral",
                            "lesser_trochanter",
                            "gluteal_tuberosity",
                            "femoral_lateral_epicondyle",
                            "femoral_medial_epicondyle",
                            "popliteal_fossa",
                            "lateral_malleolus",
                            "medial_malleolus",
                            "sciatic_exit",
                            "sacral_border_upper",
                            "sacral_border_lower"};
    for (const char* id : paired) {
        for (Side side : {Side::Left, Side::Right}) {
            ids.landmarks.insert(std::string(id) + std::string(conventionSideSuffix(side)));
        }
    }
    for (const char* id :
         {"sacral_base", "sacral_apex", "coccyx_tip", "l5_spinous", "pubic_symphysis"}) {
        ids.landmarks.insert(id);
    }
    return ids;
}

} // namespace glutea
