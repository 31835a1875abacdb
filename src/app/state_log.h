// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// An optional log of what the window shows, one JSON object a line, for GUI tests and for support:
// camera changes, view presets, selection, errors, and "ready" after the first frame.
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "anatomy/atlas.h"
#include "anatomy/view_state.h"

namespace glutea {

class StateLog {
  public:
    explicit StateLog(const std::optional<std::filesystem::path>& file);
    void event(const nlohmann::json& entry);
    bool enabled() const { return out_.is_open(); }
    // Writes a "state" line only when the camera or the selection changed since the last call.
    void stateIfChanged(const Atlas& atlas, const ViewState& view);

  private:
    std::ofstream out_;
    std::string last_;
};

} // namespace glutea
