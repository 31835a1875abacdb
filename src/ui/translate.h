// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The window's words in the reader's language. Strings in the code stay English and are the keys
// of a catalogue (assets/i18n/LANG.json, docs/CONTENT-FORMAT.md "UI strings"), as gettext's msgids
// are: tr("File") is "Archivo" when Spanish is on, and "File" wherever the catalogue has no entry,
// so a missing or half-done catalogue never leaves a blank.
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace glutea {

// The languages the window offers, each named in its own language (the menu lists them so).
struct UiLanguage {
    const char* code;
    const char* name;
};
inline constexpr UiLanguage kUiLanguages[] = {{"en", "English"}, {"es", "Español"}};
bool isUiLanguage(std::string_view code);

using UiCatalogue = std::unordered_map<std::string, std::string>; // English -> translation

// Parses a catalogue file's text; throws glutea::Error naming `file`, the place and what was
// expected (an object {"format": "glutea-ui-catalogue", "language": L, "strings": {...}} whose
// strings are all text). `language` must match the file's "language".
UiCatalogue parseUiCatalogue(std::string_view text, const std::string& file,
                             std::string_view language);

// Switches the window's language: content texts are picked in `language` (uiLanguage()) and tr()
// looks strings up in `catalogue`. English needs no catalogue.
void setUiLanguage(const std::string& language, UiCatalogue catalogue = {});
const std::string& uiLanguage(); // "en" until set

// The translation of `english` in the current language, or `english` itself. The pointer stays
// valid until the next setUiLanguage (ImGui copies labels within the frame).
const char* tr(const char* english);
std::string tr(const std::string& english);
// tr(english) used as a printf format and filled in: trf("View saved to %s", path.c_str()). The
// compiler checks the arguments against the English, and the catalogue keeps the placeholders.
std::string trf(const char* english, ...) __attribute__((format(printf, 1, 2)));
// A window title or popup id: tr(english) shown, `english` kept as its ImGui id ("Estructuras###
// Structures"), so a window stays the same window whatever the language; plain `english` in
// English.
std::string trTitle(const char* english);

// The catalogue's keys that no call site asks for are not an error: a catalogue may run ahead of
// the code. These are the keys `english` looked up this run that had no entry (for tests).
std::vector<std::string> untranslatedLookups();

} // namespace glutea
