// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The reader's preferences, remembered between runs: the register of the info card, text size and
// contrast for chairside reading.
#include <string>

namespace glutea {

enum class Audience { Patient, Student, Therapist };
// Each audience's id (settings, --audience, content "texts") and its Audience menu entry: the one
// table of them.
struct AudienceName {
    Audience audience;
    const char* id;
    const char* menuLabel;
};
inline constexpr AudienceName kAudiences[] = {
    {Audience::Patient, "patient", "Patient (plain words)"},
    {Audience::Student, "student", "Student (anatomy terms)"},
    {Audience::Therapist, "therapist", "Therapist (placement, dosage)"},
};
const char* audienceId(Audience audience);     // "patient", "student", "therapist"
Audience parseAudience(const std::string& id); // unknown: Patient

struct UiSettings {
    Audience audience = Audience::Patient;
    float textScale = 1.0f; // 0.8 .. 2.0
    bool highContrast = false;
    bool reducedMotion = false; // animations replaced by their complete still pictures
    std::string clinicName;     // printed at the top of the patient handout; empty: none
    // The window's strings and the content's texts are in it (ui/translate.h); "en", "es".
    std::string language = "en";
    // The atlas folder last opened with File > Open atlas; empty: the default places
    // (app/asset_paths).
    std::string atlas;
};

} // namespace glutea
