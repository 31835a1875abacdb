// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Turns raw mouse state over the 3D viewport into gestures: drags (orbit, pan), clicks (select),
// double-clicks (frame), and the hover position. Fed numbers, not window-system events, so it is
// tested without a window.
#include <optional>

#include <glm/glm.hpp>

namespace glutea {

enum class MouseButton { Left, Right, Middle };

struct MouseGestures {
    std::optional<MouseButton> dragging;  // a drag in progress this frame
    glm::vec2 dragDelta{0.0f};            // pixels moved while dragging, this frame
    std::optional<glm::vec2> click;       // a press and release without moving: window pixels
    std::optional<glm::vec2> doubleClick; // a second click soon after, near the first
    std::optional<glm::vec2> hover;       // where the idle mouse rests over the viewport
};

class ViewportMouse {
  public:
    static constexpr float kClickSlopPixels = 4.0f;
    static constexpr double kDoubleClickSeconds = 0.4;

    // One call per frame. `pressed[i]` is the state of MouseButton i; `overViewport` is false when
    // the mouse is over a panel (or a panel has the mouse), so no gesture starts there.
    MouseGestures update(glm::vec2 position, const bool (&pressed)[3], bool overViewport,
                         double seconds);
    bool busy() const { return button_.has_value(); }

  private:
    std::optional<MouseButton> button_; // held since a press inside the viewport
    glm::vec2 pressAt_{0.0f}, last_{0.0f};
    bool moved_ = false;
    double lastClickTime_ = -1e9;
    glm::vec2 lastClickAt_{-1e9f};
};

} // namespace glutea
