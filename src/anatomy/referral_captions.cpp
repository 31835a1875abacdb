// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "anatomy/referral_captions.h"

namespace glutea {

namespace {

const char* registerKey(CaptionRegister reg) {
    switch (reg) {
    case CaptionRegister::Patient:
        return "patient";
    case CaptionRegister::Student:
        return "student";
    case CaptionRegister::Therapist:
        break;
    }
    return "therapist";
}

// The pattern's text in a register (referral.json "texts"), or empty.
std::string registerText(const ReferralPattern& pattern, CaptionRegister reg,
                         std::string_view language) {
    auto it = pattern.texts.find(registerKey(reg));
    return it == pattern.texts.end() ? std::string() : it->second.text.get(language);
}

std::string zonesOf(const ReferralPattern& pattern, std::string_view triggerPoint,
                    std::string_view language, const CaptionWords& words) {
    std::string essential, spillover;
    for (const auto& z : pattern.zones) {
        bool fed = triggerPoint.empty();
        for (const auto& id : z.fromTriggerPoints) {
            fed |= id == triggerPoint;
        }
        if (!fed) {
            continue;
        }
        std::string& list = z.kind == ZoneKind::Essential ? essential : spillover;
        list += (list.empty() ? "" : " ") + z.description.text.get(language);
    }
    std::string text;
    if (!essential.empty()) {
        text += words.essential + essential;
    }
    if (!spillover.empty()) {
        text += (text.empty() ? "" : " ") + words.spillover + spillover;
    }
    return text;
}

const TriggerPoint* findTriggerPoint(const ReferralPattern& pattern, std::string_view id) {
    for (const auto& tp : pattern.triggerPoints) {
        if (tp.id == id) {
            return &tp;
        }
    }
    return nullptr;
}

} // namespace

std::string referralCaption(const ReferralPattern& pattern, std::string_view triggerPoint,
                            CaptionRegister reg, std::string_view language,
                            const CaptionWords& words) {
    // Every caption's words are content (referral.json "texts"): the patient's is the caption
    // itself; students and therapists get the summary (or the trigger point's zones) followed by
    // their register's note.
    if (reg == CaptionRegister::Patient) {
        std::string text = registerText(pattern, reg, language);
        return text.empty() ? pattern.summary.text.get(language) : text;
    }
    std::string text;
    if (const TriggerPoint* tp = findTriggerPoint(pattern, triggerPoint)) {
        text = tp->name.get(language) + ". " + zonesOf(pattern, triggerPoint, language, words);
    } else {
        text = pattern.summary.text.get(language);
    }
    if (const std::string note = registerText(pattern, reg, language); !note.empty()) {
        text += " " + note;
    }
    return text;
}

std::string referralEvidenceNote(const ReferralPattern& pattern, CaptionRegister reg) {
    const bool neural = pattern.kind != "myofascial";
    if (reg == CaptionRegister::Patient) {
        return neural ? "The nerve's path is textbook anatomy."
                      : "These maps come from what clinicians have seen in their patients; "
                        "experts still debate them.";
    }
    return neural ? "Nerve course: anatomy (Gray's Anatomy)."
                  : "Referral map: clinical observation (Travell & Simons), debated; palpation "
                    "agreement between examiners is limited.";
}

std::string triggerPointLabel(const ReferralPattern& pattern, std::size_t index,
                              CaptionRegister reg, std::string_view language) {
    if (index >= pattern.triggerPoints.size()) {
        return {};
    }
    if (reg == CaptionRegister::Patient) {
        return "Tender spot " + std::to_string(index + 1);
    }
    return pattern.triggerPoints[index].name.get(language);
}

} // namespace glutea
