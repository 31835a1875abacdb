// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Where UiSettings live between runs: $GLUTEA_CONFIG_DIR, else $XDG_CONFIG_HOME/glutea, else
// ~/.config/glutea; the file is settings.json. A missing or broken file gives the defaults.
#include <filesystem>
#include <string>

#include "ui/settings.h"

namespace glutea {

std::filesystem::path settingsFile();
// A file that exists but cannot be read (a folder, no permission, not JSON) gives the defaults and,
// with `warning`, a message to show; the window starts either way.
UiSettings loadSettings(const std::filesystem::path& file, std::string* warning = nullptr);
// Written whole or not at all; throws glutea::Error with the system's reason.
void saveSettings(const std::filesystem::path& file, const UiSettings& settings);

} // namespace glutea
