// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Glutea's folders under the XDG base directories (freedesktop.org Base Directory Specification):
// settings in $XDG_CONFIG_HOME/glutea, the user's own atlases in $XDG_DATA_HOME/glutea, caches in
// $XDG_CACHE_HOME/glutea and logs in $XDG_STATE_HOME/glutea. Each variable counts only when it
// holds an absolute path (the specification says to ignore relative ones); otherwise the default
// under the home folder applies (~/.config, ~/.local/share, ~/.cache, ~/.local/state).
#include <filesystem>
#include <functional>
#include <optional>
#include <string>

namespace glutea {

enum class XdgDir { Config, Data, Cache, State };

// Reads an environment variable; nullopt when unset. Injected so tests need not change the process
// environment.
using EnvLookup = std::function<std::optional<std::string>(const std::string& name)>;
EnvLookup processEnvironment();

// <base>/glutea for the given kind. The home folder is $HOME, else the user's entry in the password
// database, else the current folder.
std::filesystem::path xdgAppDir(XdgDir kind, const EnvLookup& env = processEnvironment());

} // namespace glutea
