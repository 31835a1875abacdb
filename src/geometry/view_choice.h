// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Where to look at a structure from: the candidate direction that shows most of it uncovered, the
// distance that frames it, and which parts lie in front of it (the x-ray set).
#include <cstdint>
#include <vector>

#include <glm/glm.hpp>

#include "geometry/bvh.h"
#include "geometry/camera.h"

namespace glutea {

struct ViewDirection {
    float yawDegrees;   // as OrbitCamera: 0 in front (+Z), 180 behind
    float pitchDegrees; // within +-OrbitCamera::kMaxPitchDegrees, so up never flips
};

// The six presets and the directions between them: every 45 degrees of yaw at a low and a raised
// pitch. The presets come first, so ties go to a preset.
std::vector<ViewDirection> defaultViewCandidates();

// Area-weighted points on a part's surface with their normals, deterministic (the same points on
// every call). At most `count` points; none for an empty mesh.
struct SurfaceSample {
    glm::vec3 point;
    glm::vec3 normal;
};
std::vector<SurfaceSample> sampleSurface(const Mesh& mesh, int count);

struct ViewChoice {
    ViewDirection direction{180.0f, 5.0f};
    glm::vec3 target{0.0f};  // the part's bounding-box centre
    float distance = 1.0f;   // frames the bounding sphere
    float visibility = 0.0f; // 0..1: share of the surface facing the eye that nothing covers
    // Applies direction, target and distance; the rest of the camera (fov) is kept.
    void applyTo(OrbitCamera& camera) const;
};

struct ViewChoiceOptions {
    int samples = 128;
    // Which parts count as covering (e.g. not the translucent skin, nothing hidden). The target is
    // never its own occluder. Empty: every enabled part of the Bvh.
    PartFilter occluder;
    // The body's surface (the skin): tissue between it and the target counts as cover too, one
    // layer per depthPerLayer metres. Without it a model with no viscera would show the
    // piriformis from the front, through the empty pelvis. Envelope parts must be enabled in the
    // Bvh to be found. Empty: depth is not counted.
    PartFilter envelope;
    float depthPerLayer = 0.03f;
    float fovYDegrees = 35.0f;
    float aspect = 16.0f / 9.0f;
    float margin = 1.05f; // distance factor beyond a tight fit
};

// Casts parallel rays along each candidate direction toward samples of the target's surface that
// face it, and keeps the direction where those samples are least covered: each sample weighs its
// facing cosine divided by one plus its cover (the occluding parts in front of it, plus the depth
// below the envelope in layers).
ViewChoice chooseView(const Bvh& bvh, std::uint32_t target,
                      const std::vector<ViewDirection>& candidates,
                      const ViewChoiceOptions& options = {});

struct Occluder {
    std::uint32_t part;
    float coverage; // share of the target's samples it covers from that eye, 0..1
};
// Parts in front of the target as seen from `eye` (perspective), most covering first: those to
// fade for x-ray. Samples are the target's surface points that face the eye; a part counts where it
// lies between the eye and the target's nearest surface along the ray. Parts covering less than
// minCoverage of those samples are left out.
std::vector<Occluder> occluders(const Bvh& bvh, std::uint32_t target, const glm::vec3& eye,
                                int samples = 128, float minCoverage = 0.0f,
                                const PartFilter& filter = {});

} // namespace glutea
