// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The user's own atlases (issue 16): folders under $XDG_DATA_HOME/glutea/atlases, each with an
// atlas.json, listed by File > Open atlas; and which atlas a run opens when none is named.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "base/xdg_paths.h"

namespace glutea {

struct AtlasFolder {
    std::string name; // atlas.json's "name", else the folder's name
    std::filesystem::path dir;
};

// $XDG_DATA_HOME/glutea/atlases (~/.local/share/glutea/atlases).
std::filesystem::path userAtlasesDir(const EnvLookup& env = processEnvironment());
// Every folder directly under `atlasesDir` that holds an atlas.json, by folder name. A missing or
// unreadable folder gives none; an atlas.json that is not JSON is listed under its folder's name
// (opening it then says what is wrong).
std::vector<AtlasFolder> userAtlases(const std::filesystem::path& atlasesDir);

// The atlas folder a run of the window opens, before the default places (findAtlasDir): the one
// named on the command line, else none when $GLUTEA_ATLAS names one (findAtlasDir reads it), else
// the one last opened from the menu (`remembered`) while it still holds an atlas.json. A remembered
// atlas that is gone gives none and, in `warning`, says so.
std::optional<std::filesystem::path>
startupAtlasDir(const std::optional<std::filesystem::path>& requested,
                const std::string& remembered, std::string* warning,
                const EnvLookup& env = processEnvironment());

} // namespace glutea
