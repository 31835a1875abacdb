#include "app/technique_mode.h"

#include <cmath>
#include <future>
#include <optional>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include "anatomy/routine_player.h"
#include "anatomy/technique_scene.h"
#include "anatomy/technique_text.h"
#include "app/window_state.h"

namespace glutea {

namespace {

// A routine step plays for at least this long, in whole loops of its technique.
constexpr double kMinStepSeconds = 8.0;

double stepSeconds(const TechniqueTrack& track) {
    return track.loopS * std::max(1.0, std::ceil(kMinStepSeconds / track.loopS));
}

std::string muscleName(const Content& content, const Atlas& atlas, const std::string& id) {
    if (const StructureInfo* s = content.findStructure(id)) {
        return s->name.get();
    }
    for (const auto& def : atlas.manifest.structures) {
        if (def.id == id) {
            return def.displayName;
        }
    }
    return id;
}

std::string joined(const std::vector<std::string>& lines) {
    std::string out;
    for (const auto& l : lines) {
        out += (out.empty() ? "" : "\n") + l;
    }
    return out;
}

} // namespace

struct TechniqueMode::Impl {
    std::shared_future<std::shared_ptr<TechniqueScene>> building;
    std::shared_ptr<TechniqueScene> scene;
    // One technique on its own.
    std::optional<TechniqueTrack> track;
    double clock = 0.0;
    // A routine.
    std::unique_ptr<RoutinePlayer> routine;
    std::vector<std::optional<TechniqueTrack>> stepTracks; // by step (0: the warm-up, none)
    bool cautions = false;
    std::string noteZone;
    bool ownsOverlay = false; // this mode put something in view.overlay
    bool ownsMarkers = false; // ... markers and props: cautions alone leave the referral's be
    CardRequests pendingCard; // asked for before the scene was ready
    std::string lastTechniqueLog, lastRoutineLog, lastHotspots;
    bool layoutChanged = false; // the panel's buttons moved: draw again until they settle
    int settleFrames = 0;       // after a request or key: new windows take a few frames to size

    bool ready() {
        if (!scene && building.valid() &&
            building.wait_for(std::chrono::seconds(0)) == std::future_status::ready) {
            scene = building.get();
        }
        return scene != nullptr;
    }
    const TechniqueTrack* playingTrack() const {
        if (routine) {
            const int step = routine->step();
            return step < int(stepTracks.size()) && stepTracks[step] ? &*stepTracks[step] : nullptr;
        }
        return track ? &*track : nullptr;
    }
    double playingTime() const { return routine ? routine->localTime() : clock; }

    void logTechnique(WindowState& app, bool playing) {
        nlohmann::json e = {{"event", "technique"},
                            {"technique", track ? track->technique->id : ""},
                            {"placement", track ? track->placement->id : ""},
                            {"side", track ? std::string(toString(track->side)) : ""},
                            {"playing", playing}};
        if (e.dump() != lastTechniqueLog) {
            lastTechniqueLog = e.dump();
            app.log->event(e);
        }
    }

