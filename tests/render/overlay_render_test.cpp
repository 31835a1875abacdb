// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// The renderer's overlay contract (anatomy/scene_overlay.h), rendered for real through EGL on the
// default atlas: paint shows where the skin is weighted and nowhere else, hatching splits the
// spillover into strong and light stripes, a front below zero shows nothing, hidden skin still
// carries its paint, caution paint is amber, and markers drawn on top stay visible inside the
// body while depth-tested ones do not. Where to look is computed by projecting mesh vertices with
// the camera, independently of the shaders.
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <functional>

#include <gtest/gtest.h>

#include "anatomy/view_effects.h"
#include "app/headless_context.h"
#include "app/scene.h"
#include "import/assimp_loader.h"
#include "render/renderer.h"
#include "render/scene_target.h"

namespace glutea {
namespace {

constexpr int kWidth = 640, kHeight = 480;

struct Fixture {
    HeadlessContext context;
    Atlas atlas = loadAtlas(GLUTEA_SOURCE_DIR "/assets/atlas");
    Renderer renderer{ShaderSource()};
    SceneTarget target{kWidth, kHeight, 0};
    int skin = atlas.findPart("skin", Side::None);
    Fixture() { renderer.setAtlas(atlas); }

    ViewState view(const std::string& name = "posterior") {
        return makeViewState(atlas, float(kWidth) / float(kHeight), name);
    }
    Image render(const ViewState& v, const char* name) {
        renderer.render(atlas, v, target);
        Image image = target.read();
        const auto dir = std::filesystem::path(GLUTEA_BINARY_DIR) / "Testing" / "render";
        std::filesystem::create_directories(dir);
        writePng(dir / (std::string("overlay_") + name + ".png"), image);
        return image;
    }
    // Window pixel (top row first) of a point, or nothing off screen.
    std::optional<glm::ivec2> pixelOf(const ViewState& v, const glm::vec3& p) const {
        const glm::mat4 vp =
            v.camera.projection(float(kWidth) / float(kHeight), atlas.bounds) * v.camera.view();
        const glm::vec4 clip = vp * glm::vec4(p, 1.0f);
        if (clip.w <= 0.0f) {
            return std::nullopt;
        }
        const glm::vec2 ndc = glm::vec2(clip) / clip.w;
        const int x = int((ndc.x * 0.5f + 0.5f) * kWidth);
        const int y = int((1.0f - (ndc.y * 0.5f + 0.5f)) * kHeight);
        if (x < 2 || y < 2 || x >= kWidth - 2 || y >= kHeight - 2) {
            return std::nullopt;
        }
        return glm::ivec2(x, y);
    }
    // Pixels of skin vertices that pass `where` and face the posterior camera.
    std::vector<glm::ivec2> skinPixels(const ViewState& v,
                                       const std::function<bool(const glm::vec3&)>& where) const {
        std::vector<glm::ivec2> out;
        const Mesh& mesh = atlas.parts[skin].mesh;
        const glm::vec3 toEye = glm::normalize(-v.camera.forward());
        for (std::size_t i = 0; i < mesh.positions.size(); ++i) {
            if (where(mesh.positions[i]) && glm::dot(mesh.normals[i], toEye) > 0.6f) {
                if (auto px = pixelOf(v, mesh.positions[i])) {
                    out.push_back(*px);
                }
            }
        }
        return out;
    }
    // The skin carrying paint of weight zero everywhere: the same skin as a painted frame (the
    // renderer draws a painted skin finer than its display copy), with nothing on it.
    ViewState unpainted(const std::string& name = "posterior") {
        ViewState v = view(name);
        v.overlay.skin.pain = weights([](const glm::vec3&) { return false; }, 0);
        v.overlay.skin.version = newSkinPaintVersion();
        v.overlay.pain.essentialFront = 10.0f;
        v.overlay.pain.spilloverFront = 10.0f;
        return v;
    }
    std::vector<glm::vec4> weights(const std::function<bool(const glm::vec3&)>& where,
                                   int channel) const {
        const Mesh& mesh = atlas.parts[skin].mesh;
        std::vector<glm::vec4> out(mesh.positions.size(), glm::vec4(0.0f));
        for (std::size_t i = 0; i < out.size(); ++i) {
            if (where(mesh.positions[i])) {
                out[i][channel] = 1.0f;
            }
        }
        return out;
    }
};

Fixture& fixture() {
    static Fixture f;
    return f;
}

// The left buttock and upper thigh, well inside; and the right side, well outside. (x: over the
// buttock of the atlas with hip joint centres 195 mm apart.)
bool inZone(const glm::vec3& p) {
    return p.x > 0.075f && p.x < 0.175f && p.y > -0.16f && p.y < 0.0f;
}
bool wellInside(const glm::vec3& p) {
    return p.x > 0.095f && p.x < 0.155f && p.y > -0.14f && p.y < -0.02f;
}
bool farOutside(const glm::vec3& p) {
    return p.x < -0.06f && p.y > -0.16f && p.y < 0.0f;
}

int maxChannelDifference(glm::u8vec3 a, glm::u8vec3 b) {
    return std::max({std::abs(int(a.r) - int(b.r)), std::abs(int(a.g) - int(b.g)),
                     std::abs(int(a.b) - int(b.b))});
}

// The essential colour #B12A90: red and blue both well above green.
bool magenta(glm::u8vec3 c) {
    return c.r > c.g + 40 && c.b > c.g + 25;
}

TEST(OverlayRender, EssentialPaintShowsInsideAndNowhereElse) {
    Fixture& f = fixture();
    ASSERT_GE(f.skin, 0);
    const ViewState plainView = f.unpainted();
    const Image plain = f.render(plainView, "plain");
    ViewState v = plainView;
    v.overlay.skin.pain = f.weights(inZone, 0);
    v.overlay.skin.version = newSkinPaintVersion();
    v.overlay.pain.essentialFront = 10.0f;
    const Image painted = f.render(v, "essential");
    const auto inside = f.skinPixels(v, wellInside);
    const auto outside = f.skinPixels(v, farOutside);
    ASSERT_GT(inside.size(), 100u);
    ASSERT_GT(outside.size(), 100u);
    int insidePainted = 0, insideBefore = 0, outsideChanged = 0;
    for (auto p : inside) {
        insidePainted += magenta(painted.at(p.x, p.y)) ? 1 : 0;
        insideBefore += magenta(plain.at(p.x, p.y)) ? 1 : 0;
    }
    for (auto p : outside) {
        outsideChanged += maxChannelDifference(painted.at(p.x, p.y), plain.at(p.x, p.y)) > 8;
    }
    EXPECT_GT(insidePainted,
              int(inside.size() * 0.9)); // a few show the white tract through the paint
    EXPECT_EQ(insideBefore, 0);
    EXPECT_EQ(outsideChanged, 0);
}

TEST(OverlayRender, NoFrontNoPaint) {
    Fixture& f = fixture();
    const ViewState plainView = f.unpainted();
    const Image plain = f.render(plainView, "unpainted");
    ViewState v = plainView;
    v.overlay.skin.pain = f.weights(inZone, 0);
    v.overlay.skin.version = newSkinPaintVersion();
    v.overlay.pain.essentialFront = -1.0f; // the pattern has not started spreading
    v.overlay.pain.spilloverFront = -1.0f;
    const Image painted = f.render(v, "no_front");
    const auto difference = compareImages(painted, plain);
    EXPECT_EQ(difference.shareOff, 0.0);
}

TEST(OverlayRender, SpilloverIsHatched) {
    Fixture& f = fixture();
    ViewState v = f.view();
    v.overlay.skin.pain = f.weights(inZone, 1);
    v.overlay.skin.version = newSkinPaintVersion();
    v.overlay.pain.spilloverFront = 10.0f;
    const Image painted = f.render(v, "spillover");
    // Across the zone, saturation alternates: strong stripes and light gaps, each a good share of
    // the zone and far apart in orange (a flat wash, split at its mean, would be one level).
    std::vector<int> orange;
    for (auto p : f.skinPixels(v, wellInside)) {
        const auto c = painted.at(p.x, p.y);
        orange.push_back(int(c.r) - int(c.b));
    }
    const int total = int(orange.size());
    ASSERT_GT(total, 100);
    const auto [lo, hi] = std::minmax_element(orange.begin(), orange.end());
    const int middle = (*lo + *hi) / 2;
    int strong = 0, light = 0;
    double strongSum = 0, lightSum = 0;
    for (const int o : orange) {
        (o > middle ? strong : light) += 1;
        (o > middle ? strongSum : lightSum) += o;
    }
    // (The stripes are the wider part: over 45 % duty plus their soft edges.)
    EXPECT_GT(strong, total / 6);
    EXPECT_GT(light, total / 6);
    ASSERT_GT(strong * light, 0);
    EXPECT_GT(strongSum / strong - lightSum / light, 40.0)
        << "stripes " << strongSum / strong << ", gaps " << lightSum / light;
}

TEST(OverlayRender, HiddenSkinStillCarriesPaint) {
    Fixture& f = fixture();
    ViewState v = f.view();
    v.layers[0].visible = false;
    updateLooks(f.atlas, nullptr, v, 0.0f);
    v.overlay.skin.pain = f.weights(inZone, 0);
    v.overlay.skin.version = newSkinPaintVersion();
    v.overlay.pain.essentialFront = 10.0f;
    const Image painted = f.render(v, "hidden_skin");
    int hits = 0;
    const auto inside = f.skinPixels(v, wellInside);
    for (auto p : inside) {
        hits += magenta(painted.at(p.x, p.y)) ? 1 : 0;
    }
    EXPECT_GT(hits, int(inside.size() * 0.9));
}

TEST(OverlayRender, CautionPaintIsAmber) {
    Fixture& f = fixture();
    ViewState v = f.view();
    v.overlay.skin.caution = f.weights(inZone, 0);
    v.overlay.skin.version = newSkinPaintVersion();
    v.overlay.showCautions = true;
    const Image painted = f.render(v, "caution");
    int amber = 0;
    const auto inside = f.skinPixels(v, wellInside);
    for (auto p : inside) {
        const auto c = painted.at(p.x, p.y);
        amber += (c.r > c.b + 60 && c.g > c.b + 20) ? 1 : 0;
    }
    EXPECT_GT(amber, int(inside.size() * 0.3)); // hatched: stripes strong, gaps lighter
}

TEST(OverlayRender, MarkersOnTopShowInsideTheBodyDepthTestedOnesDoNot) {
    Fixture& f = fixture();
    const int piriformis = f.atlas.findPart("piriformis", Side::Left);
    ASSERT_GE(piriformis, 0);
    const glm::vec3 at = f.atlas.parts[piriformis].centroid; // covered by the gluteus maximus
    ViewState v = f.view();
    const auto px = f.pixelOf(v, at);
    ASSERT_TRUE(px);
    Marker marker;
    marker.position = at;
    marker.radius = 0.012f;
    marker.colorSrgb = {1.0f, 1.0f, 1.0f};
    marker.onTop = true;
    v.overlay.markers = {marker};
    const Image onTop = f.render(v, "marker_on_top");
    v.overlay.markers[0].onTop = false;
    const Image hidden = f.render(v, "marker_hidden");
    const auto c = onTop.at(px->x, px->y);
    EXPECT_GT(std::min({c.r, c.g, c.b}), 170) << "a white marker at the trigger point";
    const auto h = hidden.at(px->x, px->y);
    EXPECT_LT(std::min({h.r, h.g, h.b}), 140) << "hidden behind the maximus";
}

TEST(OverlayRender, PropsAreDrawnWhereTheyAre) {
    Fixture& f = fixture();
    ViewState v = f.view();
    const glm::vec3 centre(0.12f, -0.05f, f.atlas.bounds.min.z - 0.03f); // behind the buttock
    Prop ball;
    ball.kind = PropKind::Ball;
    ball.position = centre;
    ball.radius = 0.035f;
    ball.colorSrgb = {0.2f, 0.5f, 0.95f};
    v.overlay.props = {ball};
    const Image image = f.render(v, "prop_ball");
    const auto px = f.pixelOf(v, centre);
    ASSERT_TRUE(px);
    const auto c = image.at(px->x, px->y);
    EXPECT_GT(int(c.b), int(c.r) + 60);
}

} // namespace
} // namespace glutea
