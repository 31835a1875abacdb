// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "app/state_log.h"

#include <cmath>

namespace glutea {

StateLog::StateLog(const std::optional<std::filesystem::path>& file) {
    if (file) {
        out_.open(*file, std::ios::app);
    }
}

void StateLog::event(const nlohmann::json& entry) {
    if (out_.is_open()) {
        out_ << entry.dump() << std::endl; // flushed: a test reads it while the window runs
    }
}

void StateLog::stateIfChanged(const Atlas& atlas, const ViewState& view) {
    if (!out_.is_open()) {
        return;
    }
    auto r = [](float v) { return std::round(v * 1000.0f) / 1000.0f; };
    const OrbitCamera& c = view.camera;
    std::string selected; // node names, e.g. "piriformis_l" or "piriformis_l piriformis_r"
    for (int part : selectedParts(atlas, view.selection.current())) {
        selected += (selected.empty() ? "" : " ") + atlas.parts[part].nodeName;
    }
    nlohmann::json entry = {{"event", "state"},
                            {"yaw", r(c.yawDegrees)},
                            {"pitch", r(c.pitchDegrees)},
                            {"distance", r(c.distance)},
                            {"target", {r(c.target.x), r(c.target.y), r(c.target.z)}},
                            {"selected", selected}};
    const std::string line = entry.dump();
    if (line != last_) {
        last_ = line;
        out_ << line << std::endl;
    }
}

} // namespace glutea
