// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Chairside mode's one panel (issue 11): the story told to a patient in six steps, in large type
// on the right of a full-screen window, the body on the left. It draws what app/chairside_mode
// puts in ChairsideView and records the clinician's clicks in ChairsideUiRequest.
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <glm/vec2.hpp>

namespace glutea {

inline constexpr int kChairsideSteps = 6;

struct ChairsideView {
    bool active = false;
    int step = 1; // 1..kChairsideSteps
    std::string title;
    std::vector<std::string> lines;    // plain sentences, large
    std::vector<std::string> warnings; // emergency lines, large and bold-coloured
    std::vector<std::string> muscles;  // the likely muscles, best first (any step)
    int muscle = 0;                    // the one shown
    std::vector<std::pair<std::string, std::string>> routines; // id, name (any step)
    std::string routine;                                       // the one shown
    std::string status;

    // Step 4: the routine playing on the body.
    std::string dosage;                    // "How much: ...", in large type
    std::vector<std::string> routineSteps; // the warm-up, then "N. title: how (dosage)"
    int routineStep = -1;                  // the one playing now (index into routineSteps)
    std::string routineState;              // "screening", "playing", "ended", ... ("" none)
    std::vector<std::string> questions;    // screening before it plays (sciatic-like pain)
    std::vector<int> answers;              // -1 unanswered, 0 no, 1 yes
    std::string endAdvice;                 // a screening yes: see a clinician
};

struct ChairsideUiRequest {
    bool enter = false; // View > Chairside
    bool next = false;
    bool back = false;
    bool leave = false;
    std::optional<int> pickMuscle;
    std::string pickRoutine;
    bool exportHandout = false;
    std::optional<std::pair<int, bool>> answer; // step 4: screening question, yes or no
    bool nextRoutineStep = false;               // step 4: the routine's next step
    // Where the panel's buttons are (window pixels), for the state log and automation:
    // muscle_menu, muscle:I, routine_menu, routine:ID, screen_yes_I, screen_no_I,
    // next_routine_step, back, next, leave.
    std::map<std::string, glm::vec2> hotspots;
};

// Width of the story panel for a window this wide (window pixels).
float chairsidePanelWidth(float windowWidth);
void drawChairside(const ChairsideView& view, ChairsideUiRequest& request);

} // namespace glutea
