// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// Structures the content describes that an atlas may lack (docs/CONVENTIONS.md).
#include "anatomy/content_validator.h"

namespace glutea {

const std::set<std::string, std::less<>>& plannedStructureIds() {
    // docs/CONVENTIONS.md, "Content for structures a model may lack" (the model issue's ids).
    static const std::set<std::string, std::less<>> ids = {"iliacus",
                                                           "psoas_major",
                                                           "rectus_femoris",
                                                           "vastus_lateralis",
                                                           "vastus_medialis",
                                                           "vastus_intermedius",
                                                           "sartorius",
                                                           "adductor_magnus",
                                                           "adductor_longus",
                                                           "adductor_brevis",
                                                           "gracilis",
                                                           "pectineus",
                                                           "obturator_externus",
                                                           "gastrocnemius",
                                                           "soleus",
                                                           "foot_bones",
                                                           "lumbar_vertebrae",
                                                           "sacroiliac_joint",
                                                           "sacrotuberous_ligament",
                                                           "sacrospinous_ligament",
                                                           "quadratus_lumborum",
                                                           "erector_spinae",
                                                           "superior_gluteal_nerve",
                                                           "inferior_gluteal_nerve",
                                                           "posterior_femoral_cutaneous_nerve",
                                                           "pudendal_nerve"};
    return ids;
}

std::vector<std::string> structuresAheadOfModel(const Content& content, const KnownIds& ids) {
    std::vector<std::string> out;
    for (const auto& s : content.structures) {
        if (!ids.hasStructure(s.id) && plannedStructureIds().count(s.id) > 0) {
            out.push_back(s.id);
        }
    }
    return out;
}

} // namespace glutea
