// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The handout's own words (report/handout_words.h) in the reader's language, from the window's
// string catalogue (assets/i18n/LANG.json): each English text is its key, as tr() looks it up.
#include <string>

#include "report/handout_words.h"
#include "ui/translate.h"

namespace glutea {

// In the window's language (tr()): the chairside story's texts.
HandoutWords handoutWords();
// From `catalogue` (English where it has no entry): `glutea handout --lang`, which reads the
// catalogue itself rather than switch the process's language.
HandoutWords handoutWords(const UiCatalogue& catalogue);

} // namespace glutea
