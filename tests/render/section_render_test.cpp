// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// Cross-sections on the default atlas, through EGL. What each point of the cut should show is
// found here from the meshes alone: a point on the plane lies inside a closed mesh when a ray from
// it crosses that mesh an odd number of times (BVH hits), and the innermost mesh containing it is
// what the cut face shows there. The render must show that structure's section colour at the
// point's pixel. The classic images: the axial cut at the greater sciatic notch shows, from the
// back forwards, the gluteus maximus, then the piriformis, then the hip bone; the coronal cut
// through the sciatic nerve's exit shows the nerve below the piriformis.
#include <filesystem>
#include <optional>

#include <gtest/gtest.h>

#include "anatomy/scene_labels.h"
#include "anatomy/section.h"
#include "app/headless_context.h"
#include "app/label_render.h"
#include "app/scene.h"
#include "app/scene_queries.h"
#include "app/section_view.h"
#include "import/assimp_loader.h"
#include "render/renderer.h"
#include "render/scene_target.h"
#include "render/section_colors.h"

namespace glutea {
namespace {

constexpr int kWidth = 800, kHeight = 800;

struct Fixture {
    HeadlessContext context;
    Atlas atlas = loadAtlas(GLUTEA_SOURCE_DIR "/assets/atlas");
    Renderer renderer{ShaderSource()};
    SceneTarget target{kWidth, kHeight, 0};
    SceneQueries queries;
    Fixture() {
        renderer.setAtlas(atlas);
        queries.setAtlas(atlas);
    }

    // The innermost part whose closed mesh contains p (smallest box), or -1.
    int innermost(const glm::vec3& p) {
        std::map<std::uint32_t, int> crossings;
        for (const RayHit& h :
             queries.bvh().allHits(Ray{p, glm::normalize(glm::vec3(1, 0.013f, 0.007f))})) {
            ++crossings[h.part];
        }
        int best = -1;
        float bestVolume = 1e30f;
        for (const auto& [part, n] : crossings) {
            const glm::vec3 s = atlas.parts[part].bounds.size();
            if (n % 2 == 1 && s.x * s.y * s.z < bestVolume) {
                bestVolume = s.x * s.y * s.z;
                best = static_cast<int>(part);
            }
        }
        return best;
    }

    Image render(ViewState& v, const std::string& name) {
        updateLooks(atlas, nullptr, v, 0.0f);
        renderer.render(atlas, v, target);
        Image image = target.read();
        const auto dir = std::filesystem::path(GLUTEA_BINARY_DIR) / "Testing" / "render";
        std::filesystem::create_directories(dir);
        writePng(dir / ("section_" + name + ".png"), image);
        return image;
    }

    std::optional<glm::ivec2> pixelOf(const ViewState& v, const glm::vec3& p) const {
        const glm::mat4 vp =
            v.camera.projection(float(kWidth) / float(kHeight), atlas.bounds) * v.camera.view();
        const glm::vec4 clip = vp * glm::vec4(p, 1.0f);
        if (clip.w <= 0.0f) {
            return std::nullopt;
        }
        const glm::vec2 ndc = glm::vec2(clip) / clip.w;
        const int x = int((ndc.x * 0.5f + 0.5f) * kWidth);
        const int y = int((0.5f - ndc.y * 0.5f) * kHeight);
        if (x < 0 || y < 0 || x >= kWidth || y >= kHeight) {
            return std::nullopt;
        }
        return glm::ivec2(x, y);
    }

