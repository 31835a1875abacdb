// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// `glutea bench`: the figures the performance budgets are stated in, measured on this machine.
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iomanip>
#include <ostream>
#include <random>

#include <epoxy/gl.h>
#include <nlohmann/json.hpp>

#include "anatomy/atlas_content.h"
#include "anatomy/content_loader.h"
#include "anatomy/technique_scene.h"
#include "anatomy/zone_field.h"
#include "app/asset_paths.h"
#include "app/commands.h"
#include "app/display_meshes.h"
#include "app/headless_context.h"
#include "app/process_clock.h"
#include "app/referral_bench.h"
#include "app/scene.h"
#include "app/student_bench.h"
#include "import/assimp_loader.h"
#include "render/renderer.h"
#include "render/scene_target.h"

namespace glutea {

namespace {

using Clock = std::chrono::steady_clock;

double millisecondsSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

struct Spread {
    double median = 0.0, p95 = 0.0;
};

Spread spreadOf(std::vector<double> samples) {
    std::sort(samples.begin(), samples.end());
    return {samples[samples.size() / 2],
            samples[std::min(samples.size() - 1, samples.size() * 95 / 100)]};
}

double round2(double v) {
    return std::round(v * 100) / 100;
}

// Frames of a slowly orbiting camera; glFinish makes each sample the whole frame's (llvmpipe) time.
Spread timeFrames(const Atlas& atlas, SceneQueries* queries, ViewState& view, Renderer& renderer,
                  const SceneTarget& target, int frames) {
    std::vector<double> times;
    for (int i = 0; i < std::max(1, frames); ++i) {
        view.camera.orbit(1.0f, 0.0f);
        const auto start = Clock::now();
        // Per-frame CPU work, as in the window while the user orbits by dragging.
        updateLooks(atlas, queries, view, 1.0f / 60.0f, false);
        renderer.render(atlas, view, target);
        glFinish();
        times.push_back(millisecondsSince(start));
    }
    return spreadOf(times);
}

// Frames of a technique playing (the window's per-frame work: the player's markers, the caution
// paint of the zones near it, the render), the camera orbiting slowly. 0 frames when the atlas
// has no content or skin.
Spread timeTechniqueFrames(const Atlas& atlas, SceneQueries* queries, Renderer& renderer,
                           const SceneTarget& target, float aspect, int frames) {
    const std::optional<Content> content = loadAtlasContentUnchecked(atlas);
    if (atlas.skinPart() < 0 || !content) {
        return {};
    }
    const Technique* t = content->findTechnique("kneading");
    const TechniquePlacement* p = t ? firstPlacementOn(*t, "gluteus_maximus") : nullptr;
    if (!p) {
        return {};
    }
    const TechniqueScene scene(atlas, *content);
    const auto track = scene.track(*t, *p, Side::Left);
    if (!track) {
        return {};
    }
    ViewState view = makeViewState(atlas, aspect, "posterior");
    std::vector<double> times;
    for (int i = 0; i < std::max(1, frames); ++i) {
        view.camera.orbit(1.0f, 0.0f);
        const auto start = Clock::now();
        view.overlay.markers.clear();
        view.overlay.props.clear();
        view.overlay.labels.clear();
        applyTechniqueFrame(scene, *track, i / 60.0, view.overlay);
        updateLooks(atlas, queries, view, 1.0f / 60.0f, false);
        renderer.render(atlas, view, target);
        glFinish();
        times.push_back(millisecondsSince(start));
    }
    return spreadOf(times);
}

} // namespace

int runBench(const CommonOptions& common, const BenchOptions& options, std::ostream& out) {
    const auto [width, height] = parseSize(options.size);
    const auto loadStart = Clock::now();
    const auto atlasDir = findAtlasDir(common.atlasDir);
    Atlas atlas = loadAtlas(atlasDir);
    const double loadMs = millisecondsSince(loadStart);

    HeadlessContext context;
    const Lighting lighting = windowLighting(); // the window's frames are what is timed
    Renderer renderer(ShaderSource(common.shaderDir), lighting);
    renderer.setAtlas(atlas);
    // As the window: the display meshes are made while the first frame draws the full ones.
    const auto displayStart = Clock::now();
    DisplayMeshesInBackground displayMeshes;
    displayMeshes.start(atlas);
    const int samples = options.samples >= 0 ? options.samples : defaultSampleCount();
    SceneTarget target(width, height, samples);
    const float aspect = float(width) / float(height);
    ViewState view = makeViewState(atlas, aspect, "posterior");
    renderer.render(atlas, view, target);
    glFinish();
    const double firstFrameMs = secondsSinceProcessStart() * 1000.0;
    displayMeshes.finish(atlas, renderer);
    const double displayMeshesMs = millisecondsSince(displayStart);

    // Scenario 1: the default view, skin translucent.
    const Spread plain = timeFrames(atlas, nullptr, view, renderer, target, options.frames);
    // The same with the edge anti-aliasing pass instead of MSAA (issue 14's decision).
    Spread edgeAa;
    {
        SceneTarget edgeTarget(width, height, 0, true);
        edgeAa = timeFrames(atlas, nullptr, view, renderer, edgeTarget, options.frames);
    }

    // Scenario 2: every effect on: the piriformis selected, x-ray over it, highlight, outlines
    // (of it and of the sciatic nerve), translucent skin.
    SceneQueries queries;
    const auto bvhStart = Clock::now();
    queries.setAtlas(atlas);
    queries.bvh();
    const double bvhMs = millisecondsSince(bvhStart);

    // Referral zones resolved on the skin (every pattern, both sides), as the window does once.
    nlohmann::json referralFieldsMs; // null without content
    if (hasContentDir(atlas)) {
        const Content content = loadCheckedContent(atlas, "bench");
        const auto fieldsStart = Clock::now();
        const ReferralFields fields = ReferralFields::compute(atlas, content);
        referralFieldsMs = round2(millisecondsSince(fieldsStart));
    }
    view = makeViewState(atlas, aspect, "posterior");
    // The piriformis where the atlas has one (any atlas can be benched: a big test model too).
    const int selected = atlas.findPart("piriformis", Side::Left);
    view.selection.select(selectionOfPart(atlas, selected >= 0 ? selected : 0));
    updateLooks(atlas, &queries, view, 0.0f);
    const Spread effects = timeFrames(atlas, &queries, view, renderer, target, options.frames);

    // Scenario 3 (issue 9): a technique playing: kneading on the left gluteus maximus, its
    // markers, trail and ring moved every frame, the caution zones near it painted.
    const Spread technique =
        timeTechniqueFrames(atlas, &queries, renderer, target, aspect, options.frames);

    // Issue 12: the all-effects frame with the leader labels laid out every frame.
    const StudentBenchFigures labelFrames = benchStudentFrames(
        StudentScenario::Labels, atlas, queries, renderer, target, aspect, options.frames);
    const StudentBenchFigures sectionFrames = benchStudentFrames(
        StudentScenario::Section, atlas, queries, renderer, target, aspect, options.frames);
    const StudentBenchFigures actionFrames = benchStudentFrames(
        StudentScenario::Action, atlas, queries, renderer, target, aspect, options.frames);

    // Picking: rays through random pixels of the posterior view, on the full-resolution meshes.
    view = makeViewState(atlas, aspect, "posterior");
    std::mt19937 random(7);
    std::uniform_real_distribution<float> ndc(-1.0f, 1.0f);
    std::vector<double> picks;
    for (int i = 0; i < 2000; ++i) {
        const glm::vec2 at(ndc(random), ndc(random));
        const auto start = Clock::now();
        queries.pick(view, at, aspect);
        picks.push_back(millisecondsSince(start));
    }
    const Spread pick = spreadOf(picks);

    // Scenario 3 (issue 8): the gluteus minimus's referred pain mid-spread.
    const ReferralBenchFigures referral =
        benchReferralFrames(atlas, queries, renderer, target, aspect, options.frames);

    const nlohmann::json figures = {
        {"renderer", context.rendererName()},
        {"size", options.size},
        {"frames", options.frames},
        {"triangles", atlas.triangleCount()},
        {"drawn_triangles", atlas.displayTriangleCount()},
        {"samples", samples},
        {"lighting", lighting == Lighting::PerVertexWhenFar ? "vertex" : "fragment"},
        {"atlas_load_ms", round2(loadMs)},
        {"start_to_first_frame_ms", round2(firstFrameMs)},
        {"display_meshes_ms", round2(displayMeshesMs)},
        {"frame_median_ms", round2(plain.median)},
        {"frame_p95_ms", round2(plain.p95)},
        {"frame_edge_aa_median_ms", round2(edgeAa.median)},
        {"frame_edge_aa_p95_ms", round2(edgeAa.p95)},
        {"frame_all_effects_median_ms", round2(effects.median)},
        {"frame_all_effects_p95_ms", round2(effects.p95)},
        {"frame_technique_median_ms", round2(technique.median)},
        {"frame_technique_p95_ms", round2(technique.p95)},
        {"bvh_build_ms", round2(bvhMs)},
        {"referral_fields_ms", referralFieldsMs},
        {"pick_median_ms", std::round(pick.median * 1e4) / 1e4},
        {"pick_p95_ms", std::round(pick.p95 * 1e4) / 1e4},
        {"peak_rss_mib", std::round(peakRssMiB() * 10) / 10}};
    nlohmann::json withReferral = figures;
    if (referral.ran) {
        withReferral["frame_referral_median_ms"] = round2(referral.median);
        withReferral["frame_referral_p95_ms"] = round2(referral.p95);
    }
    withReferral["frame_labels_median_ms"] = round2(labelFrames.median);
    withReferral["frame_labels_p95_ms"] = round2(labelFrames.p95);
    withReferral["labels_layout_median_ms"] = round2(labelFrames.extraMedian);
    withReferral["frame_section_median_ms"] = round2(sectionFrames.median);
    withReferral["frame_section_p95_ms"] = round2(sectionFrames.p95);
    // The same frames without labels / without the cut, timed in turns with them: the difference
    // is what the scenario adds even while the machine is busy with other work.
    withReferral["frame_labels_paired_base_median_ms"] = round2(labelFrames.baseMedian);
    withReferral["frame_section_paired_base_median_ms"] = round2(sectionFrames.baseMedian);
    withReferral["frame_action_median_ms"] = round2(actionFrames.median);
    withReferral["frame_action_p95_ms"] = round2(actionFrames.p95);
    withReferral["frame_action_paired_base_median_ms"] = round2(actionFrames.baseMedian);
    if (options.json) {
        out << withReferral.dump() << "\n";
        return 0;
    }
    out << std::fixed << std::setprecision(2);
    out << "renderer:                     " << context.rendererName() << "\n";
    out << "lighting:                     per "
        << (lighting == Lighting::PerVertexWhenFar ? "vertex" : "fragment") << "\n";
    out << "size:                         " << options.size << ", " << samples << "x MSAA, "
        << atlas.triangleCount() << " triangles (" << atlas.displayTriangleCount() << " drawn)\n";
    out << "atlas load:                   " << loadMs << " ms\n";
    out << "start to first frame:         " << firstFrameMs << " ms\n";
    out << "display meshes made after:    " << displayMeshesMs << " ms (in the background)\n";
    out << "frame, default view:          " << plain.median << " ms median, " << plain.p95
        << " ms p95 (" << options.frames << " frames)\n";
    out << "frame, default, edge AA pass: " << edgeAa.median << " ms median, " << edgeAa.p95
        << " ms p95\n";
    out << "frame, selection + x-ray:     " << effects.median << " ms median, " << effects.p95
        << " ms p95\n";
    if (referral.ran) {
        out << "frame, referred pain:         " << referral.median << " ms median, " << referral.p95
            << " ms p95\n";
    }
    out << "frame, technique playing:     " << technique.median << " ms median, " << technique.p95
        << " ms p95\n";
    out << "frame, labels:                " << labelFrames.median << " ms median, "
        << labelFrames.p95 << " ms p95 (layout " << labelFrames.extraMedian << " ms, "
        << labelFrames.count << " labels; " << labelFrames.baseMedian << " ms without)\n";
    out << "frame, section:               " << sectionFrames.median << " ms median, "
        << sectionFrames.p95 << " ms p95 (" << sectionFrames.baseMedian << " ms uncut)\n";
    out << "frame, muscle action:         " << actionFrames.median << " ms median, "
        << actionFrames.p95 << " ms p95 (" << actionFrames.baseMedian << " ms at rest)\n";
    out << "BVH build:                    " << bvhMs << " ms\n";
    if (!referralFieldsMs.is_null()) {
        out << "referral fields:              " << referralFieldsMs.get<double>() << " ms\n";
    }
    out << std::setprecision(4);
    out << "pick:                         " << pick.median << " ms median, " << pick.p95
        << " ms p95 (2000 rays)\n";
    out << "peak RSS:                     " << std::setprecision(1) << peakRssMiB() << " MiB\n";
    return 0;
}

} // namespace glutea
