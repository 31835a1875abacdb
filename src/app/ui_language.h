// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Finding and loading the window's string catalogue (assets/i18n/LANG.json) for a language.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "ui/translate.h"

namespace glutea {

// The catalogue file of `language`: $GLUTEA_I18N/LANG.json, else installed beside the atlas
// (<datadir>/glutea/i18n), beside the binary, or in the source tree. Empty when none exists.
std::filesystem::path findUiCatalogue(const std::string& language);

// The codes of kUiLanguages ("en", "es"): what --lang accepts.
std::vector<std::string> uiLanguageCodes();

// The catalogue of `language` (findUiCatalogue) read and parsed, without switching the window's
// language: what `glutea handout --lang` prints its words from. Throws glutea::Error saying which
// file is missing, unreadable or wrong.
UiCatalogue readUiCatalogue(const std::string& language);

// Switches the window to `language` (ui/translate.h). A language without a readable catalogue
// still switches the content's texts; its strings stay English and the problem is returned, to
// be shown (the window keeps running).
std::optional<std::string> applyUiLanguage(const std::string& language);

} // namespace glutea
