// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "app/referral_bench.h"

#include <algorithm>
#include <chrono>
#include <filesystem>

#include <epoxy/gl.h>

#include "anatomy/atlas_content.h"
#include "anatomy/content_loader.h"
#include "anatomy/referral_choice.h"
#include "anatomy/selection.h"
#include "anatomy/trigger_point_sites.h"
#include "app/scene.h"

namespace glutea {

ReferralBenchFigures benchReferralFrames(const Atlas& atlas, SceneQueries& queries,
                                         Renderer& renderer, const SceneTarget& target,
                                         float aspect, int frames) {
    ReferralBenchFigures figures;
    const std::optional<Content> loaded = loadAtlasContentUnchecked(atlas);
    if (!loaded) {
        return figures;
    }
    const Content& content = *loaded;
    const ReferralFields fields =
        ReferralFields::compute(atlas, content, triggerPointLocator(atlas, content));
    const PatternField* field =
        fields.empty() ? nullptr : fields.find("gluteus_minimus", Side::Left);
    const int part = atlas.findPart("gluteus_minimus", Side::Left);
    if (!field || part < 0) {
        return figures;
    }
    const ReferralPicture picture = referralPicture(atlas, fields, *field);
    ViewState view = makeViewState(atlas, aspect, "posterior");
    view.selection.select(selectionOfPart(atlas, part));
    frameReferralBounds(view.camera, picture.bounds, aspect);
    updateLooks(atlas, &queries, view, 0.0f);
    using Clock = std::chrono::steady_clock;
    std::vector<double> times;
    // From the middle of the spread on: the essential front moving, then the spillover's.
    const double startS = ReferralTimeline::kCompleteS * 0.5;
    for (int i = 0; i < std::max(1, frames); ++i) {
        view.camera.orbit(1.0f, 0.0f);
        const auto start = Clock::now();
        updateLooks(atlas, &queries, view, 1.0f / 60.0f, false);
        playReferral(picture, startS + i / 60.0, {}, view.overlay);
        renderer.render(atlas, view, target);
        glFinish();
        times.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    figures.ran = true;
    figures.median = times[times.size() / 2];
    figures.p95 = times[std::min(times.size() - 1, times.size() * 95 / 100)];
    return figures;
}

} // namespace glutea
