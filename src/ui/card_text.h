// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// "Copy card as text" (Ctrl+Shift+C, or the card's button): the structure's card as plain text,
// in the order the card shows it, with each statement's evidence and source, for a screen reader
// or a note. Sections collapsed on the card are copied too.
#include <string>
#include <string_view>

#include "anatomy/atlas.h"
#include "anatomy/content.h"
#include "ui/settings.h"

namespace glutea {

// `content` may be null; `part` out of range says no structure is selected. The content's texts
// are taken in `language` (English where one has none) and the card's own words (headings, sides)
// through `translate` (the window passes tr, with uiLanguage()); English without one.
using CardTranslator = const char* (*)(const char* english);
std::string cardAsText(const Atlas& atlas, const Content* content, int part, Audience audience,
                       std::string_view language = "en", CardTranslator translate = nullptr);

} // namespace glutea
