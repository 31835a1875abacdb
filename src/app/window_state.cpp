// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "app/window_state.h"
#include "ui/translate.h"

#include <algorithm>

#include <cmath>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>

#include "app/key_bindings.h"

namespace glutea {

float WindowState::aspect() const {
    return viewportRect.height > 0 ? viewportRect.width / viewportRect.height : 1.0f;
}

bool WindowState::insideViewport(glm::vec2 p) const {
    return p.x >= viewportRect.x && p.x < viewportRect.x + viewportRect.width &&
           p.y >= viewportRect.y && p.y < viewportRect.y + viewportRect.height;
}

glm::vec2 WindowState::viewportCentre() const {
    return {viewportRect.x + 0.5f * viewportRect.width,
            viewportRect.y + 0.5f * viewportRect.height};
}

bool WindowState::aiming() const {
    return referral.whereMode() || panels.clinic.placingPin() || quiz.awaitsClick();
}

int WindowState::partAt(glm::vec2 windowPoint) {
    return queries.pick(view, toNdc(windowPoint), aspect());
}

glm::vec2 WindowState::toNdc(glm::vec2 p) const {
    const float w = std::max(viewportRect.width, 1.0f), h = std::max(viewportRect.height, 1.0f);
    return {2.0f * (p.x - viewportRect.x) / w - 1.0f, 1.0f - 2.0f * (p.y - viewportRect.y) / h};
}

void WindowState::moveCamera(const OrbitCamera& goal) {
    if (panels.settings.reducedMotion) { // Display > Reduced motion: the view jumps, no glide
        view.cameraMove.cancel();
        view.camera = goal;
        return;
    }
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

void WindowState::frameSelection() {
    Bounds box;
    for (int part : selectedParts(atlas, view.selection.current())) {
        box.add(atlas.parts[std::size_t(part)].bounds);
    }
    if (box.empty()) {
        frameAll(); // nothing selected: the whole atlas, as F
        return;
    }
    OrbitCamera goal = view.camera;
    goal.frame(box, aspect());
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
    // The one table of keys (app/key_bindings): the quiz's while it is open, a routine's while one
    // plays, then the window's; the 3D view's only while no panel has the keyboard.
    int param = 0;
    if (quiz.active() && findKeyBinding(key, mods, KeyContext::Quiz) &&
        quiz.onKey(*this, key, mods)) {
        return true;
    }
    if (findKeyBinding(key, mods, KeyContext::Routine) && technique.onKey(*this, key, mods)) {
        return true; // false while no routine plays: the key's other meaning, if any
    }
    const KeyBinding* b = findKeyBinding(key, mods, KeyContext::Anywhere, &param);
    if (!b && !panels.keyboard.inPanels()) {
        b = findKeyBinding(key, mods, KeyContext::View, &param);
    }
    if (!b) {
        return false;
    }
    if (quiz.active() && b->action == KeyAction::ViewPreset) {
        return true; // while the quiz runs, 1-4 never change the view
    }
    return runKeyAction(b->action, param, key, mods);
}

bool WindowState::runKeyAction(KeyAction action, int param, int key, int mods) {
    using Request = KeyboardFocus::Request;
    OrbitCamera& cam = view.camera;
    switch (action) {
    case KeyAction::Help:
        panels.toggleHelp();
        break;
    case KeyAction::NextPanel:
        panels.keyboard.request(Request::NextPanel);
        break;
    case KeyAction::PreviousPanel:
        panels.keyboard.request(Request::PreviousPanel);
        break;
    case KeyAction::MenuBar:
        panels.keyboard.request(Request::MenuBar);
        break;
    case KeyAction::Search:
    case KeyAction::PanelsFirst:
        panels.keyboard.request(Request::Search);
        break;
    case KeyAction::PanelsLast:
        panels.keyboard.request(Request::Card);
        break;
    case KeyAction::OpenAtlas:
        panels.atlases.open();
        break;
    case KeyAction::SaveView: // File > Save view (docs/VIEW-FILE.md)
        panels.clinic.openSaveViewDialog();
        break;
    case KeyAction::CopyCard:
        panels.copyCardAsText();
        break;
    case KeyAction::TextLarger:
    case KeyAction::TextSmaller: {
        // The Display menu's text size shortcuts, with the menu's steps and limits.
        float& scale = panels.settings.textScale;
        scale = action == KeyAction::TextLarger ? std::min(2.0f, scale + 0.2f)
                                                : std::max(0.8f, scale - 0.2f);
        settingsChangedByKey = true;
        break;
    }
    case KeyAction::Quit:
        glfwSetWindowShouldClose(window, GLFW_TRUE);
        break;
    case KeyAction::ViewPreset:
        applyPreset(viewPresets()[std::size_t(param)].name);
        break;
    case KeyAction::FrameAll:
        if (param == 1) {
            frameSelection();
        } else {
            frameAll();
        }
        break;
    case KeyAction::ToggleLayer:
        view.layers[std::size_t(param)].visible = !view.layers[std::size_t(param)].visible;
        break;
    case KeyAction::Zoom:
        cam.zoom(param == 0 ? 0.85f : 1.0f / 0.85f);
        break;
    case KeyAction::Orbit: { // keyboard orbit: 0 left, 1 right, 2 up, 3 down, 10 degrees
        static constexpr float kYaw[] = {-10.0f, 10.0f, 0.0f, 0.0f};
        static constexpr float kPitch[] = {0.0f, 0.0f, 10.0f, -10.0f};
        view.cameraMove.cancel();
        cam.orbit(kYaw[param & 3], kPitch[param & 3]);
        break;
    }
    case KeyAction::Pan: { // a twentieth of the view's height a press, as a drag would
        static constexpr float kRight[] = {-0.05f, 0.05f, 0.0f, 0.0f};
        static constexpr float kDown[] = {0.0f, 0.0f, -0.05f, 0.05f};
        view.cameraMove.cancel();
        cam.pan(kRight[param & 3], kDown[param & 3]);
        break;
    }
    case KeyAction::StopAndClear:
        referral.stop(*this);
        technique.stop(*this);
        muscleAction.stop(*this);
        view.selection.clear();
        break;
    case KeyAction::MarkAtCentre: { // the mouse's click in the 3D view, without a mouse
        const glm::vec2 centre = viewportCentre();
        if (panels.clinic.placingPin()) {
            panels.clinic.placePinAt(centre);
            return true;
        }
        return referral.dabAt(*this, centre, param == 1);
    }
    case KeyAction::Back:
        view.selection.back();
        break;
    case KeyAction::Forward:
        view.selection.forward();
        break;
    case KeyAction::BothSides:
        view.selection.setBothSides(!view.selection.current().bothSides);
        break;
    case KeyAction::XRay:
        view.xray = !view.xray;
        break;
    case KeyAction::Isolate:
        view.isolateSelection = !view.isolateSelection;
        break;
    case KeyAction::Referral:
    case KeyAction::WhereItHurts:
        return referral.onKey(*this, key, mods);
    case KeyAction::Technique:
    case KeyAction::Cautions:
    case KeyAction::RoutinePlay:
    case KeyAction::RoutineNext:
    case KeyAction::RoutineBack:
        return technique.onKey(*this, key, mods);
    case KeyAction::Labels:
        return labels.onKey(*this, key, mods);
    case KeyAction::Quiz:
    case KeyAction::QuizAnswer:
    case KeyAction::QuizNext:
    case KeyAction::QuizPointAt:
    case KeyAction::QuizClose:
        return quiz.onKey(*this, key, mods);
    case KeyAction::Section:
        return section.onKey(*this, key, mods);
    case KeyAction::MuscleAction:
        return muscleAction.onKey(*this, key, mods);
    case KeyAction::Chairside: // taken by the chairside mode in front of the router
    case KeyAction::NextWidget:
    case KeyAction::PreviousWidget:
    case KeyAction::MoveInPanel:
    case KeyAction::Press:
    case KeyAction::ToView: // the panels' keys: the router gives them to ImGui
    case KeyAction::StoryNext:
    case KeyAction::StoryBack:
    case KeyAction::StoryEnter:
    case KeyAction::StoryRoutineNext:
    case KeyAction::StoryLeave: // the chairside story's (app/chairside_mode)
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
        const int part = partAt(*g.click);
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
