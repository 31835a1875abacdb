// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// "Where does it hurt?" (W): the patient paints on the skin, right-drag erases, and the patterns
// covering the painted area are ranked, the first played (docs/ANIMATION.md).
#include <algorithm>
#include <cmath>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include "anatomy/referral_choice.h"
#include "app/referral_mode.h"
#include "app/window_state.h"
#include "ui/translate.h"

namespace glutea {

void ReferralMode::toggleWhere(WindowState& app) {
    if (where_) {
        stop(app);
        return;
    }
    error_.clear();
    where_ = true;
    lastDab_.reset();
    app.log->event({{"event", "where_does_it_hurt"}, {"on", true}});
}

bool ReferralMode::onGestures(WindowState& app, const MouseGestures& g) {
    if (!where_) {
        return false;
    }
    const bool shift = glfwGetKey(app.window, GLFW_KEY_LEFT_SHIFT) == GLFW_PRESS ||
                       glfwGetKey(app.window, GLFW_KEY_RIGHT_SHIFT) == GLFW_PRESS;
    if (shift) {
        return false; // the camera's, as outside the mode
    }
    if (g.dragging && *g.dragging != MouseButton::Middle) {
        dab(app, *g.dragging == MouseButton::Right);
        return true;
    }
    if (g.click) {
        lastDab_.reset();
        dab(app, false);
        lastDab_.reset();
        return true;
    }
    if (!g.dragging) {
        lastDab_.reset(); // a new stroke starts with the next drag
    }
    return false;
}

bool ReferralMode::dabAt(WindowState& app, glm::vec2 windowPixel, bool erase) {
    if (!where_) {
        return false;
    }
    lastDab_.reset(); // each press is a dab of its own
    dab(app, windowPixel, erase);
    lastDab_.reset();
    return true;
}

void ReferralMode::dab(WindowState& app, bool erase) {
    double x = 0, y = 0;
    glfwGetCursorPos(app.window, &x, &y);
    dab(app, glm::vec2(static_cast<float>(x), static_cast<float>(y)), erase);
}

void ReferralMode::dab(WindowState& app, glm::vec2 at, bool erase) {
    if (!ready(app)) {
        error_ = tr("The pain maps are still being prepared.");
        return;
    }
    if (!app.insideViewport(at)) {
        return;
    }
    const int skinPart = fields_->skin().skinPart();
    const Ray ray = app.view.camera.rayThrough(app.toNdc(at), app.aspect());
    const auto hit = app.queries.bvh().intersect(
        ray, [skinPart](std::uint32_t part) { return static_cast<int>(part) == skinPart; });
    if (!hit) {
        return;
    }
    const float radiusM = radiusCm_ / 100.0f;
    if (lastDab_ && glm::distance(*lastDab_, hit->point) < radiusM * 0.35f) {
        return; // dabs overlap enough; a new one would change little
    }
    lastDab_ = hit->point;
    dabs_.push_back({hit->point, radiusCm_, erase});
    const std::vector<float> brush = fields_->brush({hit->point}, radiusM);
    for (std::size_t i = 0; i < painted_.size() && i < brush.size(); ++i) {
        painted_[i] = erase ? painted_[i] * (1.0f - brush[i]) : std::max(painted_[i], brush[i]);
        if (painted_[i] < 0.01f) {
            painted_[i] = 0.0f;
        }
    }
    hasPainted_ = std::any_of(painted_.begin(), painted_.end(), [](float w) { return w > 0.0f; });
    app.log->event({{"event", erase ? "pain_erase" : "pain_paint"},
                    {"at", {hit->point.x, hit->point.y, hit->point.z}},
                    {"radius_cm", radiusCm_}});
    updateRanking(app);
}

void ReferralMode::updateRanking(WindowState& app) {
    ranking_.clear();
    if (hasPainted_) {
        for (const auto& r : rankPainted(*fields_, painted_)) { // muscles first
            ranking_.push_back({r.field, r.kind, r.share});
        }
    }
    nlohmann::json list = nlohmann::json::array();
    for (const Ranked& r : ranking_) {
        list.push_back({{"structure", r.field->pattern->structure},
                        {"side", toString(r.field->side)},
                        {"kind", r.kind == ZoneKind::Essential ? "essential" : "spillover"},
                        {"share", std::round(r.share * 1000.0) / 1000.0}});
    }
    const std::string text = list.dump();
    if (text != lastRankingLog_) {
        lastRankingLog_ = text;
        app.log->event({{"event", "pain_ranking"}, {"ranking", list}});
    }
    const PatternField* first = ranking_.empty() ? nullptr : ranking_.front().field;
    if (first && first == field_ && picture_) {
        // Same pattern: only the painted channel changed.
        for (std::size_t i = 0; i < painted_.size() && i < picture_->paint.size(); ++i) {
            picture_->paint[i].w = painted_[i];
        }
        picture_->version = newSkinPaintVersion(); // a fresh upload
    } else if (first) {
        playRanked(app, 0);
    } else {
        picture_ = paintedOnlyPicture(app.atlas, *fields_, painted_);
        field_ = nullptr;
        chosen_ = -1;
    }
}

void ReferralMode::playRanked(WindowState& app, int index) {
    if (index < 0 || index >= static_cast<int>(ranking_.size())) {
        return;
    }
    chosen_ = index;
    playField(app, *ranking_[index].field, {}, false);
}

bool ReferralMode::replayDabs(WindowState& app, const std::vector<ViewPaintDab>& dabs) {
    if (!ready(app)) {
        return false;
    }
    std::fill(painted_.begin(), painted_.end(), 0.0f);
    dabs_ = dabs;
    for (const auto& d : dabs) {
        const std::vector<float> brush = fields_->brush({d.at}, d.radiusCm / 100.0f);
        for (std::size_t i = 0; i < painted_.size() && i < brush.size(); ++i) {
            painted_[i] =
                d.erase ? painted_[i] * (1.0f - brush[i]) : std::max(painted_[i], brush[i]);
            painted_[i] = painted_[i] < 0.01f ? 0.0f : painted_[i];
        }
    }
    hasPainted_ = std::any_of(painted_.begin(), painted_.end(), [](float w) { return w > 0.0f; });
    if (hasPainted_ && !where_) {
        toggleWhere(app);
    }
    updateRanking(app);
    return true;
}

std::vector<std::pair<std::string, Side>> ReferralMode::rankedStructures() const {
    std::vector<std::pair<std::string, Side>> out;
    for (const auto& r : ranking_) {
        if (r.field && r.field->pattern) {
            out.emplace_back(r.field->pattern->structure, r.field->side);
        }
    }
    return out;
}

} // namespace glutea
