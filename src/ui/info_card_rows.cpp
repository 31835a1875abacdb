// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/info_card_rows.h"

#include "anatomy/structure_facts.h"

namespace glutea {

std::vector<CardRow> infoCardRows(const StructureInfo& info, Audience audience) {
    std::vector<CardRow> rows;
    if (auto it = info.texts.find(audienceId(audience)); it != info.texts.end()) {
        rows.push_back({CardSection::Summary, "", &it->second});
    }
    if (audience == Audience::Patient) {
        for (const auto& note : info.patientNotes) {
            rows.push_back({CardSection::Summary, "", &note});
        }
    }
    for (const auto& fact : kStructureFacts) {
        if (auto it = info.facts.find(std::string(fact.key)); it != info.facts.end()) {
            rows.push_back({CardSection::Anatomy, std::string(fact.heading), &it->second});
        }
    }
    for (const auto& s : info.clinical) {
        rows.push_back({CardSection::Clinical, "", &s});
    }
    return rows;
}

} // namespace glutea
