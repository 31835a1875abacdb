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
};

int runWindow(const CommonOptions& common, const WindowOptions& options, std::ostream& err);

} // namespace glutea
