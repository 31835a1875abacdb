// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// TechniqueMode and saved views (docs/VIEW-FILE.md): what plays, as a view file records it, and a
// view file's technique or routine played again at its time; and chairside's routine (issue 11),
// played step by step on the body and looped.
#include <algorithm>
#include <cmath>

#include "app/technique_mode_impl.h"

namespace glutea {

ViewAnimation TechniqueMode::animation() const {
    const Impl& m = *impl_;
    ViewAnimation a;
    if (m.routine) {
        a.kind = "routine";
        a.routine = m.routine->routine().id;
        if (m.pendingSeek) { // opened from a view, its gates not yet passed: still that moment
            a.step = m.pendingSeek->first;
            a.time = m.pendingSeek->second;
        } else if (!m.routine->gated()) {
            a.step = m.routine->step();
            a.time = m.routine->localTime(); // `render --routine ID --step N --time T`'s T
        }
    } else if (m.track) {
        a.kind = "technique";
        a.technique = m.track->technique->id;
        a.placement = m.track->placement->id;
        a.time = m.clock;
    } else if (m.pendingReplay) {
        a = *m.pendingReplay; // asked for before the scene was ready
    }
    return a;
}

std::string TechniqueMode::replay(WindowState& app, const ViewAnimation& a) {
    if (a.kind == "technique") {
        const Technique* t = app.content.findTechnique(a.technique);
        if (!t) {
            return "animation: --show technique:" + a.technique + ": no such technique";
        }
        if (!a.placement.empty() &&
            std::none_of(t->placements.begin(), t->placements.end(),
                         [&](const TechniquePlacement& p) { return p.id == a.placement; })) {
            return "animation: --show technique:" + a.technique + "/" + a.placement + ": " +
                   a.technique + " has no placement \"" + a.placement + "\"";
        }
    } else if (a.kind == "routine") {
        const Routine* r = app.content.findRoutine(a.routine);
        if (r == nullptr) {
            return "animation: --routine " + a.routine + ": no such routine";
        }
        if (a.step > int(r->steps.size())) {
            return "animation: --step " + std::to_string(a.step) + ": routine " + a.routine +
                   " has steps 1-" + std::to_string(r->steps.size()) + " (0: the warm-up)";
        }
    } else {
        return "";
    }
    impl_->pendingReplay = a;
    return "";
}

bool TechniqueMode::playRoutineChairside(WindowState& app, const std::string& id) {
    Impl& m = *impl_;
    if (!m.ready()) {
        return false;
    }
    m.startRoutine(app, id, false);
    if (m.routine) {
        m.loopRoutine = true;
    }
    return true;
}

void TechniqueMode::routineStepForward() {
    if (impl_->routine) {
        impl_->routine->stepForward();
    }
}

void TechniqueMode::Impl::applyPending(WindowState& app) {
    if (pendingReplay) {
        const ViewAnimation a = *pendingReplay;
        pendingReplay.reset();
        if (a.kind == "technique") {
            startTechnique(app, a.technique, a.placement);
            clock = a.time;
        } else {
            startRoutine(app, a.routine);
            pendingSeek = std::pair{a.step, a.time};
        }
        // The file's camera stays: no turn to the worked side for a prop.
        shownProps = playingTrack();
    }
    if (routine && pendingSeek && !routine->gated() && routine->state() != RoutineState::Ended) {
        const auto [step, time] = *pendingSeek;
        pendingSeek.reset();
        const auto& segments = routine->segments();
        const std::size_t s = std::min(std::size_t(std::max(step, 0)), segments.size() - 1);
        // A render's --time may run past the step's length: its motion loops, and the step lasts
        // whole loops of it, so the same moment of the motion lies within the step.
        const double local = time < segments[s].length ? time : std::fmod(time, segments[s].length);
        routine->seek(segments[s].start + local);
        // The step's muscle selected as a play selects it, without the camera easing away from
        // the file's view.
        selectStepMuscle(app);
        app.lastSelection = app.view.selection.current();
        shownProps = playingTrack();
    }
    // Chairside has no pause: its routine plays once the screening is answered, and from the
    // warm-up again when it finishes.
    if (routine && loopRoutine &&
        (routine->state() == RoutineState::Finished || routine->state() == RoutineState::Paused)) {
        routine->play();
    }
}

} // namespace glutea
