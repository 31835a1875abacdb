// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <string>

#include "atlas_fixture.h"
#include "geometry/view_choice.h"

using namespace glutea;

namespace {

// One Bvh over the default model for the whole suite: building it is the slow part.
struct Scene {
    const Atlas& atlas = test::defaultAtlas();
    Bvh bvh;
    Scene() {
        std::vector<const Mesh*> meshes;
        for (const auto& p : atlas.parts) {
            meshes.push_back(&p.mesh);
        }
        bvh.build(meshes);
    }
    std::uint32_t part(const std::string& id, Side side) const {
        const int p = atlas.findPart(id, side);
        EXPECT_GE(p, 0) << id;
        return static_cast<std::uint32_t>(std::max(p, 0));
    }
    std::string name(std::uint32_t p) const { return atlas.parts[p].nodeName; }
    // The translucent skin covers everything from every side: it does not decide the view.
    PartFilter notSkin() const {
        return [this](std::uint32_t p) { return atlas.parts[p].structureId != "skin"; };
    }
    PartFilter skin() const {
        return [this](std::uint32_t p) { return atlas.parts[p].structureId == "skin"; };
    }
    ViewChoiceOptions options() const {
        ViewChoiceOptions o;
        o.occluder = notSkin();
        o.envelope = skin();
        return o;
    }
};

const Scene& choiceScene() {
    static const Scene s;
    return s;
}

std::vector<std::string> names(const Scene& s, const std::vector<Occluder>& occ) {
    std::vector<std::string> out;
    for (const auto& o : occ) {
        out.push_back(s.name(o.part));
    }
    return out;
}

bool contains(const std::vector<std::string>& v, const std::string& x) {
    return std::find(v.begin(), v.end(), x) != v.end();
}

std::string join(const std::vector<std::string>& v) {
    std::string out;
    for (const auto& x : v) {
        out += (out.empty() ? "" : ", ") + x;
    }
    return out;
}

} // namespace

TEST(ViewChoice, CandidatesNeverFlipUpAndIncludeThePresets) {
    const auto candidates = defaultViewCandidates();
    EXPECT_GE(candidates.size(), 12u);
    for (const auto& c : candidates) {
        EXPECT_LE(std::abs(c.pitchDegrees), OrbitCamera::kMaxPitchDegrees);
    }
    for (std::size_t i = 0; i < viewPresets().size(); ++i) {
        EXPECT_EQ(candidates[i].yawDegrees, viewPresets()[i].yawDegrees);
        EXPECT_EQ(candidates[i].pitchDegrees, viewPresets()[i].pitchDegrees);
    }
}

TEST(ViewChoice, SurfaceSamplesLieOnTheMeshAndAreDeterministic) {
    const Scene& s = choiceScene();
    const Mesh& mesh = s.atlas.parts[s.part("piriformis", Side::Left)].mesh;
    const auto a = sampleSurface(mesh, 150);
    const auto b = sampleSurface(mesh, 150);
    ASSERT_EQ(a.size(), 150u);
    Bounds box = mesh.bounds();
    for (std::size_t i = 0; i < a.size(); ++i) {
        EXPECT_EQ(a[i].point, b[i].point);
        EXPECT_NEAR(glm::length(a[i].normal), 1.0f, 1e-4f);
        EXPECT_TRUE(glm::all(glm::lessThanEqual(box.min - 1e-6f, a[i].point)));
        EXPECT_TRUE(glm::all(glm::lessThanEqual(a[i].point, box.max + 1e-6f)));
    }
    EXPECT_TRUE(sampleSurface(Mesh{}, 10).empty());
}

