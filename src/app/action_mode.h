// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Key A: muscle actions in the window (issue 12). A cycles hip extension, flexion, abduction,
// adduction, internal and external rotation, the piriformis reversal and off; Shift+A plays or
// pauses; Escape stops; the Actions menu starts any of them. The left leg moves about its hip
// joint centre, the muscles follow along their fibres, agonists and antagonists are tinted, and the
// panel (ui/action_panel) names what moves and what works. Reduced motion: the end position, still.
#include <memory>
#include <string>

#include "anatomy/hip_action_scene.h"

namespace glutea {

struct WindowState;

class ActionMode {
  public:
    bool onKey(WindowState& app, int key, int mods);
    // Once a frame, after the looks are updated: advances and applies the action, draws its menu
    // and panel. Returns true while it animates.
    bool frame(WindowState& app, float seconds);
    void start(WindowState& app, const std::string& id);
    void stop(WindowState& app);
    bool on() const { return action_ != nullptr; }

  private:
    void log(WindowState& app);

    const HipActionDef* action_ = nullptr;
    std::unique_ptr<HipActionScene> scene_; // made on first use, for the atlas then loaded
    const Atlas* sceneAtlas_ = nullptr;
    bool playing_ = true;
    float time_ = 0.0f;
    float peelBefore_ = 0.0f; // the reversal peels the superficial muscles; restored after
};

} // namespace glutea
