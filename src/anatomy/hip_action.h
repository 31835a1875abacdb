// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Muscle actions at the hip (issue 12): one leg moves about its hip joint centre through
// extension, flexion, abduction, adduction, internal or external rotation, or the piriformis's
// reversal (the hip flexes to 90 degrees, then rotates inward). Pure functions of time, so the
// window, `glutea render --action ID --time T` and the bench show the same frame for the same t.
// Frame: metres, +X the subject's left, +Y up, +Z anterior. The moving leg is the left one
// (kActionSide); everything here also works for the right (mirrored in X).
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <glm/glm.hpp>

#include "anatomy/landmarks.h"
#include "anatomy/structure.h"

namespace glutea {

inline constexpr Side kActionSide = Side::Left;

// Joint angles in degrees. Flexion positive (extension negative), abduction positive (adduction
// negative), internal rotation positive (external negative).
struct HipAngles {
    float flexion = 0.0f, abduction = 0.0f, rotation = 0.0f;
};

// One action, from the table in hip_action_table.cpp (each with its source).
struct HipActionDef {
    std::string id;                       // "hip_abduction"
    std::string name;                     // "Hip abduction"
    std::string moves;                    // what moves, plain words
    HipAngles peak;                       // the angles at the top of the movement
    std::vector<std::string> agonists;    // structure ids: they produce it and shorten
    std::vector<std::string> antagonists; // they oppose it and lengthen
    std::string source;                   // sources.json id
    bool reversal = false;                // flexes first, then rotates (piriformis_reversal)
};

const std::vector<HipActionDef>& hipActions();
const HipActionDef* findHipAction(const std::string& id);
// "hip_extension, hip_flexion, ..." for error messages.
std::string hipActionIds();

// A muscle's line of pull: from its fixed end on the pelvis (or where it leaves the pelvis, for
// the piriformis at the greater sciatic notch) to its insertion on the moving leg. Left side;
// rightSide() mirrors it. `inModel` false: named in the lists, not (yet) a mesh of the atlas.
struct MuscleLine {
    std::string id;
    glm::vec3 origin, insertion; // origin: the line of pull's fixed end (the origin's middle)
    bool inModel = true;
    // A broad origin: the mesh's fixed end runs from originFrom to originTo (else the point).
    std::optional<std::pair<glm::vec3, glm::vec3>> originSpan;
    // The share of the way from origin to insertion over which the mesh blends: muscles that run
    // down the whole thigh lie along the femur below their upper part and follow it from there.
    float blendSpan = 1.0f;
};
const std::vector<MuscleLine>& muscleLines();
const MuscleLine* findMuscleLine(const std::string& id);
glm::vec3 onSide(const glm::vec3& leftPoint, Side side);

// The joint's frame for one side, from the landmarks (hip joint centre; knee centre between the
// femoral epicondyles), with the default atlas's values when a landmark is missing.
struct HipJoint {
    Side side = kActionSide;
    glm::vec3 centre{0.0973f, 0.0f, 0.0f};
    glm::vec3 longAxis{0.0f, 1.0f, 0.0f}; // the femur's mechanical axis, knee -> hip (up)
};
HipJoint hipJointOf(const Landmarks& landmarks, Side side);

// The rigid transform of the leg at these angles (rest -> moved), rotating about the joint
// centre: first about the femur's long axis (rotation), then abduction about the
// anteroposterior axis, then flexion about the mediolateral axis.
glm::mat4 hipPoseMatrix(const HipJoint& joint, const HipAngles& angles);

// The loop of one action: period, and the angles at time t (seconds; loops).
struct HipActionTimeline {
    static constexpr float kPeriodS = 4.0f;         // rest 0.5, up 1.25, hold 0.75, down 1.25, rest
    static constexpr float kReversalPeriodS = 9.0f; // flex 3 s, hold, rotate, back, extend
    static float period(const HipActionDef& action);
    // Reduced motion: the top of the movement at every t.
    static HipAngles anglesAt(const HipActionDef& action, float t, bool reducedMotion = false);
    // 0 at rest, 1 at the top of the movement (the reversal: its phase, 0..1 over the loop).
    static float progress(const HipActionDef& action, float t, bool reducedMotion = false);
};

// Distance between a muscle's origin (fixed) and its insertion moved with the leg, metres.
float originInsertionDistance(const MuscleLine& line, const HipJoint& joint,
                              const HipAngles& angles);
// The muscle's moment about the femur's long axis (moved with the leg) per newton of pull along
// its line: positive for internal rotation, negative for external (metres).
float rotationMomentArm(const MuscleLine& line, const HipJoint& joint, const HipAngles& angles);
// The flexion (degrees, 0..120) at which the muscle's rotation moment changes sign with the hip
// otherwise at rest, or nullopt when it keeps its sign.
std::optional<float> rotationReversalFlexion(const MuscleLine& line, const HipJoint& joint);

enum class MuscleRole { None, Agonist, Antagonist };
// The role of a structure in the action now. In the reversal the piriformis takes the role its
// rotation moment gives it (agonist of the inward rotation once flexed past its reversal).
MuscleRole roleIn(const HipActionDef& action, const std::string& structureId, const HipJoint& joint,
                  const HipAngles& angles);

} // namespace glutea
