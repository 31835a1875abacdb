// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// Muscle actions through `glutea render --action ID --time T` (in-process, EGL): the frame in the
// middle of the action differs from the frame at rest only around the moving (left) leg. Where
// the leg can be is worked out here from the meshes alone: every vertex of the left side's parts
// below the pelvis and of the skin on the left of the midline, at rest and turned the whole way
// (Rodrigues about the hip joint centre): a blend of the two lies between them, and so does its
// picture. Seen from behind, the subject's right is the image's right half: it must not change.
#include <filesystem>

#include <gtest/gtest.h>

#include "../unit/cli_runner.h"
#include "../unit/rodrigues.h"
#include "anatomy/hip_action.h"
#include "app/scene.h"
#include "imaging/image.h"
#include "import/assimp_loader.h"

namespace glutea {
namespace {

constexpr int kWidth = 640, kHeight = 480;

const std::filesystem::path& outDir() {
    static const auto dir = [] {
        auto d = std::filesystem::path(GLUTEA_BINARY_DIR) / "Testing" / "render" / "action";
        std::filesystem::create_directories(d);
        return d;
    }();
    return dir;
}

Image render(const std::string& name, const std::vector<std::string>& extra) {
    const auto file = outDir() / (name + ".png");
    std::vector<std::string> args = {"render",    "-o", file.string(), "--size", "640x480",
                                     "--samples", "0"};
    args.insert(args.end(), extra.begin(), extra.end());
    const auto result = test::runGlutea(args);
    EXPECT_EQ(result.code, 0) << result.err;
    return readPng(file);
}

struct Box {
    glm::vec2 lo{1e9f}, hi{-1e9f};
    void add(glm::vec2 p) {
        lo = glm::min(lo, p);
        hi = glm::max(hi, p);
    }
    bool contains(glm::vec2 p, float margin) const {
        return p.x >= lo.x - margin && p.y >= lo.y - margin && p.x <= hi.x + margin &&
               p.y <= hi.y + margin;
    }
};

void checkOnlyTheLegChanges(const std::string& actionId, float t, const std::string& viewName,
                            glm::vec3 axis, float degrees, bool rightHalfStill) {
    const Atlas atlas = loadAtlas(GLUTEA_SOURCE_DIR "/assets/atlas");
    const Image rest = render(actionId + "_rest", {"--view", viewName, "--action", actionId});
    const Image mid = render(
        actionId + "_mid", {"--view", viewName, "--action", actionId, "--time", std::to_string(t)});
    const ViewState view = makeViewState(atlas, float(kWidth) / float(kHeight), viewName);
    const glm::mat4 vp =
        view.camera.projection(float(kWidth) / float(kHeight), atlas.bounds) * view.camera.view();
    auto pixel = [&](const glm::vec3& p) {
        const glm::vec4 c = vp * glm::vec4(p, 1.0f);
        const glm::vec2 ndc = glm::vec2(c) / c.w;
        return glm::vec2((ndc.x * 0.5f + 0.5f) * kWidth, (0.5f - ndc.y * 0.5f) * kHeight);
    };
    const glm::vec3 hip = atlas.landmarks.at("hip_joint_centre_l").position;
    const float crest = atlas.landmarks.at("iliac_crest_top_l").position.y;
    Box leg;
    for (const auto& part : atlas.parts) {
        const bool pelvic = part.structureId == "hip_bone" || part.structureId == "sacrum" ||
                            part.structureId == "coccyx";
        const bool leftSoft = part.side == Side::Left && !pelvic;
        if (!leftSoft && part.structureId != "skin") {
            continue;
        }
        for (const auto& p : part.mesh.positions) {
            if (part.structureId == "skin" && (p.x <= 0.0f || p.y > crest)) {
                continue;
            }
            leg.add(pixel(p));
            leg.add(pixel(test::turn(p, hip, axis, degrees)));
        }
    }
    const float midline = pixel(glm::vec3(0.0f, hip.y, 0.0f)).x;
    int changed = 0, outside = 0, rightHalf = 0;
    for (int y = 0; y < kHeight; ++y) {
        for (int x = 0; x < kWidth; ++x) {
            const glm::ivec3 a(rest.at(x, y)), b(mid.at(x, y));
            const glm::ivec3 d = glm::abs(a - b);
            if (std::max({d.x, d.y, d.z}) <= 8) {
                continue;
            }
            ++changed;
            const glm::vec2 centre(x + 0.5f, y + 0.5f);
            outside += leg.contains(centre, 3.0f) ? 0 : 1;
            rightHalf += centre.x > midline + 2.0f ? 1 : 0;
        }
    }
    EXPECT_GT(changed, kWidth * kHeight / 100) << actionId << ": the leg should visibly move";
    EXPECT_EQ(outside, 0) << actionId << ": pixels changed away from the moving leg";
    if (rightHalfStill) {
        EXPECT_EQ(rightHalf, 0) << actionId << ": the subject's right half changed";
    }
}

TEST(ActionRender, AbductionChangesOnlyTheLeftLeg) {
    // Seen from behind (posterior), abduction of the left leg: a turn about +Z, 35 degrees at most.
    const HipActionDef* a = findHipAction("hip_abduction");
    ASSERT_NE(a, nullptr);
    checkOnlyTheLegChanges("hip_abduction", 2.0f, "posterior", {0, 0, 1}, a->peak.abduction, true);
}

TEST(ActionRender, FlexionChangesOnlyTheLeftLeg) {
    const HipActionDef* a = findHipAction("hip_flexion");
    ASSERT_NE(a, nullptr);
    checkOnlyTheLegChanges("hip_flexion", 1.4f, "posterior", {-1, 0, 0}, a->peak.flexion, true);
}

TEST(ActionRender, BadActionOptionsAreErrors) {
    const auto r = test::runGlutea(
        {"render", "-o", (outDir() / "never.png").string(), "--action", "hip_spin"});
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find("--action: \"hip_spin\""), std::string::npos) << r.err;
    EXPECT_FALSE(std::filesystem::exists(outDir() / "never.png"));
}

} // namespace
} // namespace glutea
