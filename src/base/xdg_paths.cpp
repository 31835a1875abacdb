// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "base/xdg_paths.h"

#include <cstdlib>
#include <pwd.h>
#include <unistd.h>

namespace glutea {

namespace {

struct Spec {
    const char* variable;
    const char* homeDefault; // relative to the home folder
};

Spec specOf(XdgDir kind) {
    switch (kind) {
    case XdgDir::Config:
        return {"XDG_CONFIG_HOME", ".config"};
    case XdgDir::Data:
        return {"XDG_DATA_HOME", ".local/share"};
    case XdgDir::Cache:
        return {"XDG_CACHE_HOME", ".cache"};
    case XdgDir::State:
        return {"XDG_STATE_HOME", ".local/state"};
    }
    return {"XDG_CONFIG_HOME", ".config"};
}

std::filesystem::path homeDir(const EnvLookup& env) {
    if (auto home = env("HOME"); home && !home->empty()) {
        return *home;
    }
    // Services and some sandboxes start programs without HOME; the account still has one.
    if (const passwd* pw = getpwuid(getuid()); pw && pw->pw_dir && *pw->pw_dir) {
        return pw->pw_dir;
    }
    return std::filesystem::current_path();
}

} // namespace

EnvLookup processEnvironment() {
    return [](const std::string& name) -> std::optional<std::string> {
        if (const char* value = std::getenv(name.c_str())) {
            return std::string(value);
        }
        return std::nullopt;
    };
}

std::filesystem::path xdgAppDir(XdgDir kind, const EnvLookup& env) {
    const Spec spec = specOf(kind);
    if (auto value = env(spec.variable); value && std::filesystem::path(*value).is_absolute()) {
        return std::filesystem::path(*value) / "glutea";
    }
    return homeDir(env) / spec.homeDefault / "glutea";
}

} // namespace glutea
