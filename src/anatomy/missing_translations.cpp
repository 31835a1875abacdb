// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "anatomy/missing_translations.h"

#include <algorithm>

#include "anatomy/content_loader.h"
#include "anatomy/content_reader.h"

namespace glutea {

namespace {

bool isLocalizedText(const nlohmann::json& value) {
    if (!value.is_object() || !value.contains("en")) {
        return false;
    }
    return std::all_of(value.items().begin(), value.items().end(),
                       [](const auto& item) { return isLanguageCode(item.key()); });
}

bool isEmptyText(const nlohmann::json& value) {
    if (value.is_string()) {
        return value.get_ref<const std::string&>().empty();
    }
    return value.is_array() ? value.empty() : true;
}

void walk(const JsonDocument& doc, const nlohmann::json& value, const std::string& pointer,
          const std::string& language, const std::string& name, MissingTranslations& out) {
    if (isLocalizedText(value)) {
        ++out.textsPerFile[name];
        const auto it = value.find(language);
        if (it == value.end() || isEmptyText(*it)) {
            ++out.perFile[name];
            out.missing.push_back({doc.file, doc.locations.find(pointer),
                                   "no \"" + language + "\" translation (English is shown)",
                                   pointer});
        }
        return;
    }
    if (value.is_object()) {
        for (const auto& [key, item] : value.items()) {
            walk(doc, item, appendPointer(pointer, key), language, name, out);
        }
    } else if (value.is_array()) {
        for (std::size_t i = 0; i < value.size(); ++i) {
            walk(doc, value[i], appendPointer(pointer, i), language, name, out);
        }
    }
}

} // namespace

MissingTranslations findMissingTranslations(const std::filesystem::path& contentDir,
                                            const std::string& language) {
    MissingTranslations out;
    for (const auto& name : contentFileNames()) {
        const auto path = contentDir / name;
        if (!std::filesystem::exists(path)) {
            continue; // optional files; the validator reports required ones
        }
        auto doc = readJsonDocument(path, path.string(), out.unreadable);
        if (doc) {
            walk(*doc, doc->root, "", language, name, out);
        }
    }
    return out;
}

std::vector<std::string> missingTranslationReport(const std::filesystem::path& contentDir,
                                                  const std::string& language) {
    const MissingTranslations t = findMissingTranslations(contentDir, language);
    std::vector<std::string> lines;
    for (const auto& m : t.missing) {
        lines.push_back(m.format());
    }
    const std::string quoted = "\"" + language + "\"";
    for (const auto& [file, total] : t.textsPerFile) {
        const auto it = t.perFile.find(file);
        const int missing = it == t.perFile.end() ? 0 : it->second;
        lines.push_back((contentDir / file).string() + ": " + std::to_string(missing) + " of " +
                        std::to_string(total) + " texts have no " + quoted + " translation");
    }
    lines.push_back(std::to_string(t.missing.size()) + " texts have no " + quoted +
                    " translation: English is shown in their place. Missing translations are "
                    "not errors; alone they leave the exit status 0.");
    return lines;
}

} // namespace glutea
