// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "app/section_mode.h"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <glm/gtc/matrix_transform.hpp>

#include "app/section_view.h"
#include "app/window_state.h"

namespace glutea {

namespace {

constexpr float kTiltStepDegrees = 5.0f; // Alt+[ and Alt+]

constexpr std::size_t kSkin = static_cast<std::size_t>(LayerGroup::Skin);

// Where each kind first cuts: the classic levels (the greater sciatic notch for the axial and
// sagittal cuts, the sciatic nerve's exit for the coronal one), else the middle of the region.
glm::vec3 startingCentre(const Atlas& atlas, const std::string& kind) {
    const char* id = kind == "coronal" ? "sciatic_exit_l" : "greater_sciatic_notch_l";
    if (auto it = atlas.landmarks.find(id); it != atlas.landmarks.end()) {
        return it->second.position;
    }
    return atlas.focusBounds().centre();
}

SectionPlane through(const std::string& kind, const glm::vec3& c) {
    return kind == "coronal"    ? coronalSection(c.z)
           : kind == "sagittal" ? sagittalSection(c.x)
                                : axialSection(c.y);
}

} // namespace

void SectionMode::set(WindowState& app, const SectionPlane& plane, bool turnCamera) {
    if (plane.on && !plane_.on) {
        skinOpacity_ = app.view.layers[kSkin].opacity;
    }
    plane_ = plane;
    if (plane.on) {
        applySection(app.view, plane);
        if (turnCamera) {
            app.applyPreset(plane.facingView());
        }
    } else {
        app.view.section = plane;
        app.view.layers[kSkin].opacity = skinOpacity_;
    }
    log(app);
}

void SectionMode::log(WindowState& app) {
    app.log->event({{"event", "section"},
                    {"on", plane_.on},
                    {"kind", plane_.kind},
                    {"normal", {plane_.normal.x, plane_.normal.y, plane_.normal.z}},
                    {"offset", plane_.offset}});
}

bool SectionMode::onKey(WindowState& app, int key, int mods) {
    if (mods & GLFW_MOD_CONTROL) {
        return false;
    }
    const bool bracket = key == GLFW_KEY_LEFT_BRACKET || key == GLFW_KEY_RIGHT_BRACKET;
    if (mods & GLFW_MOD_ALT) {
        if (!plane_.on || !bracket) {
            return false;
        }
        // 5 degree steps: left-right about the view's up; with Shift, up-down about its right.
        const float degrees = key == GLFW_KEY_RIGHT_BRACKET ? kTiltStepDegrees : -kTiltStepDegrees;
        (mods & GLFW_MOD_SHIFT) ? tilt(app, 0.0f, degrees) : tilt(app, degrees, 0.0f);
        return true;
    }
    if (key == GLFW_KEY_S) {
        const std::string next = !plane_.on                 ? "axial"
                                 : plane_.kind == "axial"   ? "coronal"
                                 : plane_.kind == "coronal" ? "sagittal"
                                                            : "";
        if (next.empty()) {
            set(app, SectionPlane{}, false);
        } else {
            centre_ = startingCentre(app.atlas, next);
            set(app, through(next, centre_), true);
        }
        return true;
    }
    if (plane_.on && bracket) {
        const float step = (mods & GLFW_MOD_SHIFT) ? 0.02f : 0.005f;
        // ] moves the plane into what it cuts away: less is cut.
        const float along = key == GLFW_KEY_RIGHT_BRACKET ? step : -step;
        centre_ += plane_.normal * along;
        SectionPlane moved = plane_;
        moved.offset = glm::dot(moved.normal, centre_);
        set(app, moved, false);
        return true;
    }
    return false;
}

bool SectionMode::onGestures(WindowState& app, const MouseGestures& g) {
    if (!plane_.on || !g.dragging || *g.dragging != MouseButton::Left) {
        return false;
    }
    const bool ctrl = glfwGetKey(app.window, GLFW_KEY_LEFT_CONTROL) == GLFW_PRESS ||
                      glfwGetKey(app.window, GLFW_KEY_RIGHT_CONTROL) == GLFW_PRESS;
    const bool alt = glfwGetKey(app.window, GLFW_KEY_LEFT_ALT) == GLFW_PRESS ||
                     glfwGetKey(app.window, GLFW_KEY_RIGHT_ALT) == GLFW_PRESS;
    if (!ctrl && !alt) {
        return false;
    }
    if (alt) {
        tilt(app, g.dragDelta.x * 0.4f, g.dragDelta.y * 0.4f); // 0.4 degrees a pixel
        return true;
    }
    // Ctrl: up the screen moves the plane into what is cut away.
    centre_ += plane_.normal * (-g.dragDelta.y * 0.0005f);
    SectionPlane moved = plane_;
    moved.offset = glm::dot(moved.normal, centre_);
    set(app, moved, false);
    return true;
}

void SectionMode::tilt(WindowState& app, float aboutUpDegrees, float aboutRightDegrees) {
    const glm::vec3 f = app.view.camera.forward();
    const glm::vec3 right = glm::normalize(glm::cross(f, glm::vec3(0, 1, 0)));
    const glm::vec3 up = glm::cross(right, f);
    glm::mat4 turn = glm::rotate(glm::mat4(1.0f), glm::radians(aboutUpDegrees), up);
    turn = glm::rotate(turn, glm::radians(aboutRightDegrees), right);
    SectionPlane moved = plane_;
    moved.normal = glm::normalize(glm::vec3(turn * glm::vec4(plane_.normal, 0.0f)));
    moved.kind = "free";
    moved.offset = glm::dot(moved.normal, centre_);
    set(app, moved, false);
}

} // namespace glutea
