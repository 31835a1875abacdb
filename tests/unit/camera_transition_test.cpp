// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include "geometry/camera_transition.h"

using namespace glutea;

TEST(CameraTransition, EasesToTheGoalInAboutSixTenthsOfASecond) {
    OrbitCamera from, to;
    from.yawDegrees = 170.0f;
    to.yawDegrees = -170.0f; // 20 degrees the short way, not 340 the long way
    to.distance = 0.5f;
    to.target = {0.1f, 0.2f, 0.0f};
    CameraTransition move;
    move.start(from, to);
    OrbitCamera cam = from;
    float maxYawStep = 0.0f, previousYaw = cam.yawDegrees;
    int frames = 0;
    while (move.step(cam, 1.0f / 60.0f) && frames < 1000) {
        maxYawStep =
            std::max(maxYawStep, std::abs(std::remainder(cam.yawDegrees - previousYaw, 360.f)));
        previousYaw = cam.yawDegrees;
        EXPECT_GE(cam.distance, 0.5f - 1e-4f);
        EXPECT_LE(cam.distance, 2.0f + 1e-4f);
        ++frames;
    }
    EXPECT_NEAR(frames, 36, 2); // 0.6 s at 60 fps
    EXPECT_FLOAT_EQ(cam.yawDegrees, to.yawDegrees);
    EXPECT_FLOAT_EQ(cam.distance, 0.5f);
    EXPECT_LT(maxYawStep, 1.5f); // 20 degrees spread over the move: no jump
    EXPECT_FALSE(move.active());
}

TEST(CameraTransition, NotStartedDoesNothing) {
    CameraTransition move;
    OrbitCamera cam;
    cam.yawDegrees = 33.0f;
    EXPECT_FALSE(move.step(cam, 0.1f));
    EXPECT_FLOAT_EQ(cam.yawDegrees, 33.0f);
}
