// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "app/asset_paths.h"

#include <cerrno>
#include <cstdlib>
#include <vector>

#include "base/error.h"

namespace glutea {

std::filesystem::path executableDir() {
    std::error_code ec;
    const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    return ec ? std::filesystem::current_path() : exe.parent_path();
}

std::vector<std::filesystem::path> defaultAssetDirs(const std::string& name) {
    const auto exe = executableDir();
    return {exe / ".." / GLUTEA_INSTALL_DATADIR / name, // installed
            exe / "assets" / name,                      // beside the binary
            std::filesystem::path(GLUTEA_SOURCE_DIR) / "assets" / name};
}

std::filesystem::path findAtlasDir(const std::optional<std::filesystem::path>& requested,
                                   bool readEnvironment) {
    std::vector<std::filesystem::path> candidates;
    if (requested) {
        candidates.push_back(*requested);
    } else {
        if (const char* env = readEnvironment ? std::getenv("GLUTEA_ATLAS") : nullptr) {
            candidates.emplace_back(env);
        }
        for (auto& dir : defaultAssetDirs("atlas")) {
            candidates.push_back(std::move(dir));
        }
    }
    for (const auto& dir : candidates) {
        if (std::filesystem::is_regular_file(dir / "atlas.json")) {
            return std::filesystem::weakly_canonical(dir);
        }
    }
    if (requested) {
        // Say what is wrong with the folder the user named, not just that nothing was found.
        std::error_code ec;
        const auto manifest = *requested / "atlas.json";
        const auto status = std::filesystem::status(manifest, ec);
        if (std::filesystem::is_directory(status)) {
            throw Error(manifest.string() + " is a folder; an atlas needs atlas.json to be a file");
        }
        if (ec.value() == ELOOP) {
            throw Error(manifest.string() +
                        ": a symbolic link in this path points back at itself (a symlink loop)");
        }
        if (std::filesystem::exists(status)) {
            throw Error(manifest.string() + " is not a regular file");
        }
    }
    std::string message = "no atlas found (a folder with atlas.json); searched:";
    for (const auto& dir : candidates) {
        message += "\n  " + (dir / "atlas.json").lexically_normal().string();
    }
    throw Error(message);
}

} // namespace glutea
