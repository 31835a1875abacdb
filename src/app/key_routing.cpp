// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "app/key_routing.h"

#include <functional>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>

#include "app/held_key_releases.h"
#include "app/key_bindings.h"
#include "app/window_state.h"

namespace glutea {

namespace {

GLFWkeyfun imguiKey = nullptr; // ImGui's backend callback
bool altAlone = false;         // Alt is down and nothing else happened since: a tap opens menus
HeldKeyReleases heldReleases;  // taps that came within one poll (app/held_key_releases.h)

bool isModifier(int key) {
    return key == GLFW_KEY_LEFT_CONTROL || key == GLFW_KEY_RIGHT_CONTROL ||
           key == GLFW_KEY_LEFT_SHIFT || key == GLFW_KEY_RIGHT_SHIFT ||
           key == GLFW_KEY_LEFT_SUPER || key == GLFW_KEY_RIGHT_SUPER;
}

bool isAlt(int key) {
    return key == GLFW_KEY_LEFT_ALT || key == GLFW_KEY_RIGHT_ALT;
}

// A key press while a panel has the keyboard: true when ImGui's navigation or the focus took it.
bool panelKey(WindowState& app, int key, int mods, const std::function<void()>& toImGui) {
    const KeyBinding* b = findKeyBinding(key, mods, KeyContext::Panel);
    if (!b) {
        return false;
    }
    KeyboardFocus& focus = app.panels.keyboard;
    if (b->action == KeyAction::NextWidget) {
        focus.request(KeyboardFocus::Request::NextWidget);
    } else if (b->action == KeyAction::PreviousWidget) {
        focus.request(KeyboardFocus::Request::PreviousWidget);
    } else if (b->action == KeyAction::ToView && focus.escapeLeavesPanels() &&
               !app.panels.hasOpenErrors()) {
        focus.request(KeyboardFocus::Request::ToView);
    } else {
        toImGui(); // arrows, Space, Enter; Escape closing a menu or a dialog
    }
    return true;
}

void routeKey(GLFWwindow* window, int key, int scancode, int action, int mods) {
    auto& app = *static_cast<WindowState*>(glfwGetWindowUserPointer(window));
    const auto toImGui = [&]() {
        if (!imguiKey) {
            return;
        }
        if (action == GLFW_RELEASE && heldReleases.hold(key, scancode, mods)) {
            return;
        }
        if (action == GLFW_PRESS) {
            heldReleases.pressed(key);
        }
        imguiKey(window, key, scancode, action, mods);
    };
    const ImGuiIO& io = ImGui::GetIO();
    if (isAlt(key)) {
        if (action == GLFW_PRESS) {
            altAlone = true;
        } else if (action == GLFW_RELEASE && altAlone && !io.WantTextInput) {
            app.onKey(key, mods); // the tap: the menu bar (its binding in app/key_bindings)
        }
        if (action == GLFW_RELEASE) {
            altAlone = false;
        }
        return;
    }
    if (action == GLFW_RELEASE || isModifier(key)) {
        toImGui(); // ImGui's modifiers for Ctrl+click; a release it never saw pressed is harmless
        return;
    }
    altAlone = false;
    const bool functionKey = key >= GLFW_KEY_F1 && key <= GLFW_KEY_F12;
    if (io.WantTextInput && !functionKey) { // typing: every key is the text box's, but Tab
        if (key == GLFW_KEY_TAB && !(mods & GLFW_MOD_CONTROL)) {
            panelKey(app, key, mods, toImGui);
        } else {
            toImGui();
        }
        return;
    }
    if (app.panels.keyboard.inPanels() && panelKey(app, key, mods, toImGui)) {
        return;
    }
    // A dialog has the keys (letters would reach the 3D view's shortcuts); only Ctrl+Q still quits.
    if (app.panels.keyboard.modalOpen()) {
        const KeyBinding* b = findKeyBinding(key, mods, KeyContext::Anywhere);
        if (b && b->action == KeyAction::Quit && action == GLFW_PRESS) {
            app.onKey(key, mods);
        } else {
            toImGui();
        }
        return;
    }
    const bool arrow =
        key == GLFW_KEY_LEFT || key == GLFW_KEY_RIGHT || key == GLFW_KEY_UP || key == GLFW_KEY_DOWN;
    if (action == GLFW_PRESS || arrow) { // arrows repeat while held
        app.onKey(key, mods);
    }
}

} // namespace

void installKeyRouting(GLFWwindow* window) {
    imguiKey = glfwSetKeyCallback(window, routeKey);
}

void keyRoutingFrameDone(GLFWwindow* window) {
    for (const HeldKeyReleases::Release& r : heldReleases.frameStarted()) {
        if (imguiKey) {
            imguiKey(window, r.key, r.scancode, GLFW_RELEASE, r.mods);
        }
    }
}

void keyRoutingSawMouse() {
    altAlone = false;
}

} // namespace glutea
