// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The words around the content's texts in the reader's language, from the window's string
// catalogue (assets/i18n/LANG.json): the handout's (report/handout_words.h) and a playing
// technique's (anatomy/technique_text.h). Each English text is its key, as tr() looks it up.
#include <string>

#include "report/handout_words.h"
#include "ui/translate.h"

namespace glutea {

// In the window's language (tr()): the chairside story's texts.
HandoutWords handoutWords();
// From `catalogue` (English where it has no entry): `glutea handout --lang`, which reads the
// catalogue itself rather than switch the process's language.
HandoutWords handoutWords(const UiCatalogue& catalogue);
// In the window's language (tr()): the technique panel's lines.
PlacementWords placementWords();

} // namespace glutea
