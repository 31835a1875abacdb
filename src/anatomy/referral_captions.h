// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The words that go with a referral picture, in the reader's register: patients get one or two
// plain sentences (no Latin, no abbreviations); students and therapists the content's summary and
// what the zones of the trigger point shown cover. A nerve's pattern says how nerve pain differs
// from a trigger point's ache and that it is a reason to see a clinician.
#include <string>
#include <string_view>

#include "anatomy/content.h"

namespace glutea {

enum class CaptionRegister { Patient, Student, Therapist };

// The few words of code in a caption, English unless the caller (the window, with its catalogue)
// passes them translated.
struct CaptionWords {
    std::string essential = "Essential zone: ";
    std::string spillover = "Spillover: ";
};

// `triggerPoint` empty: the whole pattern. The content's words are taken in `language` (English
// where a text has none); the words of code are `words`.
std::string referralCaption(const ReferralPattern& pattern, std::string_view triggerPoint,
                            CaptionRegister reg, std::string_view language = "en",
                            const CaptionWords& words = {});
// How sure the map is, in the register's words ("Reported by clinicians; experts debate it").
std::string referralEvidenceNote(const ReferralPattern& pattern, CaptionRegister reg);
// A trigger point's label: its content name, or "Tender spot N" for patients.
std::string triggerPointLabel(const ReferralPattern& pattern, std::size_t index,
                              CaptionRegister reg, std::string_view language = "en");

} // namespace glutea
