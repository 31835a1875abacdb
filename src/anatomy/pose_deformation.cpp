// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "anatomy/pose_deformation.h"

#include <algorithm>
#include <atomic>
#include <tuple>

namespace glutea {

namespace {

float smooth(float from, float to, float x) {
    const float t = std::clamp((x - from) / (to - from), 0.0f, 1.0f);
    return t * t * (3.0f - 2.0f * t);
}

// Parts of the leg below the hip: they move with the femur as one piece (the knee and ankle stay
// still in these actions).
bool isLegRigid(const std::string& id) {
    static const std::vector<std::string> rigid = {"femur",
                                                   "tibia",
                                                   "fibula",
                                                   "patella",
                                                   "foot_bones",
                                                   "tibial_nerve",
                                                   "common_fibular_nerve",
                                                   "vastus_lateralis",
                                                   "vastus_medialis",
                                                   "vastus_intermedius",
                                                   "gastrocnemius",
                                                   "soleus",
                                                   "biceps_femoris_short_head"};
    return std::find(rigid.begin(), rigid.end(), id) != rigid.end();
}

// Soft tissue that stays with the pelvis and trunk.
bool isPelvic(const std::string& id) {
    static const std::vector<std::string> fixed = {"hip_bone",
                                                   "sacrum",
                                                   "coccyx",
                                                   "lumbar_vertebrae",
                                                   "sacroiliac_joint",
                                                   "sacrotuberous_ligament",
                                                   "sacrospinous_ligament",
                                                   "quadratus_lumborum",
                                                   "erector_spinae",
                                                   "superior_gluteal_nerve",
                                                   "inferior_gluteal_nerve",
                                                   "pudendal_nerve"};
    return std::find(fixed.begin(), fixed.end(), id) != fixed.end();
}

// Nerves that leave the pelvis and run down the thigh: their fixed end where they leave it.
struct NerveLine {
    const char* id;
    glm::vec3 origin, insertion; // left side
    float span;                  // as MuscleLine::blendSpan
};
constexpr NerveLine kNerveLines[] = {
    {"sciatic_nerve", {0.076f, -0.004f, -0.064f}, {0.078f, -0.33f, -0.042f}, 0.4f},
    {"posterior_femoral_cutaneous_nerve",
     {0.070f, -0.010f, -0.070f},
     {0.078f, -0.33f, -0.070f},
     0.4f},
};

} // namespace

PoseFollow poseFollowOf(const std::string& structureId, Side partSide, Side movingSide) {
    if (partSide == Side::None) {
        return structureId == "skin" ? PoseFollow::BySkinPosition : PoseFollow::Fixed;
    }
    if (partSide != movingSide || isPelvic(structureId)) {
        return PoseFollow::Fixed;
    }
    if (isLegRigid(structureId)) {
        return PoseFollow::Rigid;
    }
    if (findMuscleLine(structureId)) {
        return PoseFollow::AlongFibres;
    }
    for (const auto& n : kNerveLines) {
        if (structureId == n.id) {
            return PoseFollow::AlongFibres;
        }
    }
    return PoseFollow::BySkinPosition; // a structure of the moving side not in the tables
}

float skinPoseWeight(const glm::vec3& p, const HipJoint& joint) {
    const float lateral = joint.side == Side::Right ? -p.x : p.x;
    // Zero on the midline and beyond it; the whole thigh a few centimetres out.
    const float side = smooth(0.0f, 0.035f, lateral);
    // Below the hip centre the thigh; over the iliac crest the pelvis.
    const float below = smooth(joint.centre.y + 0.06f, joint.centre.y - 0.10f, p.y);
    return side * below;
}

float fibrePoseWeight(const glm::vec3& p, const glm::vec3& originFrom, const glm::vec3& originTo,
                      const glm::vec3& insertion, float blendSpan) {
    const glm::vec3 span = originTo - originFrom;
    const float along = std::clamp(
        glm::dot(p - originFrom, span) / std::max(glm::dot(span, span), 1e-12f), 0.0f, 1.0f);
    const glm::vec3 origin = originFrom + along * span;
    const glm::vec3 axis = insertion - origin;
    const float t = glm::dot(p - origin, axis) / std::max(glm::dot(axis, axis), 1e-12f);
    return smooth(0.0f, std::max(blendSpan, 0.05f), t);
}

std::vector<std::vector<float>> poseWeights(const Atlas& atlas, const HipJoint& joint) {
    std::vector<std::vector<float>> weights(atlas.parts.size());
    for (std::size_t i = 0; i < atlas.parts.size(); ++i) {
        const StructurePart& part = atlas.parts[i];
        const auto& positions = part.mesh.positions;
        std::vector<float>& w = weights[i];
        switch (poseFollowOf(part.structureId, part.side, joint.side)) {
        case PoseFollow::Fixed:
            break;
        case PoseFollow::Rigid:
            w.assign(positions.size(), 1.0f);
            break;
        case PoseFollow::BySkinPosition:
            w.reserve(positions.size());
            for (const auto& p : positions) {
                w.push_back(skinPoseWeight(p, joint));
            }
            break;
        case PoseFollow::AlongFibres: {
            glm::vec3 from{0.0f}, to{0.0f}, insertion{0.0f};
            float span = 1.0f;
            if (const MuscleLine* line = findMuscleLine(part.structureId)) {
                from = to = line->origin;
                if (line->originSpan) {
                    std::tie(from, to) = *line->originSpan;
                }
                insertion = line->insertion;
                span = line->blendSpan;
            }
            for (const auto& n : kNerveLines) {
                if (part.structureId == n.id) {
                    from = to = n.origin;
                    insertion = n.insertion;
                    span = n.span;
                }
            }
            from = onSide(from, joint.side);
            to = onSide(to, joint.side);
            insertion = onSide(insertion, joint.side);
            w.reserve(positions.size());
            for (const auto& p : positions) {
                w.push_back(fibrePoseWeight(p, from, to, insertion, span));
            }
            break;
        }
        }
    }
    return weights;
}

std::uint64_t newPoseVersion() {
    static std::atomic<std::uint64_t> counter{0};
    return ++counter;
}

} // namespace glutea
