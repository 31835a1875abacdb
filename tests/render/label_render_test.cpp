// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// Leader-line labels on the default atlas, through EGL: in each of the six view presets no two
// label boxes overlap and every leader ends on its structure's pixels, taken from a silhouette
// render of that part alone (what `glutea render --mask PART` writes), independently of the label
// code; labels of hidden structures go; a small orbit moves the boxes with their anchors.
#include <filesystem>

#include <gtest/gtest.h>

#include "anatomy/scene_labels.h"
#include "app/headless_context.h"
#include "app/label_render.h"
#include "app/scene.h"
#include "app/scene_queries.h"
#include "imaging/image_draw.h"
#include "import/assimp_loader.h"
#include "render/renderer.h"
#include "render/scene_target.h"

namespace glutea {
namespace {

constexpr int kWidth = 960, kHeight = 540;

struct Fixture {
    HeadlessContext context;
    Atlas atlas = loadAtlas(GLUTEA_SOURCE_DIR "/assets/atlas");
    Renderer renderer{ShaderSource()};
    SceneTarget target{kWidth, kHeight, 0};
    SceneQueries queries;
    TextRaster font{kLabelFontPath, labelFontPixels(kHeight)};
    Fixture() {
        renderer.setAtlas(atlas);
        queries.setAtlas(atlas);
    }
    ViewState view(const std::string& name) {
        return makeViewState(atlas, float(kWidth) / float(kHeight), name);
    }
    std::vector<SceneLabel> labels(SceneLabels& scene, const ViewState& v) {
        return scene.update(atlas, nullptr, queries.bvh(), v, glm::vec2(kWidth, kHeight), false,
                            [&](const std::string& t) { return font.measure(t); });
    }
    Image mask(const ViewState& v, int part) {
        renderer.renderSilhouette(atlas, v, {part}, target);
        return target.read();
    }
};

Fixture& fixture() {
    static Fixture f;
    return f;
}

// White at the pixel or a neighbour (the anchor is a surface point; rasterisation rounds).
bool onMask(const Image& mask, glm::vec2 p) {
    for (int dy = -1; dy <= 1; ++dy) {
        for (int dx = -1; dx <= 1; ++dx) {
            const int x = int(p.x) + dx, y = int(p.y) + dy;
            if (x >= 0 && y >= 0 && x < mask.width && y < mask.height && mask.at(x, y).r > 127) {
                return true;
            }
        }
    }
    return false;
}

class LabelPresets : public ::testing::TestWithParam<std::string> {};

TEST_P(LabelPresets, NoOverlapAndEveryLeaderEndsOnItsStructure) {
    Fixture& f = fixture();
    const ViewState v = f.view(GetParam());
    SceneLabels scene;
    const auto labels = f.labels(scene, v);
    EXPECT_GE(labels.size(), 6u) << "too few labels in the " << GetParam() << " view";
    // The picture, for people to look at.
    f.renderer.render(f.atlas, v, f.target);
    Image picture = f.target.read();
    paintLabels(picture, labels, &f.font);
    const auto dir = std::filesystem::path(GLUTEA_BINARY_DIR) / "Testing" / "render";
    std::filesystem::create_directories(dir);
    writePng(dir / ("labels_" + GetParam() + ".png"), picture);

    for (std::size_t i = 0; i < labels.size(); ++i) {
        const PlacedLabel& a = labels[i].placed;
        EXPECT_TRUE(a.boxMin.x >= 0 && a.boxMin.y >= 0 && a.boxMax.x <= kWidth &&
                    a.boxMax.y <= kHeight)
            << a.id << " leaves the view";
        for (std::size_t j = i + 1; j < labels.size(); ++j) {
            const PlacedLabel& b = labels[j].placed;
            const bool overlap = a.boxMin.x < b.boxMax.x && b.boxMin.x < a.boxMax.x &&
                                 a.boxMin.y < b.boxMax.y && b.boxMin.y < a.boxMax.y;
            EXPECT_FALSE(overlap) << a.id << " and " << b.id << " overlap";
        }
        const Image mask = f.mask(v, labels[i].part);
        EXPECT_TRUE(onMask(mask, a.anchor))
            << a.id << "'s leader ends at " << a.anchor.x << "," << a.anchor.y
            << ", off its structure " << f.atlas.parts[labels[i].part].nodeName;
    }
}

INSTANTIATE_TEST_SUITE_P(SixPresets, LabelPresets,
                         ::testing::Values("posterior", "anterior", "left", "right", "superior",
                                           "oblique"));

TEST(Labels, HiddenStructuresLoseTheirLabels) {
    Fixture& f = fixture();
    ViewState v = f.view("posterior");
    SceneLabels scene;
    auto has = [](const std::vector<SceneLabel>& labels, const std::string& id) {
        return std::any_of(labels.begin(), labels.end(),
                           [&](const auto& l) { return l.placed.id == id; });
    };
    ASSERT_TRUE(has(f.labels(scene, v), "gluteus_maximus"));
    for (std::size_t i = 0; i < f.atlas.parts.size(); ++i) {
        if (f.atlas.parts[i].structureId == "gluteus_maximus") {
            v.partVisible[i] = false;
        }
    }
    updateLooks(f.atlas, nullptr, v, 0.0f);
    const auto hidden = f.labels(scene, v);
    EXPECT_FALSE(has(hidden, "gluteus_maximus"));
    EXPECT_TRUE(has(hidden, "piriformis")) << "what the maximus covered is labelled now";
}

TEST(Labels, BoxesFollowTheCameraWithoutJumping) {
    Fixture& f = fixture();
    ViewState v = f.view("oblique");
    SceneLabels scene;
    auto before = f.labels(scene, v);
    int kept = 0, total = 0, jumps = 0;
    for (int step = 0; step < 10; ++step) {
        v.camera.orbit(0.5f, 0.0f);
        const auto after = f.labels(scene, v);
        for (const auto& b : before) {
            for (const auto& a : after) {
                if (a.placed.id == b.placed.id) {
                    ++total;
                    const glm::vec2 box = a.placed.boxMin - b.placed.boxMin;
                    const glm::vec2 anchor = a.placed.anchor - b.placed.anchor;
                    kept += glm::length(box - anchor) <= 1.5f ? 1 : 0;
                    // A covered anchor steps to the nearest point in sight: rarely, and not far.
                    jumps += glm::length(anchor) > 12.0f ? 1 : 0;
                    EXPECT_LE(glm::length(anchor), 60.0f) << a.placed.id << "'s anchor jumped";
                }
            }
        }
        before = after;
    }
    EXPECT_GE(kept, total * 9 / 10) << "boxes should ride with their anchors";
    EXPECT_LE(jumps, total / 20) << "anchors should stay put while in sight";
    EXPECT_GE(total, 50);
}

} // namespace
} // namespace glutea
