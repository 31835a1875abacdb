// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "app/chairside_mode.h"

#include <mutex>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include "anatomy/selection.h"
#include "app/clinic_mode.h"
#include "app/window_state.h"
#include "report/handout_text.h"

namespace glutea {

namespace {

GLFWkeyfun previousKey = nullptr; // ImGui's, which chains to the window's own
std::mutex keyMutex;
std::vector<int> keys; // taken by the callback, handled by the next frame
bool chairsideOn = false;

bool storyKey(int key) {
    switch (key) {
    case GLFW_KEY_RIGHT:
    case GLFW_KEY_LEFT:
    case GLFW_KEY_PAGE_DOWN:
    case GLFW_KEY_PAGE_UP:
    case GLFW_KEY_SPACE:
    case GLFW_KEY_ESCAPE:
    case GLFW_KEY_ENTER:
    case GLFW_KEY_DOWN:
    case GLFW_KEY_UP:
        return true;
    default:
        return false;
    }
}

const char* const kTitles[kChairsideSteps] = {
    "Where does it hurt?",  "Muscles that can cause this pain",
    "Why it hurts",         "What helps",
    "When to see a doctor", "Your handout"};

} // namespace

void ChairsideMode::attach(WindowState& app) {
    previousKey = glfwSetKeyCallback(app.window, onKey);
}

void ChairsideMode::onKey(GLFWwindow* window, int key, int scancode, int action, int mods) {
    const bool press = action == GLFW_PRESS;
    if (press && (key == GLFW_KEY_F11 || (chairsideOn && storyKey(key)))) {
        const std::lock_guard lock(keyMutex);
        keys.push_back(key);
        return;
    }
    if (chairsideOn && storyKey(key)) {
        return; // the release and repeats of a key the story took
    }
    if (previousKey) {
        previousKey(window, key, scancode, action, mods);
    }
}

void ChairsideMode::enter(WindowState& app) {
    active_ = chairsideOn = true;
    glfwGetWindowPos(app.window, &windowed_[0], &windowed_[1]);
    glfwGetWindowSize(app.window, &windowed_[2], &windowed_[3]);
    if (GLFWmonitor* monitor = glfwGetPrimaryMonitor()) {
        if (const GLFWvidmode* mode = glfwGetVideoMode(monitor)) {
            glfwSetWindowMonitor(app.window, monitor, 0, 0, mode->width, mode->height,
                                 mode->refreshRate);
        }
    }
    app.panels.settings.audience = Audience::Patient;
    app.technique.stop(app);
    app.log->event({{"event", "chairside"}, {"on", true}});
    go(app, 1);
}

void ChairsideMode::leave(WindowState& app) {
    active_ = chairsideOn = false;
    app.panels.chairside.active = false;
    glfwSetWindowMonitor(app.window, nullptr, windowed_[0], windowed_[1], windowed_[2],
                         windowed_[3], 0);
    app.log->event({{"event", "chairside"}, {"on", false}});
}

void ChairsideMode::go(WindowState& app, int step) {
    step_ = std::clamp(step, 1, kChairsideSteps);
    // Step 1 paints; later steps show the pattern of the muscle chosen (with the painted area
    // when there is one).
    if (step_ == 1 && !app.referral.whereMode()) {
        app.referral.onKey(app, GLFW_KEY_W, 0);
    }
    if (step_ >= 2 && app.referral.paintDabs().empty()) {
        if (app.referral.whereMode()) {
            app.referral.onKey(app, GLFW_KEY_W, 0); // off: nothing painted
        }
        if (!app.referral.playing() && !app.view.selection.current().empty()) {
            app.referral.onKey(app, GLFW_KEY_R, 0);
        }
    }
    fill(app);
    app.log->event({{"event", "chairside_step"},
                    {"step", step_},
                    {"title", app.panels.chairside.title},
                    {"muscle", structure_},
                    {"routine", app.panels.chairside.routine}});
}

void ChairsideMode::fill(WindowState& app) {
    ChairsideView& v = app.panels.chairside;
    v.active = true;
    v.step = step_;
    v.lines.clear();
    v.warnings.clear();
    v.muscles.clear();
    v.routines.clear();

    // The subject: the painted area's best matches (or the clinician's pick among them), else
    // the selected structure when it has a pattern.
    const auto ranked = app.referral.rankedStructures();
    const Selection& s = app.view.selection.current();
    if (!ranked.empty()) {
        muscleIndex_ = std::clamp(muscleIndex_, 0, int(ranked.size()) - 1);
        structure_ = ranked[std::size_t(muscleIndex_)].first;
        side_ = ranked[std::size_t(muscleIndex_)].second;
        for (const auto& [id, side] : ranked) {
            const StructureInfo* info = app.content.findStructure(id);
            v.muscles.push_back((info ? info->name.get() : id) + (side == Side::Right  ? " (right)"
                                                                  : side == Side::Left ? " (left)"
                                                                                       : ""));
        }
    } else if (!s.empty() && app.content.findReferral(s.structureId)) {
        structure_ = s.structureId;
        side_ = s.side == Side::Right ? Side::Right : Side::Left;
    }
    v.muscle = muscleIndex_;
    HandoutSubject subject{structure_, side_, nullptr, {}};
    const Routine* routine = nullptr;
    for (const auto& r : app.content.routines) {
        routine = r.id == routine_ ? &r : routine;
    }
    subject.routine = routine ? routine : routineForStructure(app.content, structure_);
    const Handout h = handoutTexts(app.content, subject);
    v.routine = subject.routine ? subject.routine->id : "";

    v.title = kTitles[step_ - 1];
    switch (step_) {
    case 1:
        v.lines = {"Show me on the body where you feel it: click or paint on the skin.",
                   "Right-drag rubs it out."};
        break;
    case 2:
        if (h.muscleName.empty()) {
            v.lines = {"Paint where it hurts (step 1), or click on a muscle."};
        } else {
            v.lines = {"Most likely: the " + h.muscleName + ".",
                       std::string(kEssentialLegend) + ": the strong colour. " + kSpilloverLegend +
                           ": the lighter, striped colour."};
        }
        break;
    case 3:
        v.lines = {h.why.empty() ? "Pick a muscle first (step 2)." : h.why};
        break;
    case 4:
        if (!subject.routine) {
            v.lines = {"No routine works on this muscle yet."};
            break;
        }
        v.title = "What helps: " + h.routineName;
        v.lines.push_back("How much: " + h.dosage + ".");
        if (!h.warmUp.empty()) {
            v.lines.push_back("First: " + h.warmUp);
        }
        for (const auto& st : h.steps) {
            v.lines.push_back(std::to_string(st.number) + ". " + st.title + ": " + st.how +
                              (st.dosage.empty() ? "" : " (" + st.dosage + ")"));
        }
        for (const auto& r : app.content.routines) {
            v.routines.emplace_back(r.id, r.name.get());
        }
        break;
    case 5:
        v.lines = h.seeClinician;
        v.lines.insert(v.lines.begin(), "See your doctor or therapist if:");
        v.warnings = h.emergency;
        if (!v.warnings.empty()) {
            v.warnings.insert(v.warnings.begin(), "Get emergency care now if:");
        }
        break;
    default:
        v.lines = {"A page to take home: where it hurts, the muscle's pain map, the routine with "
                   "its pictures, and when to see a doctor."};
        break;
    }
    v.status = app.panels.clinic.status;
}

bool ChairsideMode::frame(WindowState& app, ClinicMode& clinic) {
    std::vector<int> pressed;
    {
        const std::lock_guard lock(keyMutex);
        pressed.swap(keys);
    }
    ChairsideUiRequest& r = app.actions.chairside;
    bool changed = false;
    auto exportNow = [&]() {
        const std::string dir =
            app.panels.clinic.defaultDir.empty() ? std::string(".") : app.panels.clinic.defaultDir;
        clinic.exportHandout(app, dir + "/glutea-handout.pdf", app.panels.chairside.routine);
    };
    if (r.enter || (!active_ && !pressed.empty() && pressed.front() == GLFW_KEY_F11)) {
        enter(app);
        return true;
    }
    if (!active_) {
        return false;
    }
    for (int key : pressed) {
        if (key == GLFW_KEY_ESCAPE || key == GLFW_KEY_F11) {
            leave(app);
            return true;
        }
        if (key == GLFW_KEY_ENTER && step_ == kChairsideSteps) {
            exportNow();
        } else if (key == GLFW_KEY_LEFT || key == GLFW_KEY_PAGE_UP || key == GLFW_KEY_UP) {
            go(app, step_ - 1);
        } else if (key != GLFW_KEY_ENTER) {
            go(app, step_ + 1);
        }
        changed = true;
    }
    if (r.leave) {
        leave(app);
        return true;
    }
    if (r.next || r.back) {
        go(app, step_ + (r.next ? 1 : -1));
    }
    if (r.pickMuscle) {
        muscleIndex_ = *r.pickMuscle;
        app.actions.referral.chooseRanked = *r.pickMuscle; // its pattern plays
        app.log->event({{"event", "chairside_pick"}, {"muscle_index", muscleIndex_}});
    }
    if (!r.pickRoutine.empty()) {
        routine_ = r.pickRoutine;
        app.log->event({{"event", "chairside_pick"}, {"routine", routine_}});
    }
    if (r.exportHandout) {
        exportNow();
    }
    fill(app); // the ranking and the selection change as the clinician paints and clicks
    return changed;
}

} // namespace glutea
