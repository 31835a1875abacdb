// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "app/label_mode.h"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include "app/window_state.h"
#include "ui/labels.h"

namespace glutea {

bool LabelMode::onKey(WindowState& app, int key, int mods) {
    if (key != GLFW_KEY_L || (mods & (GLFW_MOD_CONTROL | GLFW_MOD_ALT))) {
        return false;
    }
    if (mods & GLFW_MOD_SHIFT) {
        latin_ = !latin_;
        on_ = true;
    } else {
        on_ = !on_;
    }
    labels_.forget();
    loggedCount_ = ~std::size_t{0};
    app.log->event({{"event", "labels"}, {"on", on_}, {"latin", latin_}});
    return true;
}

void LabelMode::frame(WindowState& app) {
    if (!on_ || app.atlas.parts.empty() || app.quiz.active()) { // labels would answer the quiz
        return;
    }
    const ViewportRect& r = app.viewportRect;
    if (r.width <= 0 || r.height <= 0) {
        return;
    }
    const auto labels = labels_.update(app.atlas, &app.content, app.queries.bvh(), app.view,
                                       glm::vec2(r.width, r.height), latin_, measureLabelText);
    drawSceneLabels(labels, glm::vec2(r.x, r.y));
    if (labels.size() != loggedCount_ && app.log->enabled()) { // for GUI tests: what is labelled
        nlohmann::json shown = nlohmann::json::object();
        for (const auto& l : labels) {
            shown[l.placed.id] = {r.x + l.placed.anchor.x, r.y + l.placed.anchor.y};
        }
        app.log->event({{"event", "labels_shown"}, {"labels", shown}});
        loggedCount_ = labels.size();
    }
}

} // namespace glutea
