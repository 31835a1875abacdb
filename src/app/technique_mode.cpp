// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "app/technique_mode.h"

#include <algorithm>
#include <cmath>

#include "app/technique_mode_impl.h"
#include "ui/translate.h"

namespace glutea {

namespace {

// A routine step plays for at least this long, in whole loops of its technique.
constexpr double kMinStepSeconds = 8.0;

double stepSeconds(const TechniqueTrack& track) {
    return track.loopS * std::max(1.0, std::ceil(kMinStepSeconds / track.loopS));
}

} // namespace

bool TechniqueMode::Impl::ready() {
    if (!scene && building.valid() &&
        building.wait_for(std::chrono::seconds(0)) == std::future_status::ready) {
        scene = building.get();
    }
    return scene != nullptr;
}

const TechniqueTrack* TechniqueMode::Impl::playingTrack() const {
    if (routine) {
        const int step = routine->step();
        return step < int(stepTracks.size()) && stepTracks[step] ? &*stepTracks[step] : nullptr;
    }
    return track ? &*track : nullptr;
}

void TechniqueMode::Impl::startTechnique(WindowState& app, const std::string& techniqueId,
                                         const std::string& placementId) {
    const Technique* t = app.content.findTechnique(techniqueId);
    if (!t) {
        return;
    }
    const Selection& sel = app.view.selection.current();
    const TechniquePlacement* p = nullptr;
    for (const auto& q : t->placements) {
        if (q.id == placementId) {
            p = &q;
        }
    }
    if (!p) {
        p = firstPlacementOn(*t, sel.structureId);
    }
    if (!p) {
        return;
    }
    stopAll(app);
    app.referral.stop(app);
    track = scene->track(*t, *p, sel.side == Side::Right ? Side::Right : Side::Left);
    clock = 0.0;
    logTechnique(app, track.has_value());
}

void TechniqueMode::Impl::startRoutine(WindowState& app, const std::string& id, bool gateRedFlags) {
    const Routine* r = app.content.findRoutine(id);
    if (!r) {
        return;
    }
    stopAll(app);
    app.referral.stop(app);
    const Side side = app.view.selection.current().side == Side::Right ? Side::Right : Side::Left;
    TechniqueScene& s = *scene;
    routine = std::make_unique<RoutinePlayer>(
        app.content, *r, gateRedFlags && app.panels.settings.audience == Audience::Patient,
        [&s, side](const Technique& t, const TechniquePlacement& p) {
            auto k = s.track(t, p, side);
            return k ? stepSeconds(*k) : kMinStepSeconds;
        },
        uiLanguage());
    stepTracks.assign(routine->segments().size(), std::nullopt);
    lastStep = -1;
    for (std::size_t i = 1; i < routine->segments().size(); ++i) {
        const RoutineSegment& seg = routine->segments()[i];
        if (seg.technique && seg.placement) {
            stepTracks[i] = s.track(*seg.technique, *seg.placement, side);
        }
    }
}

void TechniqueMode::Impl::stopAll(WindowState& app) {
    const bool was = track.has_value();
    track.reset();
    routine.reset();
    stepTracks.clear();
    pendingSeek.reset();
    loopRoutine = false;
    if (was) {
        logTechnique(app, false);
    }
}

void TechniqueMode::Impl::showPropsFromTheSide(WindowState& app) {
    const TechniqueTrack* k = playingTrack();
    const bool props = k && (k->motion == Motion::Roller || k->motion == Motion::RollerHold ||
                             k->motion == Motion::Ball);
    if (props && shownProps != k) {
        presetIn = 1;
    }
    shownProps = props ? k : nullptr;
    if (presetIn == 0 && k) {
        app.applyPreset(k->side == Side::Right ? "right" : "left");
    }
    presetIn = std::max(-1, presetIn - 1);
}

void TechniqueMode::Impl::selectStepMuscle(WindowState& app) {
    if (!routine || routine->step() == lastStep) {
        return;
    }
    lastStep = routine->step();
    const TechniqueTrack* k = playingTrack();
    if (!k) {
        return;
    }
    int part = app.atlas.findPart(k->placement->structure, k->side);
    if (part < 0) {
        part = app.atlas.findPart(k->placement->structure, Side::None);
    }
    if (part >= 0) {
        app.view.selection.select(selectionOfPart(app.atlas, part));
    }
}

TechniqueMode::TechniqueMode() : impl_(std::make_unique<Impl>()) {}
TechniqueMode::~TechniqueMode() = default;
TechniqueMode::TechniqueMode(TechniqueMode&&) noexcept = default;
TechniqueMode& TechniqueMode::operator=(TechniqueMode&&) noexcept = default;

void TechniqueMode::attach(WindowState& app) {
    if (app.atlas.skinPart() < 0 || app.content.techniques.empty()) {
        return;
    }
    const Atlas* atlas = &app.atlas;
    const Content* content = &app.content;
    impl_->building = std::async(std::launch::async, [atlas, content] {
                          return std::make_shared<TechniqueScene>(*atlas, *content);
                      }).share();
    for (const auto& r : app.content.routines) {
        app.panels.technique.routines.emplace_back(r.id, r.name.get(uiLanguage()));
    }
}

void TechniqueMode::Impl::fillOverlay(WindowState& app) {
    SceneOverlay& o = app.view.overlay;
    const TechniqueTrack* k = playingTrack();
    if (!k && !cautions && !ownsOverlay) {
        return;
    }
    if (k || ownsMarkers) {
        o.markers.clear();
        o.props.clear();
    }
    o.labels.clear();
    o.showCautions = false;
    o.highContrast = app.panels.settings.highContrast;
    std::vector<const CautionZone*> zones;
    if (k) {
        // Reduced motion: the hold (or the middle of the stroke) as a still picture.
        const double t = app.panels.settings.reducedMotion ? stillSeconds(*k) : playingTime();
        applyTechniqueFrame(*scene, *k, t, o, false);
        zones = scene->zonesFor(*k);
    }
    if (cautions) {
        zones = scene->allZones();
    }
    if (!zones.empty()) {
        applyCautions(*scene, zones, o);
    } else if (!o.skin.caution.empty()) {
        o.skin.caution.clear();
        o.skin.version = newSkinPaintVersion();
    }
    ownsOverlay = k || !zones.empty();
    ownsMarkers = k != nullptr;
}

bool TechniqueMode::frame(WindowState& app, float seconds) {
    Impl& m = *impl_;
    const CardRequests card = app.actions.card;
    const TechniqueUiRequest req = app.actions.technique;
    if (!m.ready()) {
        if (!card.technique.empty()) {
            m.pendingCard = card;
        }
        return m.building.valid();
    }
    if (!m.pendingCard.technique.empty()) {
        m.startTechnique(app, m.pendingCard.technique, m.pendingCard.placement);
        m.pendingCard = {};
    }
    m.handleRequests(app, req, card);
    m.applyPending(app); // a saved view's animation, chairside's looping routine
    const bool asked = !card.technique.empty() || req.stop || !req.startRoutine.empty() ||
                       req.toggleCautions || req.togglePlay || req.stepBack || req.stepForward ||
                       req.seek || req.speed || req.acknowledgeRedFlags || req.answer ||
                       !req.cautionClicked.empty() || req.closeNote;
    m.settleFrames = asked ? 6 : std::max(0, m.settleFrames - 1);
    const bool still = app.panels.settings.reducedMotion;
    if (m.routine) { // the sequence goes on with reduced motion; each step shows its still frame
        m.routine->advance(seconds);
    } else if (m.track && !still) {
        m.clock += seconds;
    }
    m.selectStepMuscle(app);
    m.showPropsFromTheSide(app);
    m.fillOverlay(app);
    m.fillPanel(app);
    const bool moving =
        (m.track && !still) || (m.routine && m.routine->state() == RoutineState::Playing);
    return moving || m.layoutChanged || m.settleFrames > 0;
}

void TechniqueMode::stop(WindowState& app) {
    impl_->stopAll(app);
    impl_->noteZone.clear();
}

} // namespace glutea
