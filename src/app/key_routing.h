// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The window's key callback, in front of ImGui's GLFW backend: each key goes to the app's
// shortcuts (WindowState::onKey, through app/key_bindings) or to ImGui, never both. While a panel
// has keyboard focus (ui/keyboard_focus.h) or a text box takes typing, the keys that navigate go to
// ImGui; otherwise they are the 3D view's (the arrows orbit). Tab, F6, F10 and Alt move the focus
// themselves, so that one press is one step. Alt never reaches ImGui, whose own Alt would toggle
// a menu layer behind the app's back.
struct GLFWwindow;

namespace glutea {

// After ImGui_ImplGlfw_InitForOpenGL(window, true); the window's user pointer is its WindowState.
void installKeyRouting(GLFWwindow* window);
// After ImGui::Render: the key releases held back because their press came in the same poll
// reach ImGui now, so that the frame just made saw the key down (ImGui 1.86 has no input queue).
// Not earlier: a Ctrl release between NewFrame and a text box trips ImGui's check that the
// modifiers did not change within the frame (an assertion, the window gone).
void keyRoutingFrameDone(GLFWwindow* window);
// A mouse button went down: a held Alt is Alt+drag (tilting a section), not a tap for the menus.
void keyRoutingSawMouse();

} // namespace glutea
