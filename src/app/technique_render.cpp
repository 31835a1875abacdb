// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// `glutea render --show technique:ID[/PLACEMENT]`, `--routine ID --step N` and `--show cautions`:
// the technique player's frame at --time, drawn over the anatomy, and a few lines saying what is
// shown (motion, phase, where the hand is, the hold countdown) for scripts and tests.
#include <algorithm>
#include <cstdio>
#include <sstream>

#include "anatomy/routine_player.h"
#include "anatomy/technique_scene.h"
#include "anatomy/technique_text.h"
#include "app/caution_title.h"
#include "app/overlay_render.h"
#include "app/point_text.h"
#include "app/scene.h"
#include "base/error.h"

namespace glutea {
namespace {

// "a, b, c": the ids an error message offers instead.
template <typename T> std::string idsOf(const std::vector<T>& items) {
    std::string ids;
    for (const auto& item : items) {
        ids += (ids.empty() ? "" : ", ") + item.id;
    }
    return ids;
}

// What the frame shows, as lines `render` prints.
void describe(const TechniqueTrack& track, const TechniqueFrame& frame,
              std::vector<std::string>& notes) {
    const TechniquePose& pose = frame.pose;
    notes.push_back("technique " + track.technique->id + "/" + track.placement->id + " (" +
                    std::string(toString(track.side)) + "): " + motionName(track.motion) +
                    ", phase " + pose.phase + ", pressure " +
                    pressureName(track.placement->pressure));
    notes.push_back("contact " + pointText(pose.contact.position) + " normal " +
                    pointText(pose.contact.normal));
    char ring[96];
    std::snprintf(ring, sizeof ring, "ring %.1f mm wide, %.1f mm deep", frame.ringRadiusM * 2000.0f,
                  frame.ringSinkM * 1000.0f);
    notes.push_back(ring);
    if (track.holdRealS > 0.0f) {
        char hold[96];
        if (pose.holdRemainingS) {
            std::snprintf(hold, sizeof hold, "hold %.0f s: %.0f s left", track.holdRealS,
                          std::ceil(*pose.holdRemainingS - 1e-3f));
        } else {
            std::snprintf(hold, sizeof hold, "hold %.0f s: %s", track.holdRealS,
                          pose.phase.c_str());
        }
        notes.push_back(hold);
    }
    for (const auto& p : frame.props) {
        notes.push_back(
            std::string(p.kind == PropKind::FoamRoller ? "prop foam_roller" : "prop ball") +
            " at " + pointText(p.position));
    }
}

Side sideOfSelection(const RenderScene& scene) {
    const Side side = scene.view.selection.current().side;
    return side == Side::Right ? Side::Right : Side::Left;
}

void selectStructure(RenderScene& scene, const std::string& structure, Side side) {
    int part = scene.atlas.findPart(structure, side);
    if (part < 0) {
        part = scene.atlas.findPart(structure, Side::None);
    }
    if (part >= 0) {
        scene.view.selection.select(selectionOfPart(scene.atlas, part));
        updateLooks(scene.atlas, &scene.queries, scene.view, 0.0f);
    }
}

// `still`: reduced motion, the still picture whatever `seconds` says.
void playOne(const TechniqueScene& ts, RenderScene& scene, const Technique& technique,
             const TechniquePlacement& placement, Side side, double seconds, bool still) {
    auto track = ts.track(technique, placement, side);
    if (!track) {
        throw Error("placement \"" + placement.id +
                    "\" does not resolve on this atlas (a landmark "
                    "it names is missing)");
    }
    seconds = still ? stillSeconds(*track) : seconds;
    const TechniqueFrame frame = playTechnique(*track, ts.skin(), seconds);
    applyTechniqueFrame(ts, *track, seconds, scene.view.overlay);
    describe(*track, frame, scene.notes);
    for (const auto* z : ts.zonesFor(*track)) {
        scene.notes.push_back("caution zone " + z->id);
    }
}

void showTechnique(const TechniqueScene& ts, RenderScene& scene, const std::string& spec,
                   double seconds, bool still) {
    const std::string what = spec.substr(std::string("technique:").size());
    const auto slash = what.find('/');
    const std::string techniqueId = what.substr(0, slash);
    const std::string placementId = slash == std::string::npos ? "" : what.substr(slash + 1);
    const Technique* technique = scene.content.findTechnique(techniqueId);
    if (!technique) {
        throw Error("--show technique:" + techniqueId + ": no such technique; the content has " +
                    idsOf(scene.content.techniques));
    }
    const std::string selected = scene.view.selection.current().structureId;
    const TechniquePlacement* placement = nullptr;
    if (!placementId.empty()) {
        for (const auto& p : technique->placements) {
            placement = p.id == placementId ? &p : placement;
        }
        if (!placement) {
            throw Error("--show technique:" + what + ": " + techniqueId + " has no placement \"" +
                        placementId + "\"; it has " + idsOf(technique->placements));
        }
    } else {
        placement = firstPlacementOn(*technique, selected);
        if (!placement) {
            std::string on;
            for (const auto& p : technique->placements) {
                on += (on.empty() ? "" : ", ") + p.structure;
            }
            throw Error("--show technique:" + techniqueId +
                        ": it has no placement on the "
                        "selected " +
                        selected + "; it is placed on " + on);
        }
    }
    if (selected.empty()) {
        selectStructure(scene, placement->structure, Side::Left);
    }
    playOne(ts, scene, *technique, *placement, sideOfSelection(scene), seconds, still);
}

void showRoutine(const TechniqueScene& ts, RenderScene& scene, const RenderOptions& options) {
    const Routine* routine = scene.content.findRoutine(options.routine);
    if (!routine) {
        throw Error("--routine " + options.routine + ": no such routine; the content has " +
                    idsOf(scene.content.routines));
    }
    if (options.step < 0 || options.step > int(routine->steps.size())) {
        throw Error("--step " + std::to_string(options.step) + ": routine " + routine->id +
                    " has steps 1-" + std::to_string(routine->steps.size()) + " (0: the warm-up)");
    }
    const RoutinePlayer player(scene.content, *routine, false);
    const RoutineSegment& segment = player.segments()[std::size_t(options.step)];
    scene.notes.push_back("routine " + routine->id + " step " + std::to_string(options.step) +
                          " of " + std::to_string(routine->steps.size()) + ", dosage " +
                          player.dosage().text);
    if (!segment.placement || !segment.technique) {
        scene.notes.push_back("warm-up: " + routine->warmUp.get(options.language));
        return;
    }
    const Side side = scene.view.selection.current().empty() ? Side::Left : sideOfSelection(scene);
    selectStructure(scene, segment.placement->structure, side);
    playOne(ts, scene, *segment.technique, *segment.placement, side, options.timeSeconds,
            options.reducedMotion);
}

struct TechniqueShows {
    std::vector<std::string> techniques;
    bool cautions = false;
    bool any(const RenderOptions& options) const {
        return !techniques.empty() || cautions || !options.routine.empty();
    }
};
TechniqueShows techniqueShowsOf(const RenderOptions& options) {
    TechniqueShows shows;
    for (const auto& item : showItems(options)) {
        if (item.rfind("technique:", 0) == 0) {
            shows.techniques.push_back(item);
        }
        shows.cautions |= item == "cautions";
    }
    return shows;
}

} // namespace

ViewState overlayMaskView(const Atlas& atlas, const ViewState& view, bool props) {
    ViewState v = view;
    v.look.assign(atlas.parts.size(), PartLook{0.0f});
    v.selection.clear();
    SceneOverlay& o = v.overlay;
    o.skin = SkinPaint{};
    o.showCautions = false;
    o.labels.clear();
    if (props) {
        o.markers.clear();
        for (auto& p : o.props) {
            p.colorSrgb = glm::vec3(1.0f);
        }
    } else {
        o.props.clear();
        for (auto& m : o.markers) {
            m.colorSrgb = glm::vec3(1.0f);
            m.opacity = 1.0f;
            m.onTop = true;
        }
    }
    return v;
}

Image whiteWhereDrawn(const Image& picture) {
    // The background is dark; lit white primitives are bright on their lit side and at least
    // mid-grey on their shaded side.
    Image mask = picture;
    for (std::size_t i = 0; i + 2 < mask.rgb.size(); i += 3) {
        const int v = std::max({int(mask.rgb[i]), int(mask.rgb[i + 1]), int(mask.rgb[i + 2])});
        mask.rgb[i] = mask.rgb[i + 1] = mask.rgb[i + 2] = v > 90 ? 255 : 0;
    }
    return mask;
}

void applyTechniqueOptions(const RenderOptions& options, RenderScene& scene) {
    if (techniqueShowsOf(options).any(options)) {
        applyTechniqueOptions(options, scene, TechniqueScene(scene.atlas, scene.content));
    }
}

void applyTechniqueOptions(const RenderOptions& options, RenderScene& scene,
                           const TechniqueScene& ts) {
    const TechniqueShows shows = techniqueShowsOf(options);
    if (!shows.any(options)) {
        return;
    }
    if (ts.skinPart() < 0) {
        throw Error(scene.atlas.manifest.file.string() +
                    ": this atlas has no skin part, so techniques cannot be shown on the body");
    }
    for (const auto& spec : shows.techniques) {
        showTechnique(ts, scene, spec, options.timeSeconds, options.reducedMotion);
    }
    if (!options.routine.empty()) {
        showRoutine(ts, scene, options);
    }
    if (shows.cautions) {
        applyCautions(ts, ts.allZones(), scene.view.overlay);
        for (const auto& l : ts.cautionLabels(ts.allZones())) {
            scene.notes.push_back("caution label " + l.zone->id + " at " + pointText(l.position) +
                                  ": " + cautionTitle(*l.zone));
        }
    }
}

} // namespace glutea
