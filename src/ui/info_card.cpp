// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/info_card.h"

#include <algorithm>
#include <string>

#include <imgui.h>

#include "ui/info_card_rows.h"
#include "ui/referral_panel.h"
#include "ui/technique_panel.h"
#include "ui/translate.h"

namespace glutea {

namespace {

// The statement's text, then a small line saying where it comes from.
void statement(const Content& content, const Statement& s, Audience audience) {
    ImGui::TextWrapped("%s", s.text.get(uiLanguage()).c_str());
    const Source* source = content.findSource(s.source);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("%s: %s", tr(evidenceLabel(s.evidence, audience)),
                       source ? source->citation.c_str() : s.source.c_str());
    ImGui::PopStyleColor();
}

void relatedConditions(const Content& content, const std::string& id, Audience audience) {
    std::vector<const Condition*> conditions;
    for (const auto& c : content.conditions) {
        for (const auto& s : c.relatedStructures) {
            if (s == id) {
                conditions.push_back(&c);
                break;
            }
        }
    }
    if (!conditions.empty() && ImGui::CollapsingHeader(tr("Related conditions"))) {
        for (const Condition* c : conditions) {
            ImGui::BulletText("%s", c->name.get(uiLanguage()).c_str());
            if (ImGui::IsItemHovered()) {
                ImGui::BeginTooltip();
                ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24.0f);
                // "what" is the clinician's definition; patients read the condition's own
                // patient text.
                const Statement* plain = findRegister(c->texts, "patient");
                statement(content, audience == Audience::Patient && plain ? *plain : c->what,
                          audience);
                ImGui::PopTextWrapPos();
                ImGui::EndTooltip();
            }
        }
    }
}

} // namespace

const char* evidenceLabel(Evidence evidence, Audience audience) {
    const bool plain = audience == Audience::Patient;
    switch (evidence) {
    case Evidence::Anatomy:
        return plain ? "Textbook anatomy" : "anatomy";
    case Evidence::ClinicalObservation:
        return plain ? "What clinicians have observed (debated)" : "clinical observation";
    case Evidence::PractitionerAdvice:
        return plain ? "Advice from massage practitioners" : "practitioner advice";
    case Evidence::Safety:
        break;
    }
    return plain ? "Safety advice" : "safety";
}

void drawInfoCard(const Atlas& atlas, const Content* content, int partIndex, Audience audience,
                  CardRequests& requests) {
    if (partIndex < 0 || partIndex >= static_cast<int>(atlas.parts.size())) {
        ImGui::TextWrapped("%s",
                           tr("Click a structure, pick it in the list, or search for it to see its "
                              "card here."));
        return;
    }
    const StructurePart& part = atlas.parts[partIndex];
    const StructureDef& def = atlas.structureOf(part);
    const StructureInfo* info = content ? content->findStructure(def.id) : nullptr;
    ImGui::PushFont(nullptr);
    ImGui::SetWindowFontScale(1.25f);
    ImGui::TextWrapped("%s", info ? info->name.get(uiLanguage()).c_str() : def.displayName.c_str());
    ImGui::SetWindowFontScale(1.0f);
    ImGui::PopFont();
    const char* side = part.side == Side::Left    ? tr("left side")
                       : part.side == Side::Right ? tr("right side")
                                                  : "";
    if (info && !info->latin.empty()) {
        ImGui::TextDisabled("%s%s%s", info->latin.c_str(), *side ? "  |  " : "", side);
    } else if (*side) {
        ImGui::TextDisabled("%s", side);
    }
    ImGui::Separator();
    if (!info) {
        ImGui::TextWrapped("%s", tr("No card for this structure in the atlas's content."));
        return;
    }
    const std::vector<CardRow> rows = infoCardRows(*info, audience);
    auto any = [&rows](CardSection section) {
        return std::any_of(rows.begin(), rows.end(),
                           [section](const CardRow& row) { return row.section == section; });
    };
    for (const auto& row : rows) {
        if (row.section == CardSection::Summary) {
            statement(*content, *row.statement, audience);
        }
    }
    const ImGuiTreeNodeFlags open =
        audience != Audience::Patient ? ImGuiTreeNodeFlags_DefaultOpen : 0;
    if (ImGui::CollapsingHeader(tr("Anatomy"), open)) {
        for (const auto& row : rows) {
            if (row.section == CardSection::Anatomy) {
                ImGui::TextUnformatted(tr(row.heading.c_str()));
                ImGui::Indent();
                statement(*content, *row.statement, audience);
                ImGui::Unindent();
            }
        }
    }
    if (any(CardSection::Clinical) && ImGui::CollapsingHeader(tr("Clinical notes"), open)) {
        for (const auto& row : rows) {
            if (row.section == CardSection::Clinical) {
                ImGui::Bullet();
                ImGui::Indent();
                statement(*content, *row.statement, audience);
                ImGui::Unindent();
            }
        }
    }
    relatedConditions(*content, def.id, audience);
    drawCardReferral(*content, def.id, audience, requests);
    drawCardTechniques(*content, def.id, audience, requests);
}

} // namespace glutea
