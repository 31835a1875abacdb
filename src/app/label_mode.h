// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Key L: leader-line labels of the visible structures and landmarks in the window; Shift+L: their
// Latin names (where the content has them). Laid out each frame (anatomy/scene_labels), drawn by
// ui/labels.
#include <vector>

#include "anatomy/scene_labels.h"

namespace glutea {

struct WindowState;

class LabelMode {
  public:
    // Returns true when it took the key.
    bool onKey(WindowState& app, int key, int mods);
    // After the looks are updated and before ImGui renders: lays out and queues the labels.
    void frame(WindowState& app);
    bool on() const { return on_; }

  private:
    bool on_ = false;
    bool latin_ = false;
    SceneLabels labels_;
    std::size_t loggedCount_ = ~std::size_t{0};
};

} // namespace glutea
