// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The handout's texts from the content, in the patient register: the muscle's patient text, the
// routine's steps with their dosage, the cautions, every red flag and the sources with evidence
// labels in plain words. Pictures are left empty (app/handout renders them).
#include <string>
#include <vector>

#include "anatomy/content.h"
#include "anatomy/structure.h"
#include "report/handout.h"
#include "report/handout_words.h"

namespace glutea {

struct HandoutSubject {
    std::string structureId; // the likely muscle (or nerve), may be empty
    Side side = Side::Left;
    const Routine* routine = nullptr;         // what helps, may be null
    std::vector<std::string> otherStructures; // further matches of the painted area
};

// The routine for a muscle when none was asked for: one whose steps work on it, a self-help one
// first; null when none does.
const Routine* routineForStructure(const Content& content, const std::string& structureId);
// The muscle a routine is about when none was asked for: the first step's muscle that has a
// referral pattern; empty when none has.
std::string structureForRoutine(const Content& content, const Routine& routine);

// An evidence label as a patient reads it, in `words`.
std::string plainEvidence(Evidence evidence, const HandoutWords& words);

// The content's texts in `language` (English where one has none), the handout's own in `words`.
Handout handoutTexts(const Content& content, const HandoutSubject& subject,
                     const std::string& language = "en", const HandoutWords& words = {});

} // namespace glutea
