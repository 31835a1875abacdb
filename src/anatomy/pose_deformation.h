// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// How the anatomy follows a moving leg (issue 12, anatomy/hip_action): bones of the leg move
// rigidly, pelvis and the other side stay, muscles and nerves that cross the hip blend along their
// fibres (weight 0 at the origin end, 1 at the insertion end), and the skin blends by where it lies
// relative to the hip. A vertex goes to mix(p, M p, w): a linear blend of the rest and moved
// positions over the same triangles, so closed meshes stay closed. The renderer does the same on
// the GPU (shaders/mesh.vert, aPoseWeight and uPose).
#include <cstdint>
#include <string>
#include <vector>

#include <glm/glm.hpp>

#include "anatomy/atlas.h"
#include "anatomy/hip_action.h"
#include "anatomy/pose_state.h"

namespace glutea {

// How a part follows the leg.
enum class PoseFollow { Fixed, Rigid, AlongFibres, BySkinPosition };
PoseFollow poseFollowOf(const std::string& structureId, Side partSide, Side movingSide);
// Every structure id the tables behind poseFollowOf name (the leg's rigid parts, the pelvis's
// tissue, the nerves' lines), for the test that each is an id an atlas has.
std::vector<std::string> poseTableStructureIds();

// The skin's weight at p: 0 over the pelvis, the midline and the other side, 1 over the thigh of
// the moving side, smooth in between (the groin, the buttock's fold, the trochanter).
float skinPoseWeight(const glm::vec3& p, const HipJoint& joint);
// Where p lies between a muscle's origin (0) and insertion (1) along the line from the origin's
// nearest point (on the span originFrom-originTo) to the insertion. poseWeights rescales it to
// the mesh's own ends and eases it (smoothstep over MuscleLine::blendSpan).
float fibreParameter(const glm::vec3& p, const glm::vec3& originFrom, const glm::vec3& originTo,
                     const glm::vec3& insertion);

// Per part, per vertex of its full mesh; an empty list: the part does not move (weight 0).
std::vector<std::vector<float>> poseWeights(const Atlas& atlas, const HipJoint& joint);

inline glm::vec3 deformedPoint(const glm::vec3& p, float weight, const glm::mat4& moved) {
    return glm::mix(p, glm::vec3(moved * glm::vec4(p, 1.0f)), weight);
}

std::uint64_t newPoseVersion();

} // namespace glutea
