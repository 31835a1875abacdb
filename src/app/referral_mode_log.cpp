// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// The referral mode's state-log events (docs/ANIMATION.md): what plays, and once the map is
// complete, where each zone can be seen in the window, for the GUI tests.
#include <algorithm>
#include <cmath>

#include <glm/gtc/matrix_transform.hpp>

#include "anatomy/referral_choice.h"
#include "app/referral_mode.h"
#include "app/window_state.h"

namespace glutea {

namespace {

// Window pixels of an atlas point in the current view, or nothing when it is off screen.
std::optional<glm::vec2> windowPixel(const WindowState& app, const glm::vec3& p) {
    const OrbitCamera& cam = app.view.camera;
    const glm::vec4 clip =
        cam.projection(app.aspect(), app.atlas.bounds) * cam.view() * glm::vec4(p, 1.0f);
    if (clip.w <= 0.0f) {
        return std::nullopt;
    }
    const glm::vec2 ndc(clip.x / clip.w, clip.y / clip.w);
    if (std::abs(ndc.x) > 0.92f || std::abs(ndc.y) > 0.92f) {
        return std::nullopt;
    }
    const ViewportRect& r = app.viewportRect;
    return glm::vec2(r.x + (ndc.x + 1.0f) * 0.5f * r.width, r.y + (1.0f - ndc.y) * 0.5f * r.height);
}

} // namespace

void ReferralMode::logReferral(WindowState& app) {
    nlohmann::json e{{"event", "referral"}, {"playing", picture_.has_value()}};
    if (picture_) {
        e["pattern"] = picture_->patternId;
        e["structure"] = picture_->structureId;
        e["side"] = toString(picture_->side);
        e["trigger_point"] = picture_->triggerPoint;
        e["complete_s"] = ReferralTimeline::kCompleteS;
    }
    app.log->event(e);
}

// Once the camera has arrived and the map is complete: for each zone shown, window pixels where
// it is drawn in its own colour (no other kind of zone over it) and in view (the skin there is the
// first surface along the eye's ray), far along the spread, so a test can look for it there.
void ReferralMode::logVisibleZone(WindowState& app) {
    if (!picture_ || zoneLogged_ || !app.log->enabled() || app.view.cameraMove.active() ||
        !field_ || (time_ < ReferralTimeline::kCompleteS && !app.panels.settings.reducedMotion)) {
        return;
    }
    zoneLogged_ = true;
    const Mesh& skin = referralSkinMesh(app.atlas, *fields_);
    const int skinPart = fields_->skin().skinPart();
    const glm::vec3 eye = app.view.camera.eye();
    nlohmann::json zones = nlohmann::json::object();
    for (const ZoneField& zone : field_->zones) {
        const int own = zone.zone->kind == ZoneKind::Essential ? 0 : 1;
        std::vector<std::pair<float, std::size_t>> candidates;
        for (std::size_t i = 0;
             i < picture_->paint.size() && i < skin.positions.size() && i < zone.weight.size();
             ++i) {
            const glm::vec4& v = picture_->paint[i];
            if (zone.weight[i] >= 0.99f && v[own] >= 0.99f && v[1 - own] <= 0.01f &&
                std::isfinite(v.z)) {
                candidates.push_back({v.z, i});
            }
        }
        std::sort(candidates.begin(), candidates.end(), std::greater<>());
        const std::size_t first = candidates.size() / 5; // clear of the zone's far tip
        for (std::size_t k = first; k < candidates.size() && k < first + 600; ++k) {
            const glm::vec3 p = skin.positions[candidates[k].second];
            const auto pixel = windowPixel(app, p);
            const float* r = panelRect_;
            if (!pixel || (pixel->x >= r[0] - 8 && pixel->x <= r[0] + r[2] + 8 &&
                           pixel->y >= r[1] - 8 && pixel->y <= r[1] + r[3] + 8)) {
                continue; // off screen, or under the panel
            }
            const Ray ray{eye, glm::normalize(p - eye)};
            const auto hit = app.queries.bvh().intersect(
                ray, [skinPart](std::uint32_t part) { return static_cast<int>(part) == skinPart; });
            if (hit && glm::distance(hit->point, p) < 0.004f) {
                zones[zone.zone->id] = {std::round(pixel->x), std::round(pixel->y)};
                break;
            }
        }
    }
    app.log->event(
        {{"event", "referral_visible"}, {"pattern", picture_->patternId}, {"zones", zones}});
}

} // namespace glutea
