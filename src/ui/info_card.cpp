// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/info_card.h"

#include <string>

#include <imgui.h>

#include "ui/referral_panel.h"
#include "ui/technique_panel.h"

namespace glutea {

namespace {

const char* const kFactOrder[] = {"origin", "insertion", "action",    "innervation", "blood_supply",
                                  "course", "relations", "landmarks", "function"};

std::string factTitle(const std::string& key) {
    std::string title = key;
    for (auto& c : title) {
        c = c == '_' ? ' ' : c;
    }
    title[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(title[0])));
    return title;
}

const Source* findSource(const Content& content, const std::string& id) {
    for (const auto& s : content.sources) {
        if (s.id == id) {
            return &s;
        }
    }
    return nullptr;
}

// The statement's text, then a small line saying where it comes from.
void statement(const Content& content, const Statement& s, Audience audience) {
    ImGui::TextWrapped("%s", s.text.get().c_str());
    const Source* source = findSource(content, s.source);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("%s: %s", evidenceLabel(s.evidence, audience),
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
    if (!conditions.empty() && ImGui::CollapsingHeader("Related conditions")) {
        for (const Condition* c : conditions) {
            ImGui::BulletText("%s", c->name.get().c_str());
            if (ImGui::IsItemHovered()) {
                ImGui::BeginTooltip();
                ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24.0f);
                statement(content, c->what, audience);
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
        ImGui::TextWrapped("Click a structure, pick it in the list, or search for it to see its "
                           "card here.");
        return;
    }
    const StructurePart& part = atlas.parts[partIndex];
    const StructureDef& def = atlas.structureOf(part);
    const StructureInfo* info = content ? content->findStructure(def.id) : nullptr;
    ImGui::PushFont(nullptr);
    ImGui::SetWindowFontScale(1.25f);
    ImGui::TextWrapped("%s", info ? info->name.get().c_str() : def.displayName.c_str());
    ImGui::SetWindowFontScale(1.0f);
    ImGui::PopFont();
    const char* side = part.side == Side::Left    ? "left side"
                       : part.side == Side::Right ? "right side"
                                                  : "";
    if (info && !info->latin.empty()) {
        ImGui::TextDisabled("%s%s%s", info->latin.c_str(), *side ? "  |  " : "", side);
    } else if (*side) {
        ImGui::TextDisabled("%s", side);
    }
    ImGui::Separator();
    if (!info) {
        ImGui::TextWrapped("No card for this structure in the atlas's content.");
        return;
    }
    if (auto it = info->texts.find(audienceId(audience)); it != info->texts.end()) {
        statement(*content, it->second, audience);
    }
    if (audience == Audience::Patient) {
        for (const auto& note : info->patientNotes) { // separately labelled plain-words claims
            statement(*content, note, audience);
        }
    }
    const bool open = audience != Audience::Patient;
    if (ImGui::CollapsingHeader("Anatomy", open ? ImGuiTreeNodeFlags_DefaultOpen : 0)) {
        for (const char* key : kFactOrder) {
            if (auto it = info->facts.find(key); it != info->facts.end()) {
                ImGui::TextUnformatted(factTitle(key).c_str());
                ImGui::Indent();
                statement(*content, it->second, audience);
                ImGui::Unindent();
            }
        }
    }
    if (!info->clinical.empty() &&
        ImGui::CollapsingHeader("Clinical notes", open ? ImGuiTreeNodeFlags_DefaultOpen : 0)) {
        for (const auto& s : info->clinical) {
            ImGui::Bullet();
            ImGui::Indent();
            statement(*content, s, audience);
            ImGui::Unindent();
        }
    }
    relatedConditions(*content, def.id, audience);
    drawCardReferral(*content, def.id, audience, requests);
    drawCardTechniques(*content, def.id, audience, requests);
}

} // namespace glutea
