// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The validator's rules about the words of the content (docs/CONTENT-FORMAT.md, "Validation"):
// every kind of content a patient reads has a patient text, and every patient-facing text reads
// plainly (anatomy/content_plain_language.h) and stays short; routines name their red flags and
// screening questions point at red flags; and the text agrees with the data: hold times a
// technique's words give are the hold times of its placements, and the body tools its steps name
// are among its tools.
#include <string>
#include <string_view>
#include <vector>

#include "anatomy/content.h"
#include "anatomy/content_validator.h"
#include "anatomy/json_source.h"

namespace glutea {

std::vector<ContentProblem> checkContentTexts(const Content& content,
                                              const ValidationOptions& options);

// The problem of a patient text longer than options.maxPatientWords, "" when it is short enough:
// one rule for the structures' texts (counted by the validator in every language) and the others'.
std::string patientLengthProblem(std::string_view text, const ValidationOptions& options);

} // namespace glutea
