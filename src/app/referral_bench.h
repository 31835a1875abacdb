// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The bench's referral scenario (issue 8): the gluteus minimus's pattern mid-spread, the muscle
// selected and x-rayed, the camera orbiting as in timeFrames; the player runs every frame.
#include "anatomy/atlas.h"
#include "app/scene_queries.h"
#include "render/renderer.h"
#include "render/scene_target.h"

namespace glutea {

struct ReferralBenchFigures {
    bool ran = false; // false: the atlas has no content or no minimus pattern
    double median = 0.0, p95 = 0.0;
};

ReferralBenchFigures benchReferralFrames(const Atlas& atlas, SceneQueries& queries,
                                         Renderer& renderer, const SceneTarget& target,
                                         float aspect, int frames);

} // namespace glutea
