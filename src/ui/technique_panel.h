// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The technique and routine player's UI: step text, pressure, hold countdown, the routine
// timeline, the screening and red-flag dialogs, caution labels on the body and their notes. The
// app fills TechniquePanel each frame from its TechniqueMode; the panel draws it and reports what
// the user asked for in TechniqueUiRequest. (Owned by the technique work, issue 9.)
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <glm/vec2.hpp>

#include "anatomy/content.h"
#include "ui/info_card.h"
#include "ui/settings.h"

namespace glutea {

struct TechniqueUiRequest {
    bool stop = false;
    std::string startRoutine; // a routine id from the Routines menu
    bool toggleCautions = false;
    bool togglePlay = false;
    bool stepBack = false;
    bool stepForward = false;
    std::optional<double> seek;  // timeline seconds
    std::optional<double> speed; // 0.25 .. 4
    bool acknowledgeRedFlags = false;
    std::optional<std::pair<int, bool>> answer; // screening question, yes
    std::string cautionClicked;                 // a caution label's zone id
    bool closeNote = false;
    // Where the panel's buttons are this frame (window pixels, centres): the app logs them for the
    // GUI tests, which click them without guessing.
    std::map<std::string, glm::vec2> hotspots;
};

struct CautionLabelView {
    glm::vec2 at{0.0f}; // window pixels
    std::string text;
    std::string zoneId;
    bool sustained = false; // the "no sustained pressure" band (amber) or a bony area (grey)
};

struct TechniquePanel {
    bool active = false; // a technique or routine is playing, or cautions are shown

    std::vector<std::pair<std::string, std::string>> routines; // id, name: the Routines menu
    bool cautionsOn = false;

    // What plays: a technique on its own or a routine's step.
    bool playing = false;
    std::vector<std::string> lines; // title, position, tool, direction, how long, pressure, feel
    std::vector<std::string> steps; // the technique's own steps
    std::vector<std::string> cautions;
    std::string note;     // the routine step's note
    std::string phase;    // "glide", "hold", ...
    std::string pressure; // "light", "moderate", "firm", "deep"
    std::optional<float> holdRemainingS;
    float holdRealS = 0.0f;

    // The routine, when one is open.
    bool routineOpen = false;
    std::string routineName;
    std::string routineState; // screening, red_flags, paused, playing, finished, ended
    int step = 0, stepCount = 0;
    double time = 0.0, duration = 0.0, speed = 1.0;
    std::vector<double> stepStarts;
    std::string dosage;
    std::string warmUp; // shown during the warm-up (step 0)
    std::vector<std::string> questions;
    std::vector<int> answers;                           // -1 unanswered, 0 no, 1 yes
    std::vector<std::pair<std::string, bool>> redFlags; // text, emergency
    std::string endAdvice;

    std::vector<CautionLabelView> labels;
    glm::vec4 viewport{0.0f};                    // x, y, width, height: labels are clipped to it
    std::string noteTitle, noteText, noteSource; // the clicked zone's "why not here"

    // Draws into its own ImGui windows over the viewport when active; adds the Routines menu and
    // the Cautions toggle to the main menu bar always.
    void draw(const UiSettings& settings, TechniqueUiRequest& request) const;
};

// The info card's section for structure `id`: the techniques placed on it, each a button that plays
// it.
void drawCardTechniques(const Content& content, const std::string& id, Audience audience,
                        CardRequests& requests);

} // namespace glutea
