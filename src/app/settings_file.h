#pragma once
// Where UiSettings live between runs: $GLUTEA_CONFIG_DIR, else $XDG_CONFIG_HOME/glutea, else
// ~/.config/glutea; the file is settings.json. A missing or broken file gives the defaults.
#include <filesystem>

#include "ui/settings.h"

namespace glutea {

std::filesystem::path settingsFile();
UiSettings loadSettings(const std::filesystem::path& file);
// Written whole or not at all; throws glutea::Error with the system's reason.
void saveSettings(const std::filesystem::path& file, const UiSettings& settings);

} // namespace glutea
