// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// What TechniqueMode shows in the technique panel (the placement's text, the routine's timeline,
// the caution labels and notes) and its state-log events (docs/ANIMATION.md).
#include <cmath>
#include <cstdio>

#include "app/caution_title.h"
#include "app/handout_words.h"
#include "app/technique_mode_impl.h"
#include "ui/translate.h"

namespace glutea {

namespace {

std::string joined(const std::vector<std::string>& lines) {
    std::string out;
    for (const auto& l : lines) {
        out += (out.empty() ? "" : "\n") + l;
    }
    return out;
}

} // namespace

void TechniqueMode::Impl::logTechnique(WindowState& app, bool playing) {
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

void TechniqueMode::Impl::logRoutine(WindowState& app, const std::string& text) {
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

const StepText& TechniqueMode::Impl::placementTextOf(WindowState& app, const TechniqueTrack& track,
                                                     const std::string& audience) {
    const PlacementText* made = placementText ? &*placementText : nullptr;
    if (!made || made->placement != track.placement || made->side != track.side ||
        made->audience != audience || made->language != uiLanguage()) {
        placementText = PlacementText{
            track.placement, track.side, audience, uiLanguage(),
            describePlacement(app.content, *track.technique, *track.placement, track.side, audience,
                              structureName(app, track.placement->structure), uiLanguage(),
                              placementWords())};
    }
    return placementText->text;
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
        const StepText& text = placementTextOf(app, *k, audience);
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
        p.routineName = rp.routine().name.get(uiLanguage());
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
        // RoutinePlayer's dosage words, in the window's language.
        char dosage[200];
        std::snprintf(dosage, sizeof dosage,
                      tr("about %d min a side (the steps' times), a few times a week"),
                      int(rp.dosage().minutesPerSide));
        p.dosage = dosage;
        p.warmUp = rp.routine().warmUp.get(uiLanguage());
        if (const RoutineStep* step = rp.current().routineStep) {
            p.note = stepNote(rp.routine(), *step, audience, uiLanguage());
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
            p.redFlags.emplace_back(f->text.text.get(uiLanguage()),
                                    f->action == RedFlagAction::Emergency);
        }
        p.endAdvice = rp.endAdvice();
        logText = p.step == 0 ? "Warm-up: " + p.warmUp : joined(p.lines);
        if (rp.state() == RoutineState::Ended) {
            logText = p.endAdvice;
        }
    }
    logRoutine(app, logText);

    // Labels of the caution zones drawn, where they show on screen (front-facing skin only), and
    // the "why not here" note: a patient reads the zones' everyday names and patient texts.
    const Audience reader = app.panels.settings.audience;
    const bool plain = reader == Audience::Patient;
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
             cautionTitle(*z, plain),
             l.id,
             z->rule == CautionRule::NoSustainedPressure});
    }
    p.noteTitle.clear();
    if (const CautionZone* z = noteZone.empty() ? nullptr : app.content.findCautionZone(noteZone)) {
        const Statement* patientWhy = plain ? findRegister(z->texts, "patient") : nullptr;
        const Statement& why = patientWhy ? *patientWhy : z->why;
        p.noteTitle = cautionTitle(*z, plain);
        p.noteText = why.text.get(uiLanguage());
        const Source* source = app.content.findSource(why.source);
        p.noteSource = std::string(tr(evidenceLabel(why.evidence, reader))) + ": " +
                       (source ? source->citation : why.source);
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
