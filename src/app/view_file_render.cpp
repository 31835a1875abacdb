// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "app/view_file_render.h"

#include <cstdio>
#include <sstream>

#include "anatomy/referral_choice.h"
#include "app/point_text.h"
#include "app/scene.h"
#include "base/error.h"
#include "base/file_write.h"

namespace glutea {

namespace {

constexpr glm::vec3 kPinColour{1.0f, 0.85f, 0.1f};

} // namespace

RenderOptions withViewFile(const RenderOptions& options, std::optional<ViewFile>& view) {
    if (options.viewFile.empty()) {
        return options;
    }
    view = readViewFile(options.viewFile);
    RenderOptions o = options;
    const ViewAnimation& a = view->animation;
    const bool ownAnimation = !o.show.empty() || !o.routine.empty();
    if (!ownAnimation && !a.kind.empty()) {
        o.timeSeconds = a.time;
        if (a.kind == "referral") {
            o.show = "referral";
            o.select = a.structure;
            o.triggerPoint = a.triggerPoint;
        } else if (a.kind == "technique") {
            o.show = "technique:" + a.technique + (a.placement.empty() ? "" : "/" + a.placement);
        } else {
            o.routine = a.routine;
            o.step = a.step;
        }
        // The selection gives the side a technique or routine plays on (and a technique without
        // a placement its placement): selected before the overlay, as when it was saved.
        if (a.kind != "referral" && o.select.empty()) {
            o.select = view->selection;
        }
    }
    if (o.painAt.empty()) {
        std::string points;
        for (const auto& d : view->paint) {
            if (!d.erase) {
                points += (points.empty() ? "" : ";") + pointText(d.at);
                o.radiusCm = d.radiusCm;
            }
        }
        o.painAt = points;
    }
    return o;
}

std::vector<std::string> applyViewFileToRender(const ViewFile& file, const Atlas& atlas,
                                               ViewState& view) {
    std::vector<std::string> notes;
    for (const auto& m : applyView(file, atlas, view)) {
        notes.push_back("view file: " + m);
    }
    for (const auto& d : file.paint) {
        if (d.erase) {
            notes.push_back("view file: erased paint is not replayed headless (painted dabs only)");
            break;
        }
    }
    // Pins: a bright sphere on the surface (headless renders draw no text; the window draws the
    // label and its leader line).
    for (const auto& a : file.annotations) {
        Marker pin;
        pin.shape = MarkerShape::Sphere;
        pin.position = a.at;
        pin.radius = 0.006f;
        pin.colorSrgb = kPinColour;
        view.overlay.markers.push_back(pin);
        notes.push_back("annotation at " + pointText(a.at) + ": " + a.text);
    }
    return notes;
}

void writeViewFile(const std::filesystem::path& file, const ViewFile& view) {
    // The path is the user's (--save-view, the window's Save view): a missing folder is refused,
    // as for a PNG, rather than made where a typo put it.
    writeFileAtomically(file, viewFileText(view), "the view file", MissingFolder::Refuse);
}

void saveRenderView(const RenderOptions& options, const Atlas& atlas, const ViewState& view) {
    ViewFile file = captureView(atlas, view);
    ViewAnimation& a = file.animation;
    a.time = options.timeSeconds;
    if (!options.routine.empty()) {
        a.kind = "routine";
        a.routine = options.routine;
        a.step = options.step;
    } else if (options.show.rfind("technique:", 0) == 0) {
        a.kind = "technique";
        const std::string what = options.show.substr(10);
        const auto slash = what.find_first_of("/,");
        a.technique = what.substr(0, slash);
        if (slash != std::string::npos && what[slash] == '/') {
            a.placement = what.substr(slash + 1, what.find(',', slash) - slash - 1);
        }
    } else if (options.show.find("referral") != std::string::npos) {
        a.kind = "referral";
        a.structure = options.select;
        a.triggerPoint = options.triggerPoint;
    }
    if (!options.painAt.empty()) {
        for (const auto& p : parsePoints(options.painAt, "--pain-at")) {
            file.paint.push_back({p, float(options.radiusCm), false});
        }
    }
    writeViewFile(options.saveView, file);
}

} // namespace glutea
