// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Plain words for patients: the one list of words a patient text must not use (anatomy Latin,
// direction terms, clinicians' shorthand) and the checks every patient text passes: no such word,
// short sentences. The validator applies them to all patient texts of the content; other features
// that write for patients (the handout) test their text against the same list.
#include <string>
#include <string_view>
#include <vector>

namespace glutea {

// Lower-case words and phrases. A word matches at the start of a word and may continue
// ("trochanter" also catches "trochanteric"); phrases match as written.
const std::vector<std::string>& patientJargon();

// The longest sentence a patient text may have, in words.
constexpr std::size_t kMaxPatientSentenceWords = 25;

// What is wrong with `text` as patient text, one message each: "uses the word \"femoral\"",
// "a sentence has 31 words (at most 25)". Empty when it reads plainly.
std::vector<std::string>
plainLanguageProblems(std::string_view text,
                      std::size_t maxSentenceWords = kMaxPatientSentenceWords);

} // namespace glutea
