// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Key S: a cross-section in the window, cycling axial, coronal, sagittal and off; [ and ] move the
// plane 5 mm (with Shift 2 cm); Ctrl+drag moves it, Alt+drag tilts it freely about its centre.
// The camera turns to face the cut; the skin is drawn opaque while a section is on, so the cut
// reads as solid (app/section_view).
#include <glm/glm.hpp>

#include "anatomy/section.h"

namespace glutea {

struct WindowState;
struct MouseGestures;

class SectionMode {
  public:
    bool onKey(WindowState& app, int key, int mods);
    // Ctrl or Alt drags while a section is on: true when it took the gesture.
    bool onGestures(WindowState& app, const MouseGestures& gestures);
    bool on() const { return plane_.on; }

  private:
    void set(WindowState& app, const SectionPlane& plane, bool turnCamera);
    // Turns the plane about the view's up (left-right) and right (up-down) axes, in degrees: an
    // Alt+drag, or Alt+[ and Alt+] without a mouse.
    void tilt(WindowState& app, float aboutUpDegrees, float aboutRightDegrees);
    void log(WindowState& app);

    SectionPlane plane_;
    glm::vec3 centre_{0.0f}; // the point the plane passes through and tilts about
    float skinOpacity_ = 0.2f;
};

} // namespace glutea
