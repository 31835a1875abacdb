// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Pieces of the content loader shared by its files (content_loader.cpp, content_loader_more.cpp):
// the register texts every kind of content may carry, routines' screening questions, and the
// loaders of the newer files (clinical_tests.json, self_care.json).
#include <nlohmann/json.hpp>

#include "anatomy/content.h"
#include "anatomy/content_reader.h"

namespace glutea {

// "texts": {"patient": statement, "student": statement, "therapist": statement}. Each register
// is optional here; the validator says which content must have a patient text.
RegisterTexts readRegisterTexts(ContentReader& r, const nlohmann::json& object,
                                const std::string& pointer, bool required = false);
std::vector<ScreeningQuestionContent> readScreening(ContentReader& r, const nlohmann::json& object,
                                                    const std::string& pointer);
void loadClinicalTests(ContentReader& r, const nlohmann::json& root, Content& c);
void loadSelfCare(ContentReader& r, const nlohmann::json& root, Content& c);
// The envelope every content file shares: an object with "format_version": 1.
bool readContentEnvelope(ContentReader& r, const nlohmann::json& root,
                         std::initializer_list<std::string_view> allowed);

} // namespace glutea
