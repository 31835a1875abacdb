// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "app/action_mode.h"

#include <algorithm>
#include <cstdio>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include "app/window_state.h"
#include "ui/action_panel.h"
#include "ui/translate.h"

namespace glutea {

namespace {
// Flexion and extension read best from the moving side, the rest from behind (the buttock's
// muscles face the eye; in the reversal the piriformis changes colour there).
std::string viewFor(const HipActionDef& action) {
    const bool sagittal = action.peak.flexion != 0.0f && action.peak.abduction == 0.0f;
    return sagittal && !action.reversal ? "left" : "posterior";
}
} // namespace

void ActionMode::log(WindowState& app) {
    app.log->event({{"event", "action"},
                    {"action", action_ ? action_->id : ""},
                    {"side", sideName(kActionSide)},
                    {"playing", action_ != nullptr && playing_},
                    {"time", time_}});
}

void ActionMode::start(WindowState& app, const std::string& id) {
    const HipActionDef* action = findHipAction(id);
    if (!action) {
        return;
    }
    if (!scene_ || sceneAtlas_ != &app.atlas) {
        scene_ = std::make_unique<HipActionScene>(app.atlas);
        sceneAtlas_ = &app.atlas;
    }
    app.referral.stop(app); // one animation at a time
    app.technique.stop(app);
    const bool turn = !action_ || viewFor(*action_) != viewFor(*action);
    // The reversal is about the piriformis, under the gluteus maximus: peel the superficial
    // muscles while it plays, as they were before afterwards.
    if (action->reversal && !(action_ && action_->reversal)) {
        peelBefore_ = app.view.peel;
        app.view.peel = std::max(app.view.peel, 2.0f);
    } else if (!action->reversal && action_ && action_->reversal) {
        app.view.peel = peelBefore_;
    }
    action_ = action;
    time_ = 0.0f;
    playing_ = true;
    if (turn) {
        // The preset's direction, framing the pelvis and the whole leg.
        if (auto preset = findViewPreset(viewFor(*action))) {
            OrbitCamera goal = app.view.camera;
            goal.setPreset(*preset);
            goal.frame(app.atlas.bounds, app.aspect());
            app.moveCamera(goal);
        }
    }
    log(app);
}

void ActionMode::stop(WindowState& app) {
    if (!action_) {
        return;
    }
    if (action_->reversal) {
        app.view.peel = peelBefore_;
    }
    action_ = nullptr;
    HipActionScene::clear(app.view);
    log(app);
}

bool ActionMode::onKey(WindowState& app, int key, int mods) {
    if (key != GLFW_KEY_A || (mods & (GLFW_MOD_CONTROL | GLFW_MOD_ALT))) {
        return false;
    }
    if (mods & GLFW_MOD_SHIFT) {
        if (action_) {
            playing_ = !playing_;
            log(app);
        }
        return true;
    }
    const auto& all = hipActions();
    if (!action_) {
        start(app, all.front().id);
    } else if (action_ == &all.back()) {
        stop(app);
    } else {
        start(app, (action_ + 1)->id);
    }
    return true;
}

bool ActionMode::frame(WindowState& app, float seconds) {
    const bool reduced = app.panels.settings.reducedMotion;
    ActionPanelState state;
    state.action = action_;
    state.side = sideName(kActionSide);
    state.viewportCorner = {app.viewportRect.x + app.viewportRect.width,
                            app.viewportRect.y + app.viewportRect.height};
    if (action_ && scene_) {
        if (playing_ && !reduced) {
            time_ += seconds;
        }
        scene_->apply(app.view, *action_, time_, reduced);
        state.playing = playing_;
        state.reducedMotion = reduced;
        state.time = time_;
        state.angles = HipActionTimeline::anglesAt(*action_, time_, reduced);
        state.muscles = scene_->muscles(*action_, state.angles);
        for (const auto& m : state.muscles) {
            state.names.push_back(structureName(app, m.id));
        }
        if (action_->reversal) {
            if (const MuscleLine* line = findMuscleLine("piriformis")) {
                const float arm = rotationMomentArm(*line, scene_->joint(), state.angles);
                const auto flip = rotationReversalFlexion(*line, scene_->joint());
                char text[240];
                std::snprintf(text, sizeof text,
                              tr("Piriformis now turns the thigh %s (lever %.1f cm). Its line of "
                                 "pull crosses the thigh's long axis at %.0f deg of flexion."),
                              arm > 0.0f ? tr("inward") : tr("outward"), std::abs(arm) * 100.0f,
                              flip ? *flip : 0.0f);
                state.note = text;
            }
        }
    }
    ActionUiRequest request;
    drawActionMenu(state, request);
    drawActionPanel(state, request);
    if (request.start) {
        start(app, *request.start);
    }
    if (request.togglePlay && action_) {
        playing_ = !playing_;
        log(app);
    }
    if (request.stop) {
        stop(app);
    }
    return action_ != nullptr && playing_ && !reduced;
}

} // namespace glutea
