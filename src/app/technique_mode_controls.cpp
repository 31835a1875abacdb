// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// TechniqueMode's controls: its keys (T, C; Space, N, P for a routine) and the requests of the
// technique panel and the card (play, stop, routine steps, screening answers, caution notes).
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include "app/technique_mode_impl.h"

namespace glutea {

bool TechniqueMode::onKey(WindowState& app, int key, int mods) {
    if (mods & (GLFW_MOD_CONTROL | GLFW_MOD_ALT)) {
        return false;
    }
    Impl& m = *impl_;
    m.settleFrames = 6;
    if (key == GLFW_KEY_T) {
        if (m.track) {
            m.stopAll(app);
        } else if (m.ready()) {
            const std::string id = app.view.selection.current().structureId;
            for (const auto& t : app.content.techniques) {
                if (firstPlacementOn(t, id) && !id.empty()) {
                    m.startTechnique(app, t.id, "");
                    break;
                }
            }
        }
        return true;
    }
    if (key == GLFW_KEY_C) {
        m.cautions = !m.cautions;
        app.log->event({{"event", "cautions"}, {"shown", m.cautions}});
        return true;
    }
    if (!m.routine) {
        return false;
    }
    if (key == GLFW_KEY_SPACE) {
        m.routine->togglePlay();
    } else if (key == GLFW_KEY_N || key == GLFW_KEY_PAGE_DOWN) {
        m.routine->stepForward();
    } else if (key == GLFW_KEY_P || key == GLFW_KEY_PAGE_UP) {
        m.routine->stepBack();
    } else {
        return false;
    }
    return true;
}

void TechniqueMode::Impl::handleRequests(WindowState& app, const TechniqueUiRequest& req,
                                         const CardRequests& card) {
    if (!card.technique.empty()) {
        startTechnique(app, card.technique, card.placement);
    }
    if (req.stop) {
        stopAll(app);
    }
    if (!req.startRoutine.empty()) {
        startRoutine(app, req.startRoutine);
    }
    if (req.toggleCautions) {
        cautions = !cautions;
        app.log->event({{"event", "cautions"}, {"shown", cautions}});
    }
    if (!req.cautionClicked.empty()) {
        noteZone = req.cautionClicked;
        app.log->event({{"event", "caution_note"}, {"zone", noteZone}});
    }
    if (req.closeNote) {
        noteZone.clear();
    }
    if (!routine) {
        return;
    }
    if (req.answer) {
        routine->answer(std::size_t(req.answer->first), req.answer->second);
    }
    if (req.acknowledgeRedFlags) {
        routine->acknowledgeRedFlags();
    }
    if (req.togglePlay) {
        routine->togglePlay();
    }
    if (req.stepBack) {
        routine->stepBack();
    }
    if (req.stepForward) {
        routine->stepForward();
    }
    if (req.seek) {
        routine->seek(*req.seek);
    }
    if (req.speed) {
        routine->setSpeed(*req.speed);
    }
}

} // namespace glutea
