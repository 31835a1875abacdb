// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// A screening question's Yes / No radio buttons (the technique panel's gate and chairside's step
// 4), each recorded as a hotspot (screen_yes_I, screen_no_I) for the state log.
#include <map>
#include <optional>
#include <string>

#include <glm/vec2.hpp>

namespace glutea {

// `answer`: -1 unanswered, 0 no, 1 yes. Returns the button clicked this frame, if any.
std::optional<bool> yesNoButtons(int index, int answer, std::map<std::string, glm::vec2>& hotspots);

} // namespace glutea
