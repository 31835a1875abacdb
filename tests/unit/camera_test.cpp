// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include <glm/gtc/matrix_transform.hpp>

#include "geometry/camera.h"

using namespace glutea;

TEST(OrbitCamera, PosteriorPresetLooksFromBehind) {
    OrbitCamera cam;
    cam.setPreset(*findViewPreset("posterior"));
    EXPECT_LT(cam.eye().z, -0.5f * cam.distance); // behind the subject, who faces +Z
    EXPECT_GT(cam.forward().z, 0.9f);
}

TEST(OrbitCamera, LeftPresetLooksAtTheSubjectsLeftSide) {
    OrbitCamera cam;
    cam.setPreset(*findViewPreset("left"));
    EXPECT_GT(cam.eye().x, 0.9f * cam.distance); // +X is the subject's left
}

TEST(OrbitCamera, PitchNeverPassesThePoles) {
    OrbitCamera cam;
    cam.orbit(0.0f, 500.0f);
    EXPECT_LE(cam.pitchDegrees, OrbitCamera::kMaxPitchDegrees);
    const glm::mat4 v = cam.view();
    EXPECT_FALSE(std::isnan(v[0][0]));
    cam.orbit(0.0f, -1000.0f);
    EXPECT_GE(cam.pitchDegrees, -OrbitCamera::kMaxPitchDegrees);
}

TEST(OrbitCamera, FrameKeepsTheBoundingSphereInView) {
    Bounds b;
    b.add({-0.3f, -0.9f, -0.2f});
    b.add({0.3f, 0.2f, 0.25f});
    for (float aspect : {0.5f, 1.0f, 16.0f / 9.0f}) {
        for (const auto& preset : viewPresets()) {
            OrbitCamera cam;
            cam.setPreset(preset);
            cam.frame(b, aspect);
            const glm::mat4 vp = cam.projection(aspect, b) * cam.view();
            // Every corner of the box projects inside the view and between the clip planes.
            for (int i = 0; i < 8; ++i) {
                const glm::vec3 p((i & 1) ? b.max.x : b.min.x, (i & 2) ? b.max.y : b.min.y,
                                  (i & 4) ? b.max.z : b.min.z);
                const glm::vec4 clip = vp * glm::vec4(p, 1.0f);
                const glm::vec3 ndc = glm::vec3(clip) / clip.w;
                EXPECT_LE(std::abs(ndc.x), 1.0f) << preset.name << " aspect " << aspect;
                EXPECT_LE(std::abs(ndc.y), 1.0f) << preset.name << " aspect " << aspect;
                EXPECT_LE(std::abs(ndc.z), 1.0f) << preset.name << " aspect " << aspect;
            }
        }
    }
}

TEST(OrbitCamera, ZoomedInFarNothingClips) {
    Bounds b;
    b.add({-0.3f, -0.9f, -0.2f});
    b.add({0.3f, 0.2f, 0.25f});
    OrbitCamera cam;
    cam.frame(b, 1.0f);
    cam.zoom(0.01f); // very close: the near plane must shrink, not cut the model
    const glm::mat4 p = cam.projection(1.0f, b);
    const float nearPlane = p[3][2] / (p[2][2] - 1.0f);
    EXPECT_LT(nearPlane, 0.02f);
}

TEST(ViewPresets, AllSixExistInKeyOrder) {
    const char* names[] = {"posterior", "anterior", "left", "right", "superior", "oblique"};
    ASSERT_EQ(viewPresets().size(), 6u);
    for (int i = 0; i < 6; ++i) {
        EXPECT_EQ(viewPresets()[i].name, names[i]);
    }
    EXPECT_FALSE(findViewPreset("sideways"));
}
