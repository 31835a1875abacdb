// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "app/viewport_mouse.h"

namespace glutea {

MouseGestures ViewportMouse::update(glm::vec2 position, const bool (&pressed)[3], bool overViewport,
                                    double seconds) {
    MouseGestures out;
    if (!button_) {
        for (int i = 0; i < 3; ++i) {
            if (pressed[i] && overViewport) {
                button_ = static_cast<MouseButton>(i);
                pressAt_ = last_ = position;
                moved_ = false;
                break;
            }
        }
        if (!button_ && overViewport) {
            out.hover = position;
        }
        return out;
    }
    const int held = static_cast<int>(*button_);
    if (pressed[held]) {
        if (glm::distance(position, pressAt_) > kClickSlopPixels) {
            moved_ = true; // from now on a drag, even if it comes back
        }
        if (moved_) {
            out.dragging = button_;
            out.dragDelta = position - last_;
        }
        last_ = position;
        return out;
    }
    // Released.
    if (!moved_ && *button_ == MouseButton::Left) {
        out.click = position;
        if (seconds - lastClickTime_ <= kDoubleClickSeconds &&
            glm::distance(position, lastClickAt_) <= 2.0f * kClickSlopPixels) {
            out.doubleClick = position;
            lastClickTime_ = -1e9; // a third click starts afresh
        } else {
            lastClickTime_ = seconds;
            lastClickAt_ = position;
        }
    }
    button_.reset();
    return out;
}

} // namespace glutea
