// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// "Copy card as text" (Ctrl+Shift+C, or the card's button): the structure's card as plain text,
// in the order the card shows it, with each statement's evidence and source, for a screen reader
// or a note. Sections collapsed on the card are copied too.
#include <string>

#include "anatomy/atlas.h"
#include "anatomy/content.h"
#include "ui/settings.h"

namespace glutea {

// `content` may be null; `part` out of range says no structure is selected. In the window's
// language (ui/translate): the content's texts where they have it (English where one has none),
// the card's own words (headings, sides) through the catalogue.
std::string cardAsText(const Atlas& atlas, const Content* content, int part, Audience audience);

} // namespace glutea