    void startTechnique(WindowState& app, const std::string& techniqueId,
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

    void startRoutine(WindowState& app, const std::string& id) {
        const Routine* r = nullptr;
        for (const auto& q : app.content.routines) {
            r = q.id == id ? &q : r;
        }
        if (!r) {
            return;
        }
        stopAll(app);
        app.referral.stop(app);
        const Side side =
            app.view.selection.current().side == Side::Right ? Side::Right : Side::Left;
        TechniqueScene& s = *scene;
        routine = std::make_unique<RoutinePlayer>(
            app.content, *r, app.panels.settings.audience == Audience::Patient,
            [&s, side](const Technique& t, const TechniquePlacement& p) {
                auto k = s.track(t, p, side);
                return k ? stepSeconds(*k) : kMinStepSeconds;
            });
        stepTracks.assign(routine->segments().size(), std::nullopt);
        lastStep = -1;
        for (std::size_t i = 1; i < routine->segments().size(); ++i) {
            const RoutineSegment& seg = routine->segments()[i];
            if (seg.technique && seg.placement) {
                stepTracks[i] = s.track(*seg.technique, *seg.placement, side);
            }
        }
    }

    void stopAll(WindowState& app) {
        const bool was = track.has_value();
        track.reset();
        routine.reset();
        stepTracks.clear();
        if (was) {
            logTechnique(app, false);
        }
    }

    void logRoutine(WindowState& app, const std::string& text) {
        nlohmann::json e = {{"event", "routine"},
                            {"routine", routine ? routine->routine().id : ""},
                            {"step", routine ? routine->step() : 0},
                            {"state", routine ? toString(routine->state()) : "closed"},
                            {"text", text}};
        if (e.dump() != lastRoutineLog) {
            lastRoutineLog = e.dump();
            app.log->event(e);
        }
    }

    // A roller or ball lies between the body and a camera behind it: show it from the worked side.
    // Applied a frame late, after the selection's own camera move (a routine step selects its
    // muscle), so the side view wins.
    const TechniqueTrack* shownProps = nullptr;
    int presetIn = -1;
    void showPropsFromTheSide(WindowState& app) {
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

    // A routine step shows its muscle selected: highlighted (the muscle a stretch lengthens),
    // and the camera turns to where it is best seen.
    int lastStep = -1;
    void selectStepMuscle(WindowState& app) {
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

    void handleRequests(WindowState& app, const TechniqueUiRequest& req, const CardRequests& card);
    void fillOverlay(WindowState& app);
    void fillPanel(WindowState& app);
};

TechniqueMode::TechniqueMode() : impl_(std::make_unique<Impl>()) {}
TechniqueMode::~TechniqueMode() = default;
TechniqueMode::TechniqueMode(TechniqueMode&&) noexcept = default;
TechniqueMode& TechniqueMode::operator=(TechniqueMode&&) noexcept = default;

void TechniqueMode::attach(WindowState& app) {
    if (app.atlas.findPart("skin", Side::None) < 0 || app.content.techniques.empty()) {
        return;
    }
    const Atlas* atlas = &app.atlas;
    const Content* content = &app.content;
    impl_->building = std::async(std::launch::async, [atlas, content] {
                          return std::make_shared<TechniqueScene>(*atlas, *content);
                      }).share();
    for (const auto& r : app.content.routines) {
        app.panels.technique.routines.emplace_back(r.id, r.name.get());
    }
}

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
        const double t = app.panels.settings.reducedMotion ? 0.5 * k->loopS : playingTime();
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

void TechniqueMode::Impl::fillPanel(WindowState& app) {
    TechniquePanel& p = app.panels.technique;
    const TechniqueTrack* k = playingTrack();
    p.cautionsOn = cautions;
    p.active = k || routine || cautions;
    p.playing = k != nullptr;
    p.routineOpen = routine != nullptr;
    const ViewportRect& r = app.viewportRect;
    p.viewport = {r.x, r.y, r.width, r.height};
    const std::string audience = audienceId(app.panels.settings.audience);
    p.lines.clear();
    p.steps.clear();
    p.cautions.clear();
    p.note.clear();
    p.holdRealS = 0.0f;
    p.holdRemainingS.reset();
    if (k) {
        const StepText text =
            describePlacement(app.content, *k->technique, *k->placement, k->side, audience,
                              muscleName(app.content, app.atlas, k->placement->structure));
        p.lines = text.lines();
        p.steps = text.steps;
        p.cautions = text.cautions;
        const TechniquePose pose = poseAt(*k, scene->skin(), playingTime());
        p.phase = pose.phase;
        p.pressure = text.pressure;
        p.holdRealS = k->holdRealS;
        p.holdRemainingS = pose.holdRemainingS;
    }
    std::string logText;
    if (routine) {
        const RoutinePlayer& rp = *routine;
        p.routineName = rp.routine().name.get();
        p.routineState = toString(rp.state());
        p.step = rp.step();
        p.stepCount = int(rp.segments().size()) - 1;
        p.time = rp.time();
        p.duration = rp.duration();
        p.speed = rp.speed();
        p.stepStarts.clear();
        for (const auto& s : rp.segments()) {
            p.stepStarts.push_back(s.start);
        }
        p.dosage = rp.dosage().text;
        p.warmUp = rp.routine().warmUp.get();
        if (const RoutineStep* step = rp.current().routineStep) {
            p.note = step->note.get();
        }
        p.questions.clear();
        p.answers.clear();
        for (std::size_t i = 0; i < rp.questions().size(); ++i) {
            p.questions.push_back(rp.questions()[i].question);
            const auto& a = rp.answers()[i];
            p.answers.push_back(a ? (*a ? 1 : 0) : -1);
        }
        p.redFlags.clear();
        for (const RedFlag* f : rp.redFlags()) {
            p.redFlags.emplace_back(f->text.text.get(), f->action == RedFlagAction::Emergency);
        }
        p.endAdvice = rp.endAdvice();
        logText = p.step == 0 ? "Warm-up: " + p.warmUp : joined(p.lines);
        if (rp.state() == RoutineState::Ended) {
            logText = p.endAdvice;
        }
    }
    logRoutine(app, logText);

    // Labels of the caution zones drawn, where they show on screen (front-facing skin only).
    p.labels.clear();
    const glm::mat4 vp =
        app.view.camera.projection(app.aspect(), app.atlas.bounds) * app.view.camera.view();
    const glm::vec3 eye = app.view.camera.eye();
    for (const auto& l : app.view.overlay.labels) {
        const CautionZone* z = app.content.findCautionZone(l.id);
        const SkinSample s = scene->skin().project(l.position);
        const glm::vec4 clip = vp * glm::vec4(l.position, 1.0f);
        if (!z || clip.w <= 0.0f || glm::dot(s.normal, eye - l.position) <= 0.0f) {
            continue;
        }
        const glm::vec2 ndc = glm::vec2(clip) / clip.w;
        p.labels.push_back(
            {{r.x + (ndc.x + 1.0f) * 0.5f * r.width, r.y + (1.0f - ndc.y) * 0.5f * r.height},
             l.text,
             l.id,
             z->rule == CautionRule::NoSustainedPressure});
    }
    p.noteTitle.clear();
    if (const CautionZone* z = noteZone.empty() ? nullptr : app.content.findCautionZone(noteZone)) {
        p.noteTitle =
            z->name.get() + (z->rule == CautionRule::NoSustainedPressure ? ": no sustained pressure"
                                                                         : ": no direct pressure");
        p.noteText = z->why.text.get();
        p.noteSource = std::string(evidenceLabel(z->why.evidence, app.panels.settings.audience)) +
                       ": " + z->why.source;
        for (const auto& src : app.content.sources) {
            if (src.id == z->why.source) {
                p.noteSource =
                    std::string(evidenceLabel(z->why.evidence, app.panels.settings.audience)) +
                    ": " + src.citation;
            }
        }
    }

    // Where the panel's buttons were last frame, for automation.
    nlohmann::json spots = nlohmann::json::object();
    for (const auto& [name, at] : app.actions.technique.hotspots) {
        spots[name] = {std::round(at.x), std::round(at.y)};
    }
    layoutChanged = spots.dump() != lastHotspots;
    if (layoutChanged) {
        lastHotspots = spots.dump();
        app.log->event({{"event", "technique_hotspots"}, {"points", spots}});
    }
}

} // namespace glutea
