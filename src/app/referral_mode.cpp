// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "app/referral_mode.h"

#include <algorithm>
#include <cmath>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>

#include "anatomy/referral_captions.h"
#include "anatomy/referral_choice.h"
#include "anatomy/referral_kinds.h"
#include "anatomy/trigger_point_sites.h"
#include "app/window_state.h"
#include "base/error.h"
#include "ui/translate.h"

namespace glutea {

namespace {

CaptionRegister registerOf(Audience audience) {
    return audience == Audience::Student     ? CaptionRegister::Student
           : audience == Audience::Therapist ? CaptionRegister::Therapist
                                             : CaptionRegister::Patient;
}

std::string sideLabel(Side side) {
    return side == Side::Left ? tr(" (left)") : side == Side::Right ? tr(" (right)") : "";
}

// patternSubject and patternKindLabel (anatomy, English) in the window's language.
std::string subjectText(const ReferralPattern& p, const std::string& structureName, bool patient) {
    if (p.kind != "radicular") {
        return patternSubject(p, structureName, patient);
    }
    const std::string root = p.root.empty() ? std::string("a") : p.root;
    return patient ? trf("Nerve from the low back (%s)", root.c_str())
                   : trf("%s nerve root (dermatome)", root.c_str());
}
std::string kindText(const ReferralPattern& p, bool patient) {
    return tr(patternKindLabel(p, patient));
}

ReferralPlaySettings playSettings(const WindowState& app) {
    ReferralPlaySettings s;
    s.reducedMotion = app.panels.settings.reducedMotion;
    s.highContrast = app.panels.settings.highContrast;
    return s;
}

} // namespace

ReferralMode::ReferralMode() : progress_(std::make_shared<std::atomic<float>>(0.0f)) {}

ReferralMode::~ReferralMode() {
    if (computing_.valid()) {
        computing_.wait();
    }
}

void ReferralMode::attach(WindowState& app) {
    if (app.content.referralPatterns.empty() || app.atlas.parts.empty()) {
        return;
    }
    const Atlas* atlas = &app.atlas;
    const Content* content = &app.content;
    auto progress = progress_;
    // Hundreds of milliseconds: off the UI thread, so the window opens and answers at once.
    computing_ = std::async(std::launch::async, [atlas, content, progress] {
        return std::make_shared<const ReferralFields>(ReferralFields::compute(
            *atlas, *content, triggerPointLocator(*atlas, *content), progress.get()));
    });
}

bool ReferralMode::ready(WindowState& app) {
    if (!fields_ && computing_.valid() &&
        computing_.wait_for(std::chrono::seconds(0)) == std::future_status::ready) {
        try {
            fields_ = computing_.get();
            if (fields_->empty()) {
                error_ = tr("This atlas has no skin to show referred pain on.");
            }
        } catch (const std::exception& e) {
            error_ = trf("The referred pain maps could not be prepared: %s", e.what());
            app.log->event({{"event", "error"}, {"message", error_}});
        }
        if (fields_ && !fields_->empty()) {
            painted_.assign(referralSkinMesh(app.atlas, *fields_).positions.size(), 0.0f);
        }
    }
    return fields_ && !fields_->empty();
}

bool ReferralMode::onKey(WindowState& app, int key, int mods) {
    if (mods & (GLFW_MOD_CONTROL | GLFW_MOD_ALT)) {
        return false;
    }
    if (key == GLFW_KEY_R) {
        if (picture_ && !where_) {
            stop(app);
        } else {
            const Selection& s = app.view.selection.current();
            play(app, s.structureId, s.side == Side::None ? Side::Left : s.side, {}, true);
        }
        return true;
    }
    if (key == GLFW_KEY_W) {
        toggleWhere(app);
        return true;
    }
    return false;
}

void ReferralMode::play(WindowState& app, const std::string& structureId, Side side,
                        const std::string& triggerPoint, bool moveCamera) {
    error_.clear();
    if (structureId.empty() || !app.content.findReferral(structureId)) {
        error_ =
            structureId.empty()
                ? std::string(tr("Select a muscle first: its card shows whether it refers pain."))
                : trf("%s has no referred pain map.", structureName(app, structureId).c_str());
        return;
    }
    if (!ready(app)) {
        pendingStructure_ = structureId; // plays as soon as the maps are ready
        pendingSide_ = side;
        pendingTriggerPoint_ = triggerPoint;
        return;
    }
    const PatternField* field = fields_->find(structureId, side);
    if (!field) {
        error_ = trf("%s: its referred pain map does not resolve on this atlas.",
                     structureName(app, structureId).c_str());
        return;
    }
    playField(app, *field, triggerPoint, moveCamera);
}

void ReferralMode::playField(WindowState& app, const PatternField& field,
                             const std::string& triggerPoint, bool moveCamera) {
    app.technique.stop(app); // one animation at a time
    field_ = &field;
    picture_ = referralPicture(app.atlas, *fields_, field, triggerPoint,
                               hasPainted_ ? painted_ : std::vector<float>{});
    time_ = 0.0;
    zoneLogged_ = false;
    // Show the muscle: selecting it x-rays what covers it, as the explore view does.
    const int part = app.atlas.findPart(field.pattern->structure, field.side);
    if (part >= 0) {
        const Selection wanted = selectionOfPart(app.atlas, part);
        if (!(app.view.selection.current() == wanted)) {
            app.view.selection.select(wanted);
        }
        if (moveCamera) {
            app.reactToSelection(); // logs the selection; its camera move is replaced below
        } else {
            app.lastSelection = app.view.selection.current(); // painting: the camera stays
        }
    }
    if (moveCamera && !picture_->bounds.empty()) {
        OrbitCamera goal = app.view.camera;
        const glm::vec2 yp = referralYawPitch(*picture_);
        goal.yawDegrees = yp.x;
        goal.pitchDegrees = yp.y;
        // Fit the part of the viewport the panel (at its right) leaves free, and centre there.
        const ViewportRect& r = app.viewportRect;
        const float panel =
            panelRect_[2] > 0.0f ? panelRect_[2] + 12.0f : ImGui::GetFontSize() * 17.0f + 28.0f;
        const float free = std::max(r.width * 0.5f, r.width - panel);
        const float h = std::max(r.height, 1.0f);
        frameReferralBounds(goal, picture_->bounds, free / h);
        goal.pan(-(r.width - free) * 0.5f / h, 0.0f);
        if (app.panels.settings.reducedMotion) {
            app.view.cameraMove.cancel(); // no easing either: the view is simply there
            app.view.camera = goal;
        } else {
            app.moveCamera(goal);
        }
    }
    logReferral(app);
}

void ReferralMode::clearOverlay(WindowState& app) {
    app.view.overlay.skin = SkinPaint{};
    app.view.overlay.skin.version = newSkinPaintVersion();
    app.view.overlay.pain = PainLook{};
    app.view.overlay.markers.clear();
}

void ReferralMode::stop(WindowState& app) {
    pendingStructure_.reset();
    const bool was = picture_.has_value() || where_;
    if (picture_) {
        picture_.reset();
        field_ = nullptr;
        logReferral(app);
    }
    if (where_) {
        where_ = false;
        app.log->event({{"event", "where_does_it_hurt"}, {"on", false}});
    }
    error_.clear();
    if (was) {
        clearOverlay(app);
    }
}

void ReferralMode::fillPanel(WindowState& app) {
    ReferralPanel& p = app.panels.referral;
    const CaptionRegister reg = registerOf(app.panels.settings.audience);
    p.computing = (computing_.valid() && !fields_) ? progress_->load() : -1.0f;
    p.error = error_;
    p.playing = picture_.has_value() && field_;
    p.whereMode = where_;
    p.brushRadiusCm = radiusCm_;
    p.hasPainted = hasPainted_;
    p.active = p.playing || where_ || !error_.empty() || pendingStructure_.has_value();
    p.triggerPoints.clear();
    if (p.playing) {
        const ReferralPattern& pattern = *field_->pattern;
        p.neural = picture_->neural;
        p.hasSpillover = picture_->hasSpillover;
        p.hasTriggerPoints = !picture_->sites.empty();
        p.title =
            tr(reg == CaptionRegister::Patient ? "Pain felt elsewhere: " : "Referred pain: ") +
            subjectText(pattern, structureName(app, pattern.structure),
                        reg == CaptionRegister::Patient) +
            sideLabel(field_->side);
        p.caption = referralCaption(pattern, picture_->triggerPoint, reg, uiLanguage(),
                                    {tr("Essential zone: "), tr("Spillover: ")});
        p.captionNote = tr(referralEvidenceNote(pattern, reg));
        for (std::size_t i = 0; i < pattern.triggerPoints.size(); ++i) {
            // A patient's "Tender spot N" is the code's English; the others, the content's name.
            const std::string label = triggerPointLabel(pattern, i, reg, uiLanguage());
            p.triggerPoints.push_back(
                {pattern.triggerPoints[i].id, reg == CaptionRegister::Patient ? tr(label) : label});
        }
        p.currentTriggerPoint = picture_->triggerPoint;
    }
    p.ranking.clear();
    const bool patient = reg == CaptionRegister::Patient;
    for (const Ranked& r : ranking_) {
        const ReferralPattern& pattern = *r.field->pattern;
        const bool neural = nervePattern(pattern); // a nerve's or a nerve root's (radicular)
        std::string kind = r.kind == ZoneKind::Essential
                               ? tr(patient ? "main area" : "essential zone")
                               : tr(patient ? "sometimes" : "spillover zone");
        if (neural) {
            kind = patient ? trf("%s: see a clinician", kindText(pattern, true).c_str())
                           : kindText(pattern, false) + ", " + kind;
        } else if (pattern.kind != "myofascial") {
            kind = kindText(pattern, patient) + ", " + kind;
        }
        p.ranking.push_back({subjectText(pattern, structureName(app, pattern.structure), patient) +
                                 sideLabel(r.field->side),
                             kind, static_cast<float>(r.share), neural});
    }
    p.chosenRank = chosen_;
}

bool ReferralMode::frame(WindowState& app, const UiActions& actions, float seconds) {
    const bool wasReady = fields_ != nullptr;
    const bool isReady = ready(app);
    if (!wasReady && isReady && pendingStructure_) {
        const std::string id = *pendingStructure_;
        pendingStructure_.reset();
        play(app, id, pendingSide_, pendingTriggerPoint_, true);
    }
    if (actions.card.showReferral) {
        const Selection& s = app.view.selection.current();
        const bool same = picture_ && field_ && field_->pattern->structure == s.structureId &&
                          picture_->triggerPoint == actions.card.triggerPoint;
        if (same && !where_) {
            stop(app); // the button again stops it, as R does
        } else {
            play(app, s.structureId, s.side == Side::None ? Side::Left : s.side,
                 actions.card.triggerPoint, true);
        }
    }
    const ReferralUiRequest& r = actions.referral;
    std::copy(std::begin(r.rect), std::end(r.rect), std::begin(panelRect_));
    if (r.stop) {
        stop(app);
    }
    if (r.toggleWhere) {
        toggleWhere(app);
    }
    if (r.triggerPoint && field_) {
        playField(app, *field_, *r.triggerPoint, true);
    }
    if (r.chooseRanked) {
        playRanked(app, *r.chooseRanked);
    }
    if (r.brushRadiusCm) {
        radiusCm_ = std::clamp(*r.brushRadiusCm, 1.0f, 10.0f);
    }
    if (r.clearPainted && isReady) {
        std::fill(painted_.begin(), painted_.end(), 0.0f);
        dabs_.clear();
        hasPainted_ = false;
        updateRanking(app);
        app.log->event({{"event", "pain_clear"}});
    }
    // Selecting another structure ends a play (painting keeps its own choice).
    if (picture_ && field_ && !where_) {
        const Selection& s = app.view.selection.current();
        if (s.structureId != field_->pattern->structure) {
            stop(app);
        }
    }
    const ReferralPlaySettings settings = playSettings(app);
    if (picture_) {
        time_ += seconds;
        playReferral(*picture_, time_, settings, app.view.overlay);
        logVisibleZone(app);
    }
    fillPanel(app);
    const bool computing = computing_.valid() && !fields_;
    return computing || (picture_ && !settings.reducedMotion) ||
           (picture_ && !zoneLogged_ && app.log->enabled());
}

} // namespace glutea
