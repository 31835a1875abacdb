// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The interactive window's state and its reactions to input; used by window_app.cpp only.
#include <memory>
#include <string>

#include "anatomy/atlas.h"
#include "anatomy/content.h"
#include "anatomy/view_state.h"
#include "app/action_mode.h"
#include "app/display_meshes.h"
#include "app/key_bindings.h"
#include "app/label_mode.h"
#include "app/quiz_mode.h"
#include "app/referral_mode.h"
#include "app/scene_queries.h"
#include "app/section_mode.h"
#include "app/state_log.h"
#include "app/technique_mode.h"
#include "app/viewport_mouse.h"
#include "render/renderer.h"
#include "render/scene_target.h"
#include "ui/panels.h"

struct GLFWwindow;

namespace glutea {

struct WindowState {
    GLFWwindow* window = nullptr;
    Atlas atlas;
    Content content;
    ViewState view;
    Panels panels;
    SceneQueries queries;
    ReferralMode referral;   // issue 8: referred pain on the body
    TechniqueMode technique; // issue 9: techniques, routines, cautions on the body
    LabelMode labels;        // issue 12: leader-line labels (L)
    QuizMode quiz;           // issue 12: the quiz (Q)
    SectionMode section;     // issue 12: cross-sections (S)
    ActionMode muscleAction; // issue 12: muscle actions (A)
    ViewportMouse mouse;
    std::unique_ptr<Renderer> renderer;
    DisplayMeshesInBackground displayMeshes;     // after the renderer: destroyed first, waits
    std::unique_ptr<SceneTarget> viewportTarget; // resized with the viewport
    int samples = 0;
    std::unique_ptr<StateLog> log;
    ViewportRect viewportRect;
    UiActions actions; // this frame's requests from the panels (the modes read theirs)
    bool settingsChangedByKey = false; // Ctrl++ / Ctrl+-: saved and applied like a menu change
    Selection lastSelection;           // to notice a change of selection, whatever made it
    // Button presses and releases since the last frame, in order: a quick click can start and end
    // between two frames, which polling the button state would miss.
    struct ButtonEvent {
        int button;
        bool pressed;
        glm::vec2 at;
    };
    std::vector<ButtonEvent> buttonEvents;

    float aspect() const;
    bool insideViewport(glm::vec2 windowPixel) const;
    glm::vec2 toNdc(glm::vec2 windowPixel) const;
    // The 3D view's centre in window pixels: where the aiming cross is, and what keys mark.
    glm::vec2 viewportCentre() const;
    // Whether a key can mark the body now ("where does it hurt?", a pin being added, or a quiz
    // question answered by a click): the cross is then drawn at the view's centre.
    bool aiming() const;
    // The part under a window pixel (-1: none), as a click there picks it.
    int partAt(glm::vec2 windowPixel);

    void moveCamera(const OrbitCamera& goal);
    void applyPreset(const std::string& name);
    void frameAll();
    void frameSelection();    // both sides when both are selected; the whole atlas when nothing is
    void framePart(int part); // keep the direction, centre and fit the part

    // A key press the panels did not take. Returns false for keys it does not know.
    bool onKey(int key, int mods);
    // What a key of the table (app/key_bindings) does; key and mods for the modes' own handlers.
    bool runKeyAction(KeyAction action, int param, int key, int mods);
    void onScroll(double dy);
    // This frame's mouse gestures over the viewport: orbit, pan, pick, hover, double-click.
    void handleMouse(double seconds);
    void handleGestures(const MouseGestures& gestures);
    // After anything changed the selection: ease the camera to the best view of it.
    void reactToSelection();
    // Logs where each structure can be clicked in the current view (window pixels), so tests and
    // automation can click "the gluteus medius" without guessing pixels.
    void logVisiblePoints();
};

// A structure's name as the content names it (else the atlas manifest's, else its id).
std::string structureName(const WindowState& app, const std::string& id);

} // namespace glutea
