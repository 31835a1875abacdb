#include "app/settings_file.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>

#include <nlohmann/json.hpp>

#include "base/file_write.h"
#include "base/xdg_paths.h"

namespace glutea {

std::filesystem::path settingsFile() {
    if (const char* dir = std::getenv("GLUTEA_CONFIG_DIR")) {
        return std::filesystem::path(dir) / "settings.json";
    }
    return xdgAppDir(XdgDir::Config) / "settings.json";
}

UiSettings loadSettings(const std::filesystem::path& file) {
    UiSettings settings;
    std::ifstream in(file);
    if (!in) {
        return settings;
    }
    // Preferences are not worth an error dialog: whatever cannot be read keeps its default.
    const auto json = nlohmann::json::parse(in, nullptr, false);
    if (!json.is_object()) {
        return settings;
    }
    if (json.contains("audience") && json["audience"].is_string()) {
        settings.audience = parseAudience(json["audience"].get<std::string>());
    }
    if (json.contains("text_scale") && json["text_scale"].is_number()) {
        settings.textScale = std::clamp(json["text_scale"].get<float>(), 0.8f, 2.0f);
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
    return settings;
}

void saveSettings(const std::filesystem::path& file, const UiSettings& settings) {
    writeFileAtomically(file,
                        nlohmann::json{{"audience", audienceId(settings.audience)},
                                       {"text_scale", settings.textScale},
                                       {"high_contrast", settings.highContrast},
                                       {"reduced_motion", settings.reducedMotion},
                                       {"clinic_name", settings.clinicName}}
                                .dump(2) +
                            "\n",
                        "settings");
}

} // namespace glutea
