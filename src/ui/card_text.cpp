// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/card_text.h"

#include "ui/info_card.h"
#include "ui/info_card_rows.h"

namespace glutea {

namespace {

std::string statementText(const Content& content, const Statement& s, Audience audience) {
    std::string citation = s.source;
    for (const auto& source : content.sources) {
        if (source.id == s.source) {
            citation = source.citation;
        }
    }
    return s.text.get() + "\n  (" + evidenceLabel(s.evidence, audience) + ": " + citation + ")\n";
}

} // namespace

std::string cardAsText(const Atlas& atlas, const Content* content, int part, Audience audience) {
    if (part < 0 || part >= static_cast<int>(atlas.parts.size())) {
        return "No structure selected.\n";
    }
    const StructurePart& p = atlas.parts[std::size_t(part)];
    const StructureDef& def = atlas.structureOf(p);
    const StructureInfo* info = content ? content->findStructure(def.id) : nullptr;
    std::string text = (info ? info->name.get() : def.displayName) + "\n";
    if (info && !info->latin.empty()) {
        text += info->latin + "\n";
    }
    if (p.side != Side::None) {
        text += p.side == Side::Left ? "Left side\n" : "Right side\n";
    }
    if (!info) {
        return text + "\nNo card for this structure in the atlas's content.\n";
    }
    const char* headings[] = {"", "Anatomy", "Clinical notes"};
    int section = -1;
    for (const CardRow& row : infoCardRows(*info, audience)) {
        const int s = static_cast<int>(row.section);
        if (s != section) {
            section = s;
            text += std::string("\n") + (*headings[s] ? std::string(headings[s]) + "\n" : "");
        }
        if (!row.heading.empty()) {
            text += row.heading + ": ";
        }
        text += statementText(*content, *row.statement, audience);
    }
    return text;
}

} // namespace glutea