    // The structure whose section colour is nearest the pixel's, if near enough.
    std::string colourAt(const Image& image, glm::ivec2 px) const {
        const glm::vec3 c = glm::vec3(image.at(px.x, px.y)) / 255.0f;
        std::string best;
        float bestDistance = 0.06f;
        for (const auto& s : atlas.manifest.structures) {
            const float d = glm::distance(c, sectionColorSrgb(s));
            if (d < bestDistance) {
                bestDistance = d;
                best = s.id;
            }
        }
        return best;
    }
};

Fixture& fixture() {
    static Fixture f;
    return f;
}

struct Sample {
    glm::vec3 point;
    std::string expected; // structure id the cut shows there ("" outside everything)
};

// Samples along a line on the plane, each classified from the meshes; those within 3 mm of a
// change of structure are dropped (a pixel there may show either).
std::vector<Sample> classify(Fixture& f, glm::vec3 from, glm::vec3 to, int steps) {
    std::vector<std::string> ids;
    std::vector<glm::vec3> points;
    for (int i = 0; i <= steps; ++i) {
        const glm::vec3 p = glm::mix(from, to, float(i) / float(steps));
        const int part = f.innermost(p);
        ids.push_back(part < 0 ? "" : f.atlas.parts[part].structureId);
        points.push_back(p);
    }
    const float step = glm::distance(from, to) / float(steps);
    const int margin = std::max(1, int(std::ceil(0.003f / step)));
    std::vector<Sample> samples;
    for (int i = 0; i <= steps; ++i) {
        bool steady = true;
        for (int k = std::max(0, i - margin); k <= std::min(steps, i + margin); ++k) {
            steady &= ids[k] == ids[i];
        }
        if (steady) {
            samples.push_back({points[i], ids[i]});
        }
    }
    return samples;
}

// Index of the first sample showing `id` (or -1).
int firstOf(const std::vector<std::string>& seq, const std::string& id) {
    const auto it = std::find(seq.begin(), seq.end(), id);
    return it == seq.end() ? -1 : int(it - seq.begin());
}

// Checks the picture against the classification (solid structures only: where the cut lies in
// the skin's envelope alone the eye may look down a gap onto what lies below) and returns the
// sequence of structures the picture shows along the line.
std::vector<std::string> checkLine(Fixture& f, const ViewState& v, const Image& image,
                                   const std::vector<Sample>& samples, int& checked) {
    std::vector<std::string> shown;
    int agree = 0;
    checked = 0;
    for (const Sample& s : samples) {
        if (s.expected.empty() || s.expected == "skin") {
            continue;
        }
        const auto px = f.pixelOf(v, s.point);
        if (!px) {
            continue;
        }
        ++checked;
        const std::string seen = f.colourAt(image, *px);
        agree += seen == s.expected ? 1 : 0;
        if (seen == s.expected && (shown.empty() || shown.back() != seen)) {
            shown.push_back(seen);
        }
    }
    EXPECT_GE(agree, checked * 9 / 10)
        << agree << " of " << checked << " cut points show their structure's colour";
    return shown;
}

TEST(Section, AxialCutAtTheGreaterSciaticNotchShowsMaximusPiriformisPelvis) {
    Fixture& f = fixture();
    const Landmark& notch = f.atlas.landmarks.at("greater_sciatic_notch_l");
    const SectionPlane plane = axialSection(notch.position.y);
    ViewState v = makeViewState(f.atlas, 1.0f, plane.facingView());
    applySection(v, plane);
    const Image image = f.render(v, "axial_sciatic_notch");
    // Lines from behind forwards onto the notch (a fan of them, from points behind the buttock):
    // at least one shows the classic order, in the meshes and in the picture alike.
    bool classic = false;
    std::string seen;
    for (float dx = -0.04f; dx <= 0.0401f && !classic; dx += 0.01f) {
        const glm::vec3 from(notch.position.x + dx, notch.position.y, -0.20f);
        const glm::vec3 at = notch.position;
        const glm::vec3 to = at + glm::normalize(at - from) * 0.03f;
        const auto samples = classify(f, from, to, 400);
        std::vector<std::string> expected;
        for (const auto& s : samples) {
            if (!s.expected.empty() && s.expected != "skin" &&
                (expected.empty() || expected.back() != s.expected)) {
                expected.push_back(s.expected);
            }
        }
        int checked = 0;
        const auto shown = checkLine(f, v, image, samples, checked);
        EXPECT_GT(checked, 10);
        const int m = firstOf(shown, "gluteus_maximus"), p = firstOf(shown, "piriformis"),
                  b = firstOf(shown, "hip_bone");
        const int em = firstOf(expected, "gluteus_maximus"), ep = firstOf(expected, "piriformis"),
                  eb = firstOf(expected, "hip_bone");
        classic = m >= 0 && m < p && p < b && em >= 0 && em < ep && ep < eb;
        seen += "\n  from x " + std::to_string(from.x) + ":";
        for (const auto& id : shown) {
            seen += " " + id;
        }
    }
    EXPECT_TRUE(classic) << "no line onto the notch shows maximus, piriformis, then the hip bone:"
                         << seen;
}

TEST(Section, CoronalCutShowsTheSciaticNerveBelowThePiriformis) {
    Fixture& f = fixture();
    const Landmark& exit = f.atlas.landmarks.at("sciatic_exit_l");
    bool below = false;
    for (float dz = 0.0f; dz <= 0.0301f && !below; dz += 0.01f) {
        const SectionPlane plane = coronalSection(exit.position.z + dz);
        ViewState v = makeViewState(f.atlas, 1.0f, plane.facingView());
        applySection(v, plane);
        const Image image = f.render(v, "coronal_sciatic");
        const float z = exit.position.z + dz;
        for (float dx = -0.015f; dx <= 0.0151f && !below; dx += 0.005f) {
            // Top down through the nerve's exit.
            const glm::vec3 from(exit.position.x + dx, exit.position.y + 0.08f, z);
            const glm::vec3 to(exit.position.x + dx, exit.position.y - 0.04f, z);
            int checked = 0;
            const auto shown = checkLine(f, v, image, classify(f, from, to, 240), checked);
            const int p = firstOf(shown, "piriformis"), n = firstOf(shown, "sciatic_nerve");
            below = p >= 0 && n > p;
        }
    }
    EXPECT_TRUE(below) << "the coronal cut should show the sciatic nerve below the piriformis";
}

TEST(Section, LabelsNameWhatTheCutShowsAndEndOnIt) {
    Fixture& f = fixture();
    const SectionPlane plane =
        axialSection(f.atlas.landmarks.at("greater_sciatic_notch_l").position.y);
    ViewState v = makeViewState(f.atlas, 1.0f, plane.facingView());
    applySection(v, plane);
    Image image = f.render(v, "axial_for_labels");
    const TextRaster font(kLabelFontPath, labelFontPixels(kHeight));
    SceneLabels scene;
    const auto labels =
        scene.update(f.atlas, nullptr, f.queries.bvh(), v, glm::vec2(kWidth, kHeight), false,
                     [&](const std::string& t) { return font.measure(t); });
    EXPECT_GE(labels.size(), 6u);
    bool piriformis = false;
    for (const auto& l : labels) {
        // The picture under the leader's end (before the labels are drawn) is the structure's cut.
        const glm::ivec2 px(l.placed.anchor);
        EXPECT_EQ(f.colourAt(image, px), l.placed.id) << "the leader of " << l.placed.id;
        piriformis |= l.placed.id == "piriformis";
    }
    EXPECT_TRUE(piriformis);
    paintLabels(image, labels, &font);
    writePng(std::filesystem::path(GLUTEA_BINARY_DIR) / "Testing" / "render" /
                 "section_axial_labels.png",
             image);
}

TEST(Section, OffLeavesThePictureAsItWasAndCutsRemoveOneSide) {
    Fixture& f = fixture();
    ViewState plain = makeViewState(f.atlas, 1.0f, "superior");
    const Image before = f.render(plain, "off");
    ViewState cut = plain;
    applySection(cut, axialSection(10.0f)); // above everything: nothing cut away
    cut.layers = plain.layers;
    const Image same = f.render(cut, "above_all");
    EXPECT_LT(compareImages(same, before).meanAbsoluteError, 0.5);
    ViewState all = plain;
    applySection(all, axialSection(-10.0f)); // below everything: all cut away
    const Image empty = f.render(all, "below_all");
    const glm::u8vec3 corner = empty.at(0, 0);
    int drawn = 0;
    for (int y = 0; y < kHeight; y += 4) {
        for (int x = 0; x < kWidth; x += 4) {
            drawn += empty.at(x, y) != corner ? 1 : 0;
        }
    }
    EXPECT_EQ(drawn, 0) << "a plane below the atlas leaves nothing";
}

} // namespace
} // namespace glutea
