// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "app/atlas_folders.h"

#include <algorithm>
#include <fstream>

#include <nlohmann/json.hpp>

namespace glutea {

namespace {

// The manifest's own name; the menu shows it instead of a folder name like "vhf-2026".
std::string manifestName(const std::filesystem::path& manifest, const std::string& fallback) {
    std::ifstream in(manifest, std::ios::binary);
    std::string text(256 * 1024, '\0'); // a manifest is small; only its name is wanted here
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<std::size_t>(in.gcount()));
    const auto json = nlohmann::json::parse(text, nullptr, false);
    if (json.is_object() && json.contains("name") && json["name"].is_string() &&
        !json["name"].get<std::string>().empty()) {
        return json["name"].get<std::string>();
    }
    return fallback;
}

bool holdsAtlas(const std::filesystem::path& dir) {
    std::error_code ec;
    return std::filesystem::is_regular_file(dir / "atlas.json", ec);
}

} // namespace

std::filesystem::path userAtlasesDir(const EnvLookup& env) {
    return xdgAppDir(XdgDir::Data, env) / "atlases";
}

std::vector<AtlasFolder> userAtlases(const std::filesystem::path& atlasesDir) {
    std::vector<AtlasFolder> found;
    std::error_code ec;
    for (std::filesystem::directory_iterator it(atlasesDir, ec), end; !ec && it != end;
         it.increment(ec)) {
        const std::filesystem::path dir = it->path();
        if (holdsAtlas(dir)) {
            found.push_back({manifestName(dir / "atlas.json", dir.filename().string()), dir});
        }
    }
    std::sort(found.begin(), found.end(), [](const AtlasFolder& a, const AtlasFolder& b) {
        return a.dir.filename() < b.dir.filename();
    });
    return found;
}

std::optional<std::filesystem::path>
startupAtlasDir(const std::optional<std::filesystem::path>& requested,
                const std::string& remembered, std::string* warning, const EnvLookup& env) {
    if (requested) {
        return requested;
    }
    if (env("GLUTEA_ATLAS") || remembered.empty()) {
        return std::nullopt;
    }
    if (holdsAtlas(remembered)) {
        return std::filesystem::path(remembered);
    }
    if (warning) {
        *warning = "The atlas last opened, " + remembered +
                   ", has no atlas.json any more: the built-in model is open instead "
                   "(File > Open atlas chooses another).";
    }
    return std::nullopt;
}

} // namespace glutea
