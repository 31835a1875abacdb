// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The window's technique, routine and caution player (issue 9): a technique on the card (or T)
// plays on the selected muscle; routines play as guided sequences; C shows the caution zones. It
// fills view.overlay and panels.technique; the renderer and the panels only read them.
#include <memory>

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

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace glutea
