// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// How smooth the edges are, measured against the truth: the same view rendered at 4x the width and
// height without anti-aliasing and averaged over each 4x4 block in linear light (16 samples a
// pixel, what every anti-aliasing method approximates). On the pixels where that reference
// differs from the plain render (the edges), the mean error of the plain render, 4x MSAA and the
// edge pass (shaders/edge_aa.frag) is printed; the edge pass must remove a good share of the
// plain render's error and leave the rest of the image alone. The figures are what
// docs/PERFORMANCE.md's anti-aliasing decision quotes.
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

constexpr int kWidth = 640, kHeight = 360, kScale = 4;

double linear(std::uint8_t v) {
    const double c = v / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}
std::uint8_t srgbByte(double l) {
    const double c = l <= 0.0031308 ? l * 12.92 : 1.055 * std::pow(l, 1.0 / 2.4) - 0.055;
    return static_cast<std::uint8_t>(std::lround(std::clamp(c, 0.0, 1.0) * 255.0));
}

Image boxDownsample(const Image& big, int scale) {
    Image out{big.width / scale, big.height / scale, {}};
    out.rgb.resize(static_cast<std::size_t>(out.width) * out.height * 3);
    for (int y = 0; y < out.height; ++y) {
        for (int x = 0; x < out.width; ++x) {
            for (int ch = 0; ch < 3; ++ch) {
                double sum = 0;
                for (int dy = 0; dy < scale; ++dy) {
                    for (int dx = 0; dx < scale; ++dx) {
                        sum += linear(big.at(x * scale + dx, y * scale + dy)[ch]);
                    }
                }
                out.rgb[(static_cast<std::size_t>(y) * out.width + x) * 3 + ch] =
                    srgbByte(sum / (scale * scale));
            }
        }
    }
    return out;
}

int channelDifference(const Image& a, const Image& b, std::size_t pixel) {
    int d = 0;
    for (int ch = 0; ch < 3; ++ch) {
        d = std::max(d, std::abs(int(a.rgb[pixel * 3 + ch]) - int(b.rgb[pixel * 3 + ch])));
    }
    return d;
}

struct Renders {
    HeadlessContext context;
    Atlas atlas = loadAtlas(GLUTEA_SOURCE_DIR "/assets/atlas");
    Renderer renderer{ShaderSource()};
    Renders() {
        simplifyForDisplay(atlas.parts);
        renderer.setAtlas(atlas);
    }
    Image render(int width, int height, int samples, bool edgeAa, const std::string& view) {
        SceneTarget target(width, height, samples, edgeAa);
        ViewState state = makeViewState(atlas, float(width) / float(height), view);
        renderer.render(atlas, state, target);
        return target.read();
    }
};

TEST(AntiAliasing, EdgePassRemovesMostOfTheStaircaseAndLeavesTheRestAlone) {
    Renders r;
    for (const std::string view : {"posterior", "oblique"}) {
        const Image truth =
            boxDownsample(r.render(kWidth * kScale, kHeight * kScale, 0, false, view), kScale);
        const Image plain = r.render(kWidth, kHeight, 0, false, view);
        const Image msaa = r.render(kWidth, kHeight, 4, false, view);
        const Image edge = r.render(kWidth, kHeight, 0, true, view);
        double errPlain = 0, errMsaa = 0, errEdge = 0, changedElsewhere = 0;
        std::size_t edges = 0, elsewhere = 0;
        for (std::size_t i = 0; i < plain.rgb.size() / 3; ++i) {
            if (channelDifference(truth, plain, i) > 12) {
                ++edges;
                errPlain += channelDifference(truth, plain, i);
                errMsaa += channelDifference(truth, msaa, i);
                errEdge += channelDifference(truth, edge, i);
            } else {
                ++elsewhere;
                changedElsewhere += channelDifference(edge, plain, i);
            }
        }
        ASSERT_GT(edges, 500u) << view << ": too few edge pixels to judge";
        errPlain /= edges;
        errMsaa /= edges;
        errEdge /= edges;
        changedElsewhere /= elsewhere;
        std::printf("%s: %zu edge pixels; mean error (of 255) against 16 samples a pixel: none "
                    "%.1f, 4x MSAA %.1f, edge pass %.1f; elsewhere the edge pass changes %.2f\n",
                    view.c_str(), edges, errPlain, errMsaa, errEdge, changedElsewhere);
        EXPECT_LT(errMsaa, errPlain * 0.8) << view << ": the measurement cannot tell MSAA apart";
        EXPECT_LT(errEdge, errPlain * 0.75) << view;
        EXPECT_LT(changedElsewhere, 1.0) << view << ": the edge pass blurs flat areas";
    }
}

} // namespace
} // namespace glutea
