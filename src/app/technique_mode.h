// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The window's technique, routine and caution player (issue 9): a technique on the card (or T)
// plays on the selected muscle; routines play as guided sequences; C shows the caution zones. It
// fills view.overlay and panels.technique; the renderer and the panels only read them.
#include <memory>
#include <string>

#include "anatomy/view_file.h"

namespace glutea {

struct WindowState;

class TechniqueMode {
  public:
    TechniqueMode();
    ~TechniqueMode();
    TechniqueMode(TechniqueMode&&) noexcept;
    TechniqueMode& operator=(TechniqueMode&&) noexcept;

    // After the atlas and content are loaded: starts what needs the background (placements, caution
    // fields).
    void attach(WindowState& app);
    // A key the rest of the window did not take; true when it was this mode's.
    bool onKey(WindowState& app, int key, int mods);
    // Once a frame, after the panels: reacts to their requests, advances the animation, fills the
    // overlay. Returns true while something moves (the window keeps redrawing).
    bool frame(WindowState& app, float seconds);
    // Escape and other modes starting stop the playback.
    void stop(WindowState& app);

    // Saved views (technique_mode_view.cpp, docs/VIEW-FILE.md). What plays now, as a view file
    // records it: a technique (placement, time) or a routine (step, time in the step); kind ""
    // when neither plays.
    ViewAnimation animation() const;
    // Plays a view file's technique or routine animation at its time, once the scene is ready (a
    // routine: at its step, paused, after its gates). Returns what this content lacks ("" if
    // nothing), in the words of the matching `render` option.
    std::string replay(WindowState& app, const ViewAnimation& animation);
    // Chairside step 4: the routine played on the body from its warm-up, step after step, with
    // the clinician present (the red flags are the story's step 5, so they gate nothing here;
    // screening questions still do). Loops at its end. False until the scene is ready.
    bool playRoutineChairside(WindowState& app, const std::string& routine);
    // The chairside's own key for the routine's next step (N, Page Down are the story's there).
    void routineStepForward();

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace glutea
