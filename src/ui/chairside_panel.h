// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Chairside mode's one panel (issue 11): the story told to a patient in six steps, in large type
// on the right of a full-screen window, the body on the left. It draws what app/chairside_mode
// puts in ChairsideView and records the clinician's clicks in ChairsideUiRequest.
#include <optional>
#include <string>
#include <vector>

namespace glutea {

inline constexpr int kChairsideSteps = 6;

struct ChairsideView {
    bool active = false;
    int step = 1; // 1..kChairsideSteps
    std::string title;
    std::vector<std::string> lines;    // plain sentences, large
    std::vector<std::string> warnings; // emergency lines, large and bold-coloured
    std::vector<std::string> muscles;  // step 2: the likely muscles, best first
    int muscle = 0;                    // the one shown
    std::vector<std::pair<std::string, std::string>> routines; // id, name (step 4)
    std::string routine;                                       // the one shown
    std::string status;
};

struct ChairsideUiRequest {
    bool enter = false; // View > Chairside
    bool next = false;
    bool back = false;
    bool leave = false;
    std::optional<int> pickMuscle;
    std::string pickRoutine;
    bool exportHandout = false;
};

// Width of the story panel for a window this wide (window pixels).
float chairsidePanelWidth(float windowWidth);
void drawChairside(const ChairsideView& view, ChairsideUiRequest& request);

} // namespace glutea
