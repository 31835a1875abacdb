// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "app/student_bench.h"

#include <algorithm>
#include <chrono>

#include <epoxy/gl.h>

#include "anatomy/hip_action_scene.h"
#include "anatomy/scene_labels.h"
#include "anatomy/selection.h"
#include "app/label_render.h"
#include "app/scene.h"
#include "app/section_view.h"
#include "imaging/image_draw.h"

namespace glutea {

namespace {
using Clock = std::chrono::steady_clock;
double msSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}
std::pair<double, double> spread(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return {v[v.size() / 2], v[std::min(v.size() - 1, v.size() * 95 / 100)]};
}
} // namespace

StudentBenchFigures benchStudentFrames(StudentScenario scenario, const Atlas& atlas,
                                       SceneQueries& queries, Renderer& renderer,
                                       const SceneTarget& target, float aspect, int frames) {
    StudentBenchFigures figures;
    ViewState view = makeViewState(atlas, aspect, "posterior");
    const int part = atlas.findPart("piriformis", Side::Left);
    if (part >= 0) {
        view.selection.select(selectionOfPart(atlas, part));
    }
    if (scenario == StudentScenario::Section) {
        // The classic cut at the greater sciatic notch, the camera raised to look onto it.
        auto notch = atlas.landmarks.find("greater_sciatic_notch_l");
        applySection(view,
                     axialSection(notch != atlas.landmarks.end() ? notch->second.position.y
                                                                 : atlas.focusBounds().centre().y));
        view.camera.orbit(0.0f, 35.0f);
    }
    const HipActionScene action(atlas);
    const HipActionDef* abduction = findHipAction("hip_abduction");
    updateLooks(atlas, &queries, view, 0.0f);
    const TextRaster font(kLabelFontPath, labelFontPixels(target.height()));
    SceneLabels labels;
    std::vector<double> times, extra, base;
    ViewState plain = view; // the same frame without the scenario's addition, timed in turns
    plain.section = SectionPlane{};
    plain.layers = makeViewState(atlas, aspect, "posterior").layers;
    for (int i = 0; i < std::max(1, frames); ++i) {
        view.camera.orbit(1.0f, 0.0f);
        plain.camera = view.camera;
        // Alternating which goes first, so a machine shared with other work slows both alike.
        for (int k = 0; k < 2; ++k) {
            const bool with = (k == 0) == (i % 2 == 0);
            ViewState& v = with ? view : plain;
            const auto start = Clock::now();
            updateLooks(atlas, &queries, v, 1.0f / 60.0f, false);
            if (with && scenario == StudentScenario::Labels) {
                const auto layoutStart = Clock::now();
                const auto placed = labels.update(
                    atlas, nullptr, queries.bvh(), v, glm::vec2(target.width(), target.height()),
                    false, [&](const std::string& t) { return font.measure(t); });
                extra.push_back(msSince(layoutStart));
                figures.count = placed.size();
            }
            if (with && scenario == StudentScenario::Action && abduction) {
                action.apply(v, *abduction, float(i) / 60.0f, false);
            }
            renderer.render(atlas, v, target);
            glFinish();
            (with ? times : base).push_back(msSince(start));
        }
    }
    figures.baseMedian = spread(base).first;
    std::tie(figures.median, figures.p95) = spread(times);
    if (!extra.empty()) {
        figures.extraMedian = spread(extra).first;
    }
    return figures;
}

} // namespace glutea
