// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "app/settings_file.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>

#include <nlohmann/json.hpp>

#include "base/file_write.h"
#include "base/xdg_paths.h"
#include "ui/translate.h"

namespace glutea {

std::filesystem::path settingsFile() {
    if (const char* dir = std::getenv("GLUTEA_CONFIG_DIR")) {
        return std::filesystem::path(dir) / "settings.json";
    }
    return xdgAppDir(XdgDir::Config) / "settings.json";
}

UiSettings loadSettings(const std::filesystem::path& file, std::string* warning) {
    UiSettings settings;
    auto warn = [&](const std::string& reason) {
        if (warning) {
            *warning = file.string() + ": " + reason + "; using the default settings";
        }
        return settings;
    };
    std::error_code ec;
    const auto status = std::filesystem::status(file, ec);
    if (!std::filesystem::exists(status)) {
        return ec && ec != std::errc::no_such_file_or_directory && ec != std::errc::not_a_directory
                   ? warn("cannot read the settings: " + ec.message())
                   : settings; // first run: nothing saved yet
    }
    if (std::filesystem::is_directory(status)) {
        return warn("cannot read the settings: it is a folder, not a file");
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        return warn(std::string("cannot read the settings: ") + std::strerror(errno));
    }
    // Settings are written by Glutea and are small; a huge file is not ours.
    std::string text(64 * 1024, '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<std::size_t>(in.gcount()));
    // Preferences are not worth an error dialog: whatever cannot be read keeps its default.
    const auto json = nlohmann::json::parse(text, nullptr, false);
    if (!json.is_object()) {
        return warn("the settings are not a JSON object");
    }
    if (json.contains("audience") && json["audience"].is_string()) {
        settings.audience = parseAudience(json["audience"].get<std::string>());
    }
    if (json.contains("text_scale") && json["text_scale"].is_number()) {
        const double scale = json["text_scale"].get<double>();
        settings.textScale =
            std::isfinite(scale) ? static_cast<float>(std::clamp(scale, 0.8, 2.0)) : 1.0f;
    }
    if (json.contains("high_contrast") && json["high_contrast"].is_boolean()) {
        settings.highContrast = json["high_contrast"].get<bool>();
    }
    if (json.contains("reduced_motion") && json["reduced_motion"].is_boolean()) {
        settings.reducedMotion = json["reduced_motion"].get<bool>();
    }
    if (json.contains("clinic_name") && json["clinic_name"].is_string()) {
        settings.clinicName = json["clinic_name"].get<std::string>();
    }
    // Older files have no language (English); a language this build does not offer is ignored.
    if (json.contains("language") && json["language"].is_string() &&
        isUiLanguage(json["language"].get<std::string>())) {
        settings.language = json["language"].get<std::string>();
    }
    if (json.contains("atlas") && json["atlas"].is_string()) {
        settings.atlas = json["atlas"].get<std::string>();
    }
    return settings;
}

void saveSettings(const std::filesystem::path& file, const UiSettings& settings) {
    writeFileAtomically(file,
                        nlohmann::json{{"audience", audienceId(settings.audience)},
                                       {"text_scale", settings.textScale},
                                       {"high_contrast", settings.highContrast},
                                       {"reduced_motion", settings.reducedMotion},
                                       {"clinic_name", settings.clinicName},
                                       {"language", settings.language},
                                       {"atlas", settings.atlas}}
                                .dump(2) +
                            "\n",
                        "settings");
}

} // namespace glutea
