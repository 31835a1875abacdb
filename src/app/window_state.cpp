// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "app/window_state.h"
#include "ui/translate.h"

#include <algorithm>

#include <cmath>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>

namespace glutea {

float WindowState::aspect() const {
    return viewportRect.height > 0 ? viewportRect.width / viewportRect.height : 1.0f;
}

bool WindowState::insideViewport(glm::vec2 p) const {
    return p.x >= viewportRect.x && p.x < viewportRect.x + viewportRect.width &&
           p.y >= viewportRect.y && p.y < viewportRect.y + viewportRect.height;
}

glm::vec2 WindowState::toNdc(glm::vec2 p) const {
    const float w = std::max(viewportRect.width, 1.0f), h = std::max(viewportRect.height, 1.0f);
    return {2.0f * (p.x - viewportRect.x) / w - 1.0f, 1.0f - 2.0f * (p.y - viewportRect.y) / h};
}

void WindowState::moveCamera(const OrbitCamera& goal) {
    view.cameraMove.start(view.camera, goal);
}

void WindowState::applyPreset(const std::string& name) {
    if (auto preset = findViewPreset(name)) {
        OrbitCamera goal = view.camera;
        goal.setPreset(*preset);
        goal.frame(atlas.focusBounds(), aspect());
        moveCamera(goal);
        log->event({{"event", "view"}, {"name", name}});
    }
}

void WindowState::frameAll() {
    OrbitCamera goal = view.camera;
    goal.frame(atlas.bounds, aspect());
    moveCamera(goal);
}

void WindowState::framePart(int part) {
    if (part < 0 || part >= static_cast<int>(atlas.parts.size())) {
        return;
    }
    OrbitCamera goal = view.camera;
    goal.frame(atlas.parts[part].bounds, aspect());
    moveCamera(goal);
}

bool WindowState::onKey(int key, int mods) {
    const bool ctrl = mods & GLFW_MOD_CONTROL, alt = mods & GLFW_MOD_ALT;
    OrbitCamera& cam = view.camera;
    if (quiz.onKey(*this, key, mods)) { // while it runs, 1-4, Enter and Escape are the quiz's
        return true;
    }
    if (key >= GLFW_KEY_1 && key <= GLFW_KEY_6 && !ctrl && !alt) {
        applyPreset(viewPresets()[key - GLFW_KEY_1].name);
    } else if (key == GLFW_KEY_F && !ctrl) {
        frameAll();
    } else if (key == GLFW_KEY_ESCAPE) {
        referral.stop(*this);
        technique.stop(*this);
        muscleAction.stop(*this);
        view.selection.clear();
    } else if ((key == GLFW_KEY_LEFT && alt) || key == GLFW_KEY_BACKSPACE) {
        view.selection.back();
    } else if (key == GLFW_KEY_RIGHT && alt) {
        view.selection.forward();
    } else if (key == GLFW_KEY_LEFT || key == GLFW_KEY_RIGHT) { // keyboard orbit
        view.cameraMove.cancel();
        cam.orbit(key == GLFW_KEY_LEFT ? -10.0f : 10.0f, 0.0f);
    } else if (key == GLFW_KEY_UP || key == GLFW_KEY_DOWN) {
        view.cameraMove.cancel();
        cam.orbit(0.0f, key == GLFW_KEY_UP ? 10.0f : -10.0f);
    } else if (ctrl && (key == GLFW_KEY_EQUAL || key == GLFW_KEY_KP_ADD || key == GLFW_KEY_MINUS ||
                        key == GLFW_KEY_KP_SUBTRACT)) {
        // The Display menu's text size shortcuts, with the menu's steps and limits.
        const bool larger = key == GLFW_KEY_EQUAL || key == GLFW_KEY_KP_ADD;
        float& scale = panels.settings.textScale;
        scale = larger ? std::min(2.0f, scale + 0.2f) : std::max(0.8f, scale - 0.2f);
        settingsChangedByKey = true;
    } else if (key == GLFW_KEY_EQUAL || key == GLFW_KEY_KP_ADD) {
        cam.zoom(0.85f);
    } else if (key == GLFW_KEY_MINUS || key == GLFW_KEY_KP_SUBTRACT) {
        cam.zoom(1.0f / 0.85f);
    } else if (key == GLFW_KEY_B) {
        view.selection.setBothSides(!view.selection.current().bothSides);
    } else if (key == GLFW_KEY_X) {
        view.xray = !view.xray;
    } else if (key == GLFW_KEY_I) {
        view.isolateSelection = !view.isolateSelection;
    } else if (key == GLFW_KEY_F1) {
        panels.toggleHelp();
    } else if (key == GLFW_KEY_S && ctrl) { // File > Save view (docs/VIEW-FILE.md)
        panels.clinic.openSaveViewDialog();
    } else if (key == GLFW_KEY_Q && ctrl) {
        glfwSetWindowShouldClose(window, GLFW_TRUE);
    } else if (referral.onKey(*this, key, mods) || technique.onKey(*this, key, mods) ||
               labels.onKey(*this, key, mods) || section.onKey(*this, key, mods) ||
               muscleAction.onKey(*this, key, mods)) {
        return true;
    } else {
        return false;
    }
    return true;
}

void WindowState::onScroll(double dy) {
    double x = 0, y = 0;
    glfwGetCursorPos(window, &x, &y);
    if (insideViewport({float(x), float(y)}) && !ImGui::GetIO().WantCaptureMouse) {
        view.cameraMove.cancel();
        view.camera.zoom(static_cast<float>(std::pow(0.9, dy))); // trackpads scroll in fractions
    }
}

void WindowState::handleMouse(double seconds) {
    const bool panelHasMouse = ImGui::GetIO().WantCaptureMouse;
    // Replay this frame's presses and releases first, then the current state.
    bool pressed[3] = {false, false, false};
    for (const ButtonEvent& e : buttonEvents) {
        if (e.button >= 0 && e.button < 3) {
            pressed[e.button] = e.pressed;
            handleGestures(
                mouse.update(e.at, pressed, insideViewport(e.at) && !panelHasMouse, seconds));
        }
    }
    buttonEvents.clear();
    double x = 0, y = 0;
    glfwGetCursorPos(window, &x, &y);
    const glm::vec2 at(static_cast<float>(x), static_cast<float>(y));
    pressed[0] = glfwGetMouseButton(window, GLFW_MOUSE_BUTTON_LEFT) == GLFW_PRESS;
    pressed[1] = glfwGetMouseButton(window, GLFW_MOUSE_BUTTON_RIGHT) == GLFW_PRESS;
    pressed[2] = glfwGetMouseButton(window, GLFW_MOUSE_BUTTON_MIDDLE) == GLFW_PRESS;
    handleGestures(mouse.update(at, pressed, insideViewport(at) && !panelHasMouse, seconds));
}

void WindowState::handleGestures(const MouseGestures& g) {
    if (referral.onGestures(*this, g)) { // "where does it hurt": the mouse paints
        view.hoveredPart = -1;
        return;
    }
    if (section.onGestures(*this, g)) { // Ctrl/Alt+drag moves or tilts the cut
        return;
    }
    if (g.dragging) {
        view.cameraMove.cancel(); // the hand wins over an animation
        if (*g.dragging == MouseButton::Left) {
            view.camera.orbit(-g.dragDelta.x * 0.4f, g.dragDelta.y * 0.4f);
        } else {
            const float h = std::max(viewportRect.height, 1.0f);
            view.camera.pan(g.dragDelta.x / h, g.dragDelta.y / h);
        }
    }
    if (g.click) {
        const int part = queries.pick(view, toNdc(*g.click), aspect());
        log->event({{"event", "click"},
                    {"x", g.click->x},
                    {"y", g.click->y},
                    {"part", part >= 0 ? atlas.parts[part].nodeName : ""}});
        if (quiz.onClick(*this, part)) {
            return; // the quiz's answer, not a selection
        }
        if (part >= 0) {
            view.selection.select(selectionOfPart(atlas, part, view.selection.current().bothSides));
        }
        if (g.doubleClick) {
            framePart(part);
        }
    }
    view.hoveredPart = g.hover ? queries.pickIfReady(view, toNdc(*g.hover), aspect()) : -1;
}

void WindowState::logVisiblePoints() {
    nlohmann::json points = nlohmann::json::object();
    for (std::size_t i = 0; i < atlas.parts.size(); ++i) {
        if (auto ndc = queries.visiblePoint(view, static_cast<int>(i), aspect())) {
            const float x = viewportRect.x + (ndc->x + 1.0f) * 0.5f * viewportRect.width;
            const float y = viewportRect.y + (1.0f - ndc->y) * 0.5f * viewportRect.height;
            points[atlas.parts[i].nodeName] = {std::round(x), std::round(y)};
        }
    }
    log->event({{"event", "visible_points"}, {"points", points}});
}

void WindowState::reactToSelection() {
    const Selection& current = view.selection.current();
    if (current == lastSelection) {
        return;
    }
    lastSelection = current;
    std::string nodes;
    const auto parts = selectedParts(atlas, current);
    for (int p : parts) {
        nodes += (nodes.empty() ? "" : " ") + atlas.parts[p].nodeName;
    }
    log->event({{"event", "select"}, {"structure", current.structureId}, {"nodes", nodes}});
    if (!parts.empty()) {
        moveCamera(queries.bestView(parts.front(), view.camera, aspect()));
    }
}

std::string structureName(const WindowState& app, const std::string& id) {
    if (const StructureInfo* info = app.content.findStructure(id)) {
        return info->name.get(uiLanguage());
    }
    for (const auto& def : app.atlas.manifest.structures) {
        if (def.id == id) {
            return def.displayName;
        }
    }
    return id;
}

} // namespace glutea
