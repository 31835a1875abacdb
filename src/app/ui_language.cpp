// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "app/ui_language.h"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <vector>

#include "app/asset_paths.h"
#include "base/error.h"
#include "ui/translate.h"

namespace glutea {

std::filesystem::path findUiCatalogue(const std::string& language) {
    std::vector<std::filesystem::path> dirs;
    if (const char* env = std::getenv("GLUTEA_I18N")) {
        dirs.emplace_back(env);
    }
    for (auto& dir : defaultAssetDirs("i18n")) {
        dirs.push_back(std::move(dir));
    }
    for (const auto& dir : dirs) {
        const auto file = dir / (language + ".json");
        if (std::filesystem::is_regular_file(file)) {
            return file.lexically_normal();
        }
    }
    return {};
}

std::vector<std::string> uiLanguageCodes() {
    std::vector<std::string> codes;
    for (const UiLanguage& l : kUiLanguages) {
        codes.emplace_back(l.code);
    }
    return codes;
}

UiCatalogue readUiCatalogue(const std::string& language) {
    const auto file = findUiCatalogue(language);
    if (file.empty()) {
        throw Error("no catalogue of strings for \"" + language + "\" (assets/i18n/" + language +
                    ".json)");
    }
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in) {
        throw Error(file.string() + ": cannot be read");
    }
    return parseUiCatalogue(text.str(), file.string(), language);
}

std::optional<std::string> applyUiLanguage(const std::string& language) {
    if (language == "en" || language.empty()) {
        setUiLanguage("en");
        return std::nullopt;
    }
    setUiLanguage(language); // the content's texts switch even if the strings cannot
    if (!isUiLanguage(language)) {
        return "language \"" + language + "\": the window's strings exist in English and Spanish " +
               "(en, es); the content's texts are shown in it where the content has them";
    }
    try {
        setUiLanguage(language, readUiCatalogue(language));
    } catch (const Error& e) {
        return std::string(e.what()) + "; the window's strings stay in English";
    }
    return std::nullopt;
}

} // namespace glutea
