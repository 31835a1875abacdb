// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "app/chairside_mode.h"

#include <algorithm>
#include <cmath>
#include <mutex>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include "anatomy/referral_kinds.h"
#include "anatomy/selection.h"
#include "app/clinic_mode.h"
#include "app/handout_words.h"
#include "app/key_bindings.h"
#include "app/window_state.h"
#include "report/handout_text.h"
#include "ui/translate.h"

namespace glutea {

namespace {

GLFWkeyfun previousKey = nullptr; // the key router's (app/key_routing.cpp)
std::mutex keyMutex;
struct StoryKey {
    KeyAction action;
    int param; // the binding's: 1 for Shift+Enter (erase)
};
std::vector<StoryKey> keys; // taken by the callback, handled by the next frame
bool chairsideOn = false;

// The story's action for this key (app/key_bindings: F11 enters, the Chairside keys step), or
// null: the key goes on to the router. While the chairside panel has keyboard focus (Tab), the
// keys that navigate are the panel's; Page Up and Page Down (a clicker's) still step.
const KeyBinding* storyBinding(GLFWwindow* window, int key, int mods, int* param) {
    const auto& app = *static_cast<WindowState*>(glfwGetWindowUserPointer(window));
    if (!chairsideOn) {
        const KeyBinding* b = findKeyBinding(key, mods, KeyContext::Anywhere, param);
        return b && b->action == KeyAction::Chairside ? b : nullptr;
    }
    if (app.panels.keyboard.inPanels() && findKeyBinding(key, mods, KeyContext::Panel)) {
        return nullptr;
    }
    return findKeyBinding(key, mods, KeyContext::Chairside, param);
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
    int param = 0;
    const KeyBinding* b =
        action == GLFW_RELEASE ? nullptr : storyBinding(window, key, mods, &param);
    if (b && action == GLFW_PRESS) {
        const std::lock_guard lock(keyMutex);
        keys.push_back({b->action, param});
        return;
    }
    if (b) {
        return; // the repeats of a key the story took (releases go on: ImGui may hold the key)
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
    app.technique.stop(app);
    playingRoutine_.clear();
    startRoutine_ = false;
    app.panels.chairside.active = false;
    glfwSetWindowMonitor(app.window, nullptr, windowed_[0], windowed_[1], windowed_[2],
                         windowed_[3], 0);
    app.log->event({{"event", "chairside"}, {"on", false}});
}

void ChairsideMode::go(WindowState& app, int step) {
    step_ = std::clamp(step, 1, kChairsideSteps);
    // Step 1 paints; later steps show the pattern of the muscle chosen (with the painted area
    // when there is one), step 4 the routine.
    if (step_ == 1 && !app.referral.whereMode()) {
        app.referral.onKey(app, GLFW_KEY_W, 0);
    }
    if (step_ >= 2 && app.referral.paintDabs().empty() && app.referral.whereMode()) {
        app.referral.onKey(app, GLFW_KEY_W, 0); // off: nothing painted
    }
    fill(app);
    showSubject(app);
    app.log->event({{"event", "chairside_step"},
                    {"step", step_},
                    {"title", app.panels.chairside.title},
                    {"muscle", structure_},
                    {"routine", app.panels.chairside.routine}});
}

void ChairsideMode::selectSubject(WindowState& app) {
    int part = app.atlas.findPart(structure_, side_);
    if (part < 0) {
        part = app.atlas.findPart(structure_, Side::None);
    }
    if (part >= 0) {
        app.view.selection.select(selectionOfPart(app.atlas, part));
    }
}

void ChairsideMode::playPattern(WindowState& app) {
    if (fromPaint_) {
        app.actions.referral.chooseRanked = muscleIndex_; // this frame's referral request
        return;
    }
    if (!structure_.empty()) {
        app.referral.stop(app); // R again would stop it
        selectSubject(app);
    }
    if (!app.view.selection.current().empty()) {
        app.referral.onKey(app, GLFW_KEY_R, 0);
    }
}

void ChairsideMode::showSubject(WindowState& app) {
    if (step_ == 4) {
        startRoutine_ = true; // in frame(), once the technique scene is ready
        return;
    }
    startRoutine_ = false;
    const bool routineWas = !playingRoutine_.empty();
    if (routineWas) {
        app.technique.stop(app);
        playingRoutine_.clear();
    }
    if (step_ >= 2 && (routineWas || !app.referral.playing())) {
        playPattern(app);
    }
}

void ChairsideMode::fill(WindowState& app) {
    ChairsideView& v = app.panels.chairside;
    v.active = true;
    v.step = step_;
    v.lines.clear();
    v.warnings.clear();
    v.muscles.clear();
    v.routines.clear();
    v.dosage.clear();
    v.routineSteps.clear();
    v.routineStep = -1;
    v.routineState.clear();
    v.questions.clear();
    v.answers.clear();
    v.endAdvice.clear();
    for (const auto& r : app.content.routines) { // another routine can be picked at any step
        v.routines.emplace_back(r.id, r.name.get(uiLanguage()));
    }

    // The subject: the painted area's best matches (or the clinician's pick among them), else
    // the clinician's pick among every muscle with a trigger-point pattern, else the selected
    // structure when it has a pattern (not while a routine plays: it selects its steps' muscles).
    const auto ranked = app.referral.rankedStructures();
    fromPaint_ = !ranked.empty();
    choices_ = ranked;
    if (!fromPaint_) {
        for (const auto& p : app.content.referralPatterns) {
            if (p.kind == "myofascial" &&
                std::none_of(choices_.begin(), choices_.end(),
                             [&](const auto& c) { return c.first == p.structure; })) {
                choices_.emplace_back(p.structure, side_);
            }
        }
    }
    const Selection& s = app.view.selection.current();
    if (fromPaint_) {
        muscleIndex_ = std::clamp(muscleIndex_, 0, int(ranked.size()) - 1);
        structure_ = ranked[std::size_t(muscleIndex_)].first;
        side_ = ranked[std::size_t(muscleIndex_)].second;
    } else if (playingRoutine_.empty() && !s.empty() && app.content.findReferral(s.structureId)) {
        structure_ = s.structureId;
        side_ = s.side == Side::Right ? Side::Right : Side::Left;
    }
    if (!fromPaint_) {
        muscleIndex_ = -1;
        for (std::size_t i = 0; i < choices_.size(); ++i) {
            muscleIndex_ = choices_[i].first == structure_ ? int(i) : muscleIndex_;
        }
    }
    for (const auto& [id, side] : choices_) {
        const StructureInfo* info = app.content.findStructure(id);
        // Nerve pain is listed with the muscles (it answers where it hurts) but says what it is:
        // a root's dermatome belongs to the skin, not to a muscle.
        const ReferralPattern* pattern = app.content.findReferral(id);
        if (pattern && nervePattern(*pattern)) {
            v.muscles.push_back((pattern->kind == "radicular"
                                     ? std::string(tr("A nerve from the low back"))
                                     : (info ? info->name.get(uiLanguage()) : id)) +
                                tr(" (nerve pain: see a doctor)"));
            continue;
        }
        const char* sideText = !fromPaint_           ? ""
                               : side == Side::Right ? tr(" (right)")
                               : side == Side::Left  ? tr(" (left)")
                                                     : "";
        v.muscles.push_back((info ? info->name.get(uiLanguage()) : id) + sideText);
    }
    if (muscleIndex_ < 0 && !v.muscles.empty()) {
        v.muscles.insert(v.muscles.begin(), tr("(choose a muscle)"));
        choices_.insert(choices_.begin(), {"", side_});
        muscleIndex_ = 0;
    }
    v.muscle = muscleIndex_;
    HandoutSubject subject{structure_, side_, nullptr, {}};
    const Routine* routine = app.content.findRoutine(routine_);
    subject.routine = routine ? routine : routineForStructure(app.content, structure_);
    const Handout h = handoutTexts(app.content, subject, uiLanguage(), handoutWords());
    v.routine = subject.routine ? subject.routine->id : "";

    v.title = tr(kTitles[step_ - 1]);
    switch (step_) {
    case 1:
        v.lines = {tr("Show me on the body where you feel it: click or paint on the skin."),
                   tr("Right-drag rubs it out."),
                   tr("Without a mouse: Enter paints at the cross, Shift+Enter rubs out.")};
        break;
    case 2:
        if (h.muscleName.empty()) {
            v.lines = {tr("Paint where it hurts (step 1), or click on a muscle.")};
        } else {
            v.lines = {trf("Most likely: the %s.", h.muscleName.c_str()),
                       trf("%s: the strong colour. %s: the lighter, striped colour.",
                           tr(kEssentialLegend), tr(kSpilloverLegend))};
        }
        break;
    case 3:
        v.lines = {h.why.empty() ? tr("Pick a muscle first (step 2).") : h.why};
        break;
    case 4: {
        if (!subject.routine) {
            v.lines = {tr("No routine works on this muscle yet.")};
            break;
        }
        v.title = tr("What helps: ") + h.routineName;
        v.dosage = trf("How much: %s.", h.dosage.c_str());
        // The steps as the body plays them (0 the warm-up), the one playing picked out; before
        // the routine plays, the same steps as lines.
        std::vector<std::string> steps = {tr("Warm-up") +
                                          (h.warmUp.empty() ? "" : ": " + h.warmUp)};
        for (const auto& st : h.steps) {
            steps.push_back(std::to_string(st.number) + ". " + st.title + ": " + st.how +
                            (st.dosage.empty() ? "" : " (" + st.dosage + ")"));
        }
        if (!playingRoutine_.empty() && app.panels.technique.routineOpen) {
            const TechniquePanel& t = app.panels.technique;
            v.routineState = t.routineState;
            v.routineSteps = std::move(steps);
            v.routineStep = t.step;
            v.questions = t.questions;
            v.answers = t.answers;
            v.endAdvice = t.endAdvice;
        } else {
            v.lines = {v.dosage};
            v.lines.insert(v.lines.end(), steps.begin(), steps.end());
        }
        break;
    }
    case 5:
        v.lines = h.seeClinician;
        v.lines.insert(v.lines.begin(), tr("See your doctor or therapist if:"));
        v.warnings = h.emergency;
        if (!v.warnings.empty()) {
            v.warnings.insert(v.warnings.begin(), tr("Get emergency care now if:"));
        }
        break;
    default:
        v.lines = {
            tr("A page to take home: where it hurts, the muscle's pain map, the routine with "
               "its pictures, and when to see a doctor.")};
        break;
    }
    v.status = app.panels.clinic.status;
}

bool ChairsideMode::frame(WindowState& app, ClinicMode& clinic) {
    std::vector<StoryKey> pressed;
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
    if (r.enter ||
        (!active_ && !pressed.empty() && pressed.front().action == KeyAction::Chairside)) {
        enter(app);
        return true;
    }
    if (!active_) {
        return false;
    }
    for (const auto& [key, param] : pressed) {
        if (key == KeyAction::StoryLeave || key == KeyAction::Chairside) {
            leave(app);
            return true;
        }
        if (key == KeyAction::StoryRoutineNext) {
            if (step_ == 4) {
                app.technique.routineStepForward();
            }
        } else if (key == KeyAction::StoryEnter) {
            if (step_ == 1) { // the click on the body, without a mouse: at the aiming cross
                app.referral.dabAt(app, app.viewportCentre(), param == 1);
            } else if (step_ == kChairsideSteps) {
                exportNow();
            }
        } else if (key == KeyAction::StoryBack) {
            go(app, step_ - 1);
        } else if (key == KeyAction::StoryNext) {
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
    if (r.nextRoutineStep && step_ == 4) {
        app.technique.routineStepForward();
    }
    if (r.answer) {
        app.actions.technique.answer = r.answer; // the technique mode reads it this frame
    }
    const bool picked = r.pickMuscle || !r.pickRoutine.empty();
    if (r.pickMuscle && *r.pickMuscle >= 0 && *r.pickMuscle < int(choices_.size())) {
        // Another muscle: its own routine (unless one is picked again), its pattern or (step 4)
        // its routine on the body.
        muscleIndex_ = *r.pickMuscle;
        routine_.clear();
        if (!fromPaint_) {
            structure_ = choices_[std::size_t(muscleIndex_)].first;
            side_ = choices_[std::size_t(muscleIndex_)].second;
            if (playingRoutine_.empty() && step_ != 4) {
                selectSubject(app);
            }
        }
    }
    if (!r.pickRoutine.empty()) {
        routine_ = r.pickRoutine;
    }
    if (picked) {
        fill(app);
        if (step_ == 4) {
            startRoutine_ = true;
        } else if (r.pickMuscle && (step_ >= 2 || fromPaint_)) {
            playPattern(app);
        }
    }
    if (startRoutine_ && step_ == 4) {
        const std::string id = app.panels.chairside.routine;
        if (id.empty()) {
            startRoutine_ = false;
        } else {
            selectSubject(app); // the side it plays on
            if (app.technique.playRoutineChairside(app, id)) {
                startRoutine_ = false;
                playingRoutine_ = id;
            }
        }
        changed = true;
    }
    fill(app); // the ranking and the selection change as the clinician paints and clicks
    if (picked) {
        app.log->event({{"event", "chairside_pick"},
                        {"step", step_},
                        {"muscle", structure_},
                        {"side", std::string(toString(side_))},
                        {"routine", app.panels.chairside.routine}});
    }
    logHotspots(app);
    return changed;
}

void ChairsideMode::logHotspots(WindowState& app) {
    nlohmann::json spots = nlohmann::json::object();
    for (const auto& [name, at] : app.actions.chairside.hotspots) {
        spots[name] = {std::round(at.x), std::round(at.y)};
    }
    if (spots.dump() != lastHotspots_) {
        lastHotspots_ = spots.dump();
        app.log->event({{"event", "chairside_hotspots"}, {"points", spots}});
    }
}

} // namespace glutea
