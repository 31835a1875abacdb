// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/translate.h"

#include <algorithm>
#include <cstdarg>
#include <cstdio>
#include <set>

#include <nlohmann/json.hpp>

#include "base/error.h"

namespace glutea {

namespace {

// One window, one language at a time: the panels all read the same table.
struct UiLanguageState {
    std::string language = "en";
    UiCatalogue catalogue;
    std::set<std::string> missing;
};

UiLanguageState& state() {
    static UiLanguageState s;
    return s;
}

} // namespace

bool isUiLanguage(std::string_view code) {
    return std::any_of(std::begin(kUiLanguages), std::end(kUiLanguages),
                       [&](const UiLanguage& l) { return code == l.code; });
}

UiCatalogue parseUiCatalogue(std::string_view text, const std::string& file,
                             std::string_view language) {
    const auto json = nlohmann::json::parse(text, nullptr, false);
    if (json.is_discarded()) {
        throw Error(file + ": not valid JSON");
    }
    if (!json.is_object()) {
        throw Error(file + ": a UI catalogue must be a JSON object");
    }
    for (const auto& [key, value] : json.items()) {
        if (key != "$comment" && key != "format" && key != "language" && key != "name" &&
            key != "strings") {
            throw Error(file + ": unknown field \"" + key +
                        "\" (a catalogue has format, language, name, strings, $comment)");
        }
    }
    if (!json.contains("format") || !json["format"].is_string() ||
        json["format"].get<std::string>() != "glutea-ui-catalogue") {
        throw Error(file + ": /format must be \"glutea-ui-catalogue\"");
    }
    if (!json.contains("language") || !json["language"].is_string() ||
        json["language"].get<std::string>() != language) {
        throw Error(file + ": /language must be \"" + std::string(language) + "\"");
    }
    if (!json.contains("strings") || !json["strings"].is_object()) {
        throw Error(file + ": /strings must be an object of English text to its translation");
    }
    UiCatalogue out;
    for (const auto& [english, translated] : json["strings"].items()) {
        if (!translated.is_string()) {
            throw Error(file + ": /strings/" + english + " must be a string");
        }
        out.emplace(english, translated.get<std::string>());
    }
    return out;
}

void setUiLanguage(const std::string& language, UiCatalogue catalogue) {
    UiLanguageState& s = state();
    s.language = language.empty() ? "en" : language;
    s.catalogue = std::move(catalogue);
    s.missing.clear();
}

const std::string& uiLanguage() {
    return state().language;
}

const char* tr(const char* english) {
    UiLanguageState& s = state();
    if (s.language == "en" || *english == '\0') {
        return english; // nothing to translate in an empty label either
    }
    const auto it = s.catalogue.find(english);
    if (it == s.catalogue.end()) {
        s.missing.insert(english);
        return english;
    }
    return it->second.c_str();
}

std::string tr(const std::string& english) {
    return tr(english.c_str());
}

std::string trf(const char* english, ...) {
    const char* format = tr(english);
    std::va_list args;
    va_start(args, english);
    std::va_list again;
    va_copy(again, args);
    const int size = std::vsnprintf(nullptr, 0, format, args);
    va_end(args);
    std::string out(size > 0 ? std::size_t(size) : 0u, '\0');
    if (size > 0) {
        std::vsnprintf(out.data(), out.size() + 1, format, again);
    }
    va_end(again);
    return out;
}

std::string trTitle(const char* english) {
    if (uiLanguage() == "en") {
        return english;
    }
    return std::string(tr(english)) + "###" + english;
}

std::vector<std::string> untranslatedLookups() {
    return {state().missing.begin(), state().missing.end()};
}

} // namespace glutea
