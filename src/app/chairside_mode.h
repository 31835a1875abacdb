// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Chairside mode (issue 11): the window full screen in the patient register, one story in six
// steps told with the body beside it: 1 where does it hurt (paint), 2 the likely muscles with the
// first one's pattern, 3 why, 4 what helps (the routine with its dosage), 5 when to see a doctor,
// 6 the handout. Arrows, Page Up/Down and Space (a presentation clicker) step; Escape leaves;
// the clinician can pick another muscle or routine at any step. Each step is logged.
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

    bool active_ = false;
    int step_ = 1;
    std::string structure_; // the muscle the story is about
    Side side_ = Side::Left;
    int muscleIndex_ = 0;
    std::string routine_; // chosen by the clinician; empty: the muscle's own
    int windowed_[4] = {0, 0, 0, 0};
};

} // namespace glutea
