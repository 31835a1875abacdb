// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The interactive atlas: a GLFW window with an OpenGL 3.3 core context, ImGui panels and the
// orbit camera.
#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>

#include "app/commands.h"

namespace glutea {

struct WindowOptions {
    std::string view = "posterior";
    std::string size = "1400x860";
    std::optional<std::filesystem::path> stateLog;
    int samples = -1; // MSAA samples of the 3D view; -1: 4 on a GPU, 0 on a software rasteriser
    std::optional<std::filesystem::path> viewFile; // --view-file: open this saved view
    std::string language; // --lang: this run's language (then remembered); empty: the settings'
};

int runWindow(const CommonOptions& common, const WindowOptions& options, std::ostream& err);

} // namespace glutea