TEST(ViewChoice, FramingKeepsTheStructureInView) {
    const Scene& s = choiceScene();
    const std::pair<const char*, Side> structures[] = {{"piriformis", Side::Left},
                                                       {"gluteus_maximus", Side::Right},
                                                       {"sciatic_nerve", Side::Left},
                                                       {"sacrum", Side::None},
                                                       {"femur", Side::Right}};
    for (const auto& [id, side] : structures) {
        const std::uint32_t part = s.part(id, side);
        const Bounds& b = s.atlas.parts[part].bounds;
        for (float aspect : {0.5f, 1.0f, 16.0f / 9.0f, 2.5f}) {
            ViewChoiceOptions options = s.options();
            options.aspect = aspect;
            options.samples = 48;
            const ViewChoice choice = chooseView(s.bvh, part, defaultViewCandidates(), options);
            OrbitCamera cam;
            cam.fovYDegrees = options.fovYDegrees;
            choice.applyTo(cam);
            const glm::mat4 vp = cam.projection(aspect, s.atlas.bounds) * cam.view();
            for (int i = 0; i < 8; ++i) {
                const glm::vec3 p((i & 1) ? b.max.x : b.min.x, (i & 2) ? b.max.y : b.min.y,
                                  (i & 4) ? b.max.z : b.min.z);
                const glm::vec4 clip = vp * glm::vec4(p, 1.0f);
                const glm::vec3 ndc = glm::vec3(clip) / clip.w;
                EXPECT_GT(clip.w, 0.0f) << id;
                EXPECT_LE(std::abs(ndc.x), 1.0f) << id << " aspect " << aspect;
                EXPECT_LE(std::abs(ndc.y), 1.0f) << id << " aspect " << aspect;
                EXPECT_LE(std::abs(ndc.z), 1.0f) << id << " aspect " << aspect;
            }
            // Not absurdly far either: the sphere fills at least half the smaller view extent.
            EXPECT_LT(choice.distance, 2.5f * framingDistance(b.radius(), cam.fovYDegrees, aspect));
        }
    }
}

TEST(ViewChoice, PiriformisIsBestSeenFromBehind) {
    const Scene& s = choiceScene();
    for (Side side : {Side::Left, Side::Right}) {
        const ViewChoiceOptions options = s.options();
        const auto t0 = std::chrono::steady_clock::now();
        const ViewChoice choice =
            chooseView(s.bvh, s.part("piriformis", side), defaultViewCandidates(), options);
        const auto t1 = std::chrono::steady_clock::now();
        std::printf("[          ] piriformis %s: yaw %.0f pitch %.0f, visibility %.2f, chosen in "
                    "%.1f ms\n",
                    std::string(toString(side)).c_str(), choice.direction.yawDegrees,
                    choice.direction.pitchDegrees, choice.visibility,
                    std::chrono::duration<double, std::milli>(t1 - t0).count());
        OrbitCamera cam;
        choice.applyTo(cam);
        // Behind or posterolateral: the eye is behind the subject (who faces +Z) ...
        EXPECT_LT(cam.forward().z * -1.0f, -0.3f) << "forward " << cam.forward().z;
        // ... and, if to one side, to the piriformis's own side (+X is the subject's left).
        const float lateral = cam.eye().x - cam.target.x;
        if (std::abs(cam.forward().x) > 0.3f) {
            EXPECT_GT(side == Side::Left ? lateral : -lateral, 0.0f);
        }
        // The uncovered share, estimated here another way: every triangle of the piriformis,
        // weighted by area and facing, counts as uncovered when a ray from afar along the view
        // meets nothing but skin before it. From behind the maximus covers most of it.
        const std::uint32_t target = s.part("piriformis", side);
        const Mesh& mesh = s.atlas.parts[target].mesh;
        const glm::vec3 f = cam.forward();
        const auto notSkin = s.notSkin();
        auto cover = [&](std::uint32_t p) { return p != target && notSkin(p); };
        double facingTotal = 0.0, uncovered = 0.0;
        for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
            const glm::vec3 a = mesh.positions[mesh.indices[t]];
            const glm::vec3 b = mesh.positions[mesh.indices[t + 1]];
            const glm::vec3 c = mesh.positions[mesh.indices[t + 2]];
            const glm::vec3 n2 = glm::cross(b - a, c - a); // outward, twice the area
            const double facing = -glm::dot(n2, f) * 0.5;
            if (facing <= 0.0) {
                continue;
            }
            const glm::vec3 centre = (a + b + c) / 3.0f;
            const float reach = 3.0f;
            facingTotal += facing;
            if (!s.bvh.intersect(Ray{centre - f * reach, f}, cover, reach - 1e-4f)) {
                uncovered += facing;
            }
        }
        ASSERT_GT(facingTotal, 0.0);
        const double share = uncovered / facingTotal;
        EXPECT_NEAR(choice.visibility, share, 0.1) << "estimated here " << share;
        EXPECT_LT(share, 0.5);
    }
}

