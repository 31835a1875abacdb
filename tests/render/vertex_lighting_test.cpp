// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// The window's lighting on a software rasteriser (render/renderer.h, Lighting::PerVertexWhenFar):
// per vertex at the default framing, looking like per fragment there (the same lights, the same
// colours: a high PSNR, while a wrong or missing light costs far more), and per fragment again
// when zoomed in past kPerFragmentFromPixelsPerMetre.
#include <cmath>
#include <cstdio>

#include <gtest/gtest.h>

#include "app/headless_context.h"
#include "app/scene.h"
#include "import/assimp_loader.h"
#include "render/renderer.h"
#include "render/scene_target.h"

namespace glutea {
namespace {

constexpr int kLitWidth = 640, kLitHeight = 360;

// Peak signal-to-noise ratio of b against a, in dB (8-bit channels).
double psnrOf(const Image& a, const Image& b) {
    double squared = 0;
    for (std::size_t i = 0; i < a.rgb.size(); ++i) {
        const double d = double(a.rgb[i]) - double(b.rgb[i]);
        squared += d * d;
    }
    const double mse = squared / double(a.rgb.size());
    return mse == 0 ? 99.0 : 10.0 * std::log10(255.0 * 255.0 / mse);
}

struct LitRenders {
    HeadlessContext context;
    Atlas atlas = loadAtlas(GLUTEA_SOURCE_DIR "/assets/atlas");
    Renderer perFragment{ShaderSource()};
    Renderer whenFar{ShaderSource(), Lighting::PerVertexWhenFar};
    LitRenders() {
        simplifyForDisplay(atlas.parts);
        perFragment.setAtlas(atlas);
        whenFar.setAtlas(atlas);
    }
    Image render(Renderer& renderer, const ViewState& state) {
        SceneTarget target(kLitWidth, kLitHeight, 0);
        renderer.render(atlas, state, target);
        return target.read();
    }
};

TEST(VertexLighting, LooksLikePerFragmentWhenFarAndGivesWayWhenZoomedIn) {
    LitRenders r;
    for (const std::string view : {"posterior", "oblique"}) {
        ViewState state = makeViewState(r.atlas, float(kLitWidth) / float(kLitHeight), view);
        const Image fragment = r.render(r.perFragment, state);
        EXPECT_FALSE(r.perFragment.litPerVertex());
        const Image vertex = r.render(r.whenFar, state);
        EXPECT_TRUE(r.whenFar.litPerVertex()) << view << ": the default framing is far";
        const double psnr = psnrOf(fragment, vertex);
        std::printf("%s: per vertex against per fragment %.1f dB\n", view.c_str(), psnr);
        EXPECT_GT(psnr, 32.0) << view;
        EXPECT_LT(psnr, 99.0) << view << ": per vertex drew exactly per fragment's image";

        // Zoomed in until a metre spans more pixels than the threshold: per fragment again.
        const float fovRadians = glm::radians(state.camera.fovYDegrees);
        state.camera.distance =
            0.9f * float(kLitHeight) /
            (2.0f * kPerFragmentFromPixelsPerMetre * std::tan(fovRadians * 0.5f));
        const Image close = r.render(r.whenFar, state);
        EXPECT_FALSE(r.whenFar.litPerVertex()) << view << ": zoomed in, still per vertex";
        EXPECT_EQ(psnrOf(r.render(r.perFragment, state), close), 99.0) << view;
    }
}

} // namespace
} // namespace glutea
