// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include <random>

#include <gtest/gtest.h>

#include "geometry/camera.h"
#include "geometry/view_volume.h"

namespace glutea {
namespace {

Bounds boxAround(glm::vec3 centre, float half) {
    Bounds b;
    b.add(centre - glm::vec3(half));
    b.add(centre + glm::vec3(half));
    return b;
}

// Whether any of a grid of points in the box projects inside the clip volume: computed point by
// point, without planes.
bool somePointVisible(const glm::mat4& viewProjection, const Bounds& box) {
    constexpr int kSteps = 12;
    for (int i = 0; i <= kSteps; ++i) {
        for (int j = 0; j <= kSteps; ++j) {
            for (int k = 0; k <= kSteps; ++k) {
                const glm::vec3 t(float(i) / kSteps, float(j) / kSteps, float(k) / kSteps);
                const glm::vec4 c = viewProjection * glm::vec4(glm::mix(box.min, box.max, t), 1.0f);
                if (c.w > 0.0f && std::abs(c.x) <= c.w && std::abs(c.y) <= c.w &&
                    std::abs(c.z) <= c.w) {
                    return true;
                }
            }
        }
    }
    return false;
}

struct PosteriorView {
    OrbitCamera camera;
    Bounds scene = boxAround(glm::vec3(0.0f), 0.4f);
    glm::mat4 viewProjection;
    PosteriorView() {
        camera.setPreset(*findViewPreset("posterior"));
        camera.frame(scene, 16.0f / 9.0f);
        camera.zoom(0.5f); // the scene's edges leave the frame
        viewProjection = camera.projection(16.0f / 9.0f, scene) * camera.view();
    }
};

TEST(ViewVolume, ABoxAtTheTargetIsInsideAndOnesBeyondTheEdgesOrBehindTheEyeAreOutside) {
    const PosteriorView v;
    EXPECT_FALSE(boxOutsideView(v.viewProjection, boxAround(v.camera.target, 0.05f)));
    // Far below the frame, far to one side, and behind the eye.
    EXPECT_TRUE(boxOutsideView(v.viewProjection, boxAround(glm::vec3(0.0f, -3.0f, 0.0f), 0.05f)));
    EXPECT_TRUE(boxOutsideView(v.viewProjection, boxAround(glm::vec3(4.0f, 0.0f, 0.0f), 0.05f)));
    const glm::vec3 behind = v.camera.eye() - 0.5f * v.camera.forward();
    EXPECT_TRUE(boxOutsideView(v.viewProjection, boxAround(behind, 0.05f)));
    // A box straddling the bottom edge of the frame is drawn.
    const glm::vec4 edge = glm::inverse(v.viewProjection) * glm::vec4(0.0f, -1.0f, 0.5f, 1.0f);
    EXPECT_FALSE(boxOutsideView(v.viewProjection, boxAround(glm::vec3(edge) / edge.w, 0.02f)));
    EXPECT_TRUE(boxOutsideView(v.viewProjection, Bounds{}));
}

TEST(ViewVolume, NeverSkipsABoxWithAPointInView) {
    const PosteriorView v;
    std::mt19937 random(3);
    std::uniform_real_distribution<float> where(-1.5f, 1.5f), size(0.005f, 0.3f);
    int outside = 0, visible = 0;
    for (int n = 0; n < 400; ++n) {
        const Bounds box =
            boxAround(glm::vec3(where(random), where(random), where(random)), size(random));
        const bool seen = somePointVisible(v.viewProjection, box);
        const bool skipped = boxOutsideView(v.viewProjection, box);
        if (seen) {
            EXPECT_FALSE(skipped) << "box at " << box.centre().x << "," << box.centre().y << ","
                                  << box.centre().z;
        }
        outside += skipped ? 1 : 0;
        visible += seen ? 1 : 0;
    }
    // Both kinds occur, so the check above means something, and most unseen boxes are skipped.
    EXPECT_GT(visible, 20);
    EXPECT_GT(outside, (400 - visible) / 2);
}

} // namespace
} // namespace glutea
