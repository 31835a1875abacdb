// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "anatomy/hip_action.h"

#include <algorithm>
#include <cmath>

#include <glm/gtc/matrix_transform.hpp>

namespace glutea {

namespace {

float smooth(float x) {
    x = std::clamp(x, 0.0f, 1.0f);
    return x * x * (3.0f - 2.0f * x);
}

// 0 before `from`, rising smoothly to 1 at `to`.
float ramp(float t, float from, float to) {
    return smooth((t - from) / (to - from));
}

float wrapTime(float t, float period) {
    const float r = std::fmod(t, period);
    return r < 0.0f ? r + period : r;
}

} // namespace

const HipActionDef* findHipAction(const std::string& id) {
    for (const auto& a : hipActions()) {
        if (a.id == id) {
            return &a;
        }
    }
    return nullptr;
}

std::string hipActionIds() {
    std::string ids;
    for (const auto& a : hipActions()) {
        ids += (ids.empty() ? "" : ", ") + a.id;
    }
    return ids;
}

const MuscleLine* findMuscleLine(const std::string& id) {
    for (const auto& m : muscleLines()) {
        if (m.id == id) {
            return &m;
        }
    }
    return nullptr;
}

glm::vec3 onSide(const glm::vec3& leftPoint, Side side) {
    return side == Side::Right ? glm::vec3(-leftPoint.x, leftPoint.y, leftPoint.z) : leftPoint;
}

HipJoint hipJointOf(const Landmarks& landmarks, Side side) {
    const std::string suffix(conventionSideSuffix(side == Side::Right ? Side::Right : Side::Left));
    auto at = [&](const std::string& id, glm::vec3 fallback) {
        auto it = landmarks.find(id + suffix);
        return it != landmarks.end() ? it->second.position : onSide(fallback, side);
    };
    HipJoint joint;
    joint.side = side;
    joint.centre = at("hip_joint_centre", {0.0973f, 0.0f, 0.0f});
    const glm::vec3 knee = 0.5f * (at("femoral_lateral_epicondyle", {0.1265f, -0.3716f, -0.004f}) +
                                   at("femoral_medial_epicondyle", {0.0385f, -0.3716f, -0.004f}));
    joint.longAxis = glm::normalize(joint.centre - knee);
    return joint;
}

glm::mat4 hipPoseMatrix(const HipJoint& joint, const HipAngles& angles) {
    // Signs for the left leg, mirrored for the right: flexion brings the knee forward (+Z), i.e. a
    // turn about -X; abduction takes the left foot to +X, a turn about +Z; internal rotation turns
    // the front of the left thigh toward -X, a turn about -longAxis.
    const float mirror = joint.side == Side::Right ? -1.0f : 1.0f;
    const glm::mat4 flex =
        glm::rotate(glm::mat4(1.0f), glm::radians(angles.flexion), glm::vec3(-1.0f, 0.0f, 0.0f));
    const glm::mat4 abduct =
        glm::rotate(glm::mat4(1.0f), glm::radians(angles.abduction), glm::vec3(0.0f, 0.0f, mirror));
    const glm::mat4 rotate =
        glm::rotate(glm::mat4(1.0f), glm::radians(angles.rotation), -mirror * joint.longAxis);
    return glm::translate(glm::mat4(1.0f), joint.centre) * flex * abduct * rotate *
           glm::translate(glm::mat4(1.0f), -joint.centre);
}

float HipActionTimeline::period(const HipActionDef& action) {
    return action.reversal ? kReversalPeriodS : kPeriodS;
}

float HipActionTimeline::progress(const HipActionDef& action, float t, bool reducedMotion) {
    if (action.reversal) {
        return reducedMotion ? 1.0f : wrapTime(t, kReversalPeriodS) / kReversalPeriodS;
    }
    if (reducedMotion) {
        return 1.0f;
    }
    const float s = wrapTime(t, kPeriodS);
    return ramp(s, 0.5f, 1.75f) * (1.0f - ramp(s, 2.5f, 3.75f));
}

HipAngles HipActionTimeline::anglesAt(const HipActionDef& action, float t, bool reducedMotion) {
    const HipAngles& top = action.peak;
    if (!action.reversal) {
        const float p = progress(action, t, reducedMotion);
        return {top.flexion * p, top.abduction * p, top.rotation * p};
    }
    if (reducedMotion) {
        return top;
    }
    // 0.5-3.5 s flex, hold to 4, turn inward by 5.5, hold to 6.5, back by 7.5, lower by 8.7.
    const float s = wrapTime(t, kReversalPeriodS);
    const float flex = ramp(s, 0.5f, 3.5f) * (1.0f - ramp(s, 7.5f, 8.7f));
    const float turn = ramp(s, 4.0f, 5.5f) * (1.0f - ramp(s, 6.5f, 7.5f));
    return {top.flexion * flex, top.abduction * flex, top.rotation * turn};
}

float originInsertionDistance(const MuscleLine& line, const HipJoint& joint,
                              const HipAngles& angles) {
    const glm::vec3 insertion = glm::vec3(hipPoseMatrix(joint, angles) *
                                          glm::vec4(onSide(line.insertion, joint.side), 1.0f));
    return glm::distance(onSide(line.origin, joint.side), insertion);
}

float rotationMomentArm(const MuscleLine& line, const HipJoint& joint, const HipAngles& angles) {
    const glm::mat4 pose = hipPoseMatrix(joint, angles);
    const glm::vec3 insertion =
        glm::vec3(pose * glm::vec4(onSide(line.insertion, joint.side), 1.0f));
    const glm::vec3 pull = glm::normalize(onSide(line.origin, joint.side) - insertion);
    const glm::vec3 moment = glm::cross(insertion - joint.centre, pull);
    // The axis of internal rotation, moved with the femur (see hipPoseMatrix).
    const float mirror = joint.side == Side::Right ? -1.0f : 1.0f;
    const glm::vec3 inward = glm::mat3(pose) * (-mirror * joint.longAxis);
    return glm::dot(moment, inward);
}

std::optional<float> rotationReversalFlexion(const MuscleLine& line, const HipJoint& joint) {
    const float atRest = rotationMomentArm(line, joint, {});
    for (float deg = 1.0f; deg <= 120.0f; deg += 1.0f) {
        const float arm = rotationMomentArm(line, joint, {deg, 0.0f, 0.0f});
        if ((arm > 0.0f) != (atRest > 0.0f)) {
            // Between deg - 1 and deg: linear interpolation of the arm.
            const float before = rotationMomentArm(line, joint, {deg - 1.0f, 0.0f, 0.0f});
            return deg - 1.0f + before / (before - arm);
        }
    }
    return std::nullopt;
}

MuscleRole roleIn(const HipActionDef& action, const std::string& structureId, const HipJoint& joint,
                  const HipAngles& angles) {
    if (action.reversal && structureId == "piriformis") {
        const MuscleLine* line = findMuscleLine(structureId);
        if (line) {
            // The action turns the flexed thigh inward: an internal rotator works, an external one
            // is stretched.
            return rotationMomentArm(*line, joint, angles) > 0.0f ? MuscleRole::Agonist
                                                                  : MuscleRole::Antagonist;
        }
    }
    auto has = [&](const std::vector<std::string>& ids) {
        return std::find(ids.begin(), ids.end(), structureId) != ids.end();
    };
    return has(action.agonists)      ? MuscleRole::Agonist
           : has(action.antagonists) ? MuscleRole::Antagonist
                                     : MuscleRole::None;
}

} // namespace glutea
