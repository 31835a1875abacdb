// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Chairside mode (issue 11): the window full screen in the patient register, one story in six
// steps told with the body beside it: 1 where does it hurt (paint), 2 the likely muscles with the
// first one's pattern, 3 why, 4 what helps (the routine with its dosage), 5 when to see a doctor,
// 6 the handout. Arrows, Page Up/Down and Space (a presentation clicker) step; Escape leaves;
// the clinician can pick another muscle or routine at any step. Each step is logged. At step 4 the
// routine plays on the body (the technique player), its steps one after another and looping; N
// goes to its next step at once.
#include <string>
#include <vector>

#include "anatomy/structure.h"

struct GLFWwindow;

namespace glutea {

struct WindowState;
class ClinicMode;

class ChairsideMode {
  public:
    // Chains its key handling in front of the window's (keys it takes go no further).
    void attach(WindowState& app);
    // Once a frame, before the other modes. Returns true while it changes something.
    bool frame(WindowState& app, ClinicMode& clinic);
    bool active() const { return active_; }

  private:
    static void onKey(GLFWwindow* window, int key, int scancode, int action, int mods);
    void enter(WindowState& app);
    void leave(WindowState& app);
    void go(WindowState& app, int step);
    void fill(WindowState& app); // the panel's texts for this step and subject
    // What the body shows for this step: the routine at step 4, else the muscle's pattern.
    void showSubject(WindowState& app);
    void playPattern(WindowState& app);
    void selectSubject(WindowState& app);
    void logHotspots(WindowState& app);

    bool active_ = false;
    int step_ = 1;
    std::string structure_; // the muscle the story is about
    Side side_ = Side::Left;
    int muscleIndex_ = 0;
    std::string routine_; // chosen by the clinician; empty: the muscle's own
    // The muscles offered: the painted area's ranking, or (nothing painted) every muscle with a
    // trigger-point pattern.
    std::vector<std::pair<std::string, Side>> choices_;
    bool fromPaint_ = false;
    bool startRoutine_ = false;  // step 4: start the routine once the technique scene is ready
    std::string playingRoutine_; // the routine playing on the body (step 4), or empty
    std::string lastHotspots_;
    int windowed_[4] = {0, 0, 0, 0};
};

} // namespace glutea
