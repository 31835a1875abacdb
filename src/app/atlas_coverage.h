// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// What an atlas lacks of the structures and landmarks docs/CONVENTIONS.md names, and which content
// features that turns off: a real segmented atlas (Visible Human, BodyParts3D) rarely has a skin, a
// sciatic nerve or every bony landmark. `glutea validate` prints these as notes; they are not
// problems (the atlas loads and shows what it has).
#include <filesystem>
#include <string>
#include <vector>

#include "anatomy/atlas.h"

namespace glutea {

// One line each, "FILE: note: ...". `contentDir` is the content the features are judged by: the
// atlas's own content/ if it has one, else the default atlas's (what the user would pair it with);
// empty or missing: only the structure and landmark lines.
std::vector<std::string> atlasCoverageNotes(const Atlas& atlas,
                                            const std::filesystem::path& contentDir);
// The same, judged by the atlas's content/ or else the default atlas's.
std::vector<std::string> atlasCoverageNotes(const Atlas& atlas);

} // namespace glutea