TEST(ViewChoice, OccludersOfThePiriformisFromBehind) {
    const Scene& s = choiceScene();
    const std::uint32_t piriformis = s.part("piriformis", Side::Left);
    const ViewChoice posterior = [&] {
        ViewChoice c;
        c.direction = {180.0f, 5.0f};
        c.target = s.atlas.parts[piriformis].bounds.centre();
        c.distance = framingDistance(s.atlas.parts[piriformis].bounds.radius(), 35.0f, 1.5f);
        return c;
    }();
    OrbitCamera cam;
    posterior.applyTo(cam);
    const auto occ = names(s, occluders(s.bvh, piriformis, cam.eye()));
    std::printf("[          ] in front of piriformis_l from behind: %s\n", join(occ).c_str());
    EXPECT_TRUE(contains(occ, s.name(s.part("gluteus_maximus", Side::Left)))) << join(occ);
    EXPECT_FALSE(contains(occ, s.name(s.part("gluteus_maximus", Side::Right)))) << join(occ);
    EXPECT_FALSE(contains(occ, s.name(piriformis)));
    EXPECT_TRUE(contains(occ, "skin")) << join(occ);

    // From the atlas's own posterior preset (further, centred between the sides) too.
    OrbitCamera preset;
    preset.setPreset(*findViewPreset("posterior"));
    preset.frame(s.atlas.focusBounds(), 16.0f / 9.0f);
    const auto occPreset = names(s, occluders(s.bvh, piriformis, preset.eye()));
    EXPECT_TRUE(contains(occPreset, s.name(s.part("gluteus_maximus", Side::Left))))
        << join(occPreset);
    EXPECT_FALSE(contains(occPreset, s.name(s.part("gluteus_maximus", Side::Right))))
        << join(occPreset);
}

TEST(ViewChoice, GluteusMaximusFromBehindIsCoveredOnlyBySkin) {
    const Scene& s = choiceScene();
    for (Side side : {Side::Left, Side::Right}) {
        const std::uint32_t gmax = s.part("gluteus_maximus", side);
        OrbitCamera cam;
        cam.setPreset(*findViewPreset("posterior"));
        cam.frame(s.atlas.parts[gmax].bounds, 1.5f);
        const auto occ = occluders(s.bvh, gmax, cam.eye());
        const auto list = names(s, occ);
        std::printf("[          ] in front of %s from behind: %s\n", s.name(gmax).c_str(),
                    join(list).c_str());
        ASSERT_EQ(list.size(), 1u) << join(list);
        EXPECT_EQ(list[0], "skin");
        EXPECT_GT(occ[0].coverage, 0.3f);
    }
}

TEST(ViewChoice, OccluderFilterAndMinimumCoverage) {
    const Scene& s = choiceScene();
    const std::uint32_t piriformis = s.part("piriformis", Side::Left);
    OrbitCamera cam;
    cam.setPreset(*findViewPreset("posterior"));
    cam.frame(s.atlas.parts[piriformis].bounds, 1.5f);
    const auto all = occluders(s.bvh, piriformis, cam.eye());
    ASSERT_FALSE(all.empty());
    for (std::size_t i = 1; i < all.size(); ++i) {
        EXPECT_GE(all[i - 1].coverage, all[i].coverage); // most covering first
    }
    const auto noSkin = names(s, occluders(s.bvh, piriformis, cam.eye(), 128, 0.0f, s.notSkin()));
    EXPECT_FALSE(contains(noSkin, "skin"));
    const auto big = occluders(s.bvh, piriformis, cam.eye(), 128, 0.5f);
    for (const auto& o : big) {
        EXPECT_GE(o.coverage, 0.5f);
    }
}
