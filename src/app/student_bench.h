// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The bench's student scenarios (issue 12), on the all-effects frame (the piriformis selected and
// x-rayed, the camera orbiting as in timeFrames): `labels`, the leader labels laid out every frame
// (anchors re-checked by ray casts, boxes decluttered); `section`, the capped axial cut at the
// greater sciatic notch, the camera raised 35 degrees to look onto it; `action`, hip abduction
// playing (the left leg posed every frame, muscles blended, roles tinted).
#include "anatomy/atlas.h"
#include "app/scene_queries.h"
#include "render/renderer.h"
#include "render/scene_target.h"

namespace glutea {

struct StudentBenchFigures {
    double median = 0.0, p95 = 0.0;
    double extraMedian = 0.0; // the scenario's own CPU work a frame, median (labels: the layout)
    double baseMedian = 0.0;  // the same frames without the scenario's addition, timed in turns
    std::size_t count = 0;    // labels placed in the last frame
};

enum class StudentScenario { Labels, Section, Action };

StudentBenchFigures benchStudentFrames(StudentScenario scenario, const Atlas& atlas,
                                       SceneQueries& queries, Renderer& renderer,
                                       const SceneTarget& target, float aspect, int frames);

} // namespace glutea
