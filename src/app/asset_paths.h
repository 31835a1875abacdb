// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Where the atlas and shaders are: given on the command line, installed under the prefix, or in the
// source tree beside the build.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace glutea {

// The atlas folder: `requested` if given, else $GLUTEA_ATLAS (unless `readEnvironment` is false:
// the built-in model is wanted), else the first of the default places that holds an atlas.json.
// Throws glutea::Error listing every path searched.
std::filesystem::path findAtlasDir(const std::optional<std::filesystem::path>& requested,
                                   bool readEnvironment = true);
std::filesystem::path executableDir();
// Where an asset folder `name` ("atlas", "i18n") is looked for by default, in order: installed
// (<prefix>/<datadir>/glutea/NAME), beside the binary (assets/NAME), in the source tree.
std::vector<std::filesystem::path> defaultAssetDirs(const std::string& name);

} // namespace glutea
