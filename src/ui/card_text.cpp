// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/card_text.h"

#include "ui/info_card.h"
#include "ui/info_card_rows.h"
#include "ui/translate.h"

namespace glutea {

namespace {

// The card's own words in the window's language.
std::string words(const char* english) {
    return tr(english);
}

std::string statementText(const Content& content, const Statement& s, Audience audience,
                          const std::string& language) {
    const Source* source = content.findSource(s.source);
    const std::string citation = source ? source->citation : s.source;
    return s.text.get(language) + "\n  (" + words(evidenceLabel(s.evidence, audience)) + ": " +
           citation + ")\n";
}

} // namespace

std::string cardAsText(const Atlas& atlas, const Content* content, int part, Audience audience) {
    const std::string& language = uiLanguage();
    if (part < 0 || part >= static_cast<int>(atlas.parts.size())) {
        return words("No structure selected.") + "\n";
    }
    const StructurePart& p = atlas.parts[std::size_t(part)];
    const StructureDef& def = atlas.structureOf(p);
    const StructureInfo* info = content ? content->findStructure(def.id) : nullptr;
    std::string text = (info ? info->name.get(language) : def.displayName) + "\n";
    if (info && !info->latin.empty()) {
        text += info->latin + "\n";
    }
    if (p.side != Side::None) {
        text += words(p.side == Side::Left ? "Left side" : "Right side") + "\n";
    }
    if (!info) {
        return text + "\n" + words("No card for this structure in the atlas's content.") + "\n";
    }
    const char* headings[] = {"", "Anatomy", "Clinical notes"};
    int section = -1;
    for (const CardRow& row : infoCardRows(*info, audience)) {
        const int s = static_cast<int>(row.section);
        if (s != section) {
            section = s;
            text += std::string("\n") + (*headings[s] ? words(headings[s]) + "\n" : "");
        }
        if (!row.heading.empty()) {
            text += words(row.heading.c_str()) + ": ";
        }
        text += statementText(*content, *row.statement, audience, language);
    }
    return text;
}

} // namespace glutea
