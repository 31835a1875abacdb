// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "anatomy/hip_action_scene.h"

#include "anatomy/pose_deformation.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace glutea {

namespace {
std::string fixed(double value, int digits) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.*f", digits, value);
    return buffer;
}
} // namespace

std::string sideName(Side side) {
    return side == Side::Right ? "right" : side == Side::Left ? "left" : "";
}

HipActionScene::HipActionScene(const Atlas& atlas, Side side)
    : atlas_(&atlas), joint_(hipJointOf(atlas.landmarks, side)),
      weights_(std::make_shared<const std::vector<std::vector<float>>>(poseWeights(atlas, joint_))),
      version_(newPoseVersion()), reach_(atlas.bounds) {
    // The leg reaches at most its length from the hip, whichever way it turns.
    float length = 0.0f;
    for (std::size_t i = 0; i < atlas.parts.size(); ++i) {
        if (!(*weights_)[i].empty()) {
            const Bounds& b = atlas.parts[i].bounds;
            for (int c = 0; c < 8; ++c) {
                length = std::max(length, glm::distance(b.corner(c), joint_.centre));
            }
        }
    }
    reach_.add(joint_.centre - glm::vec3(length));
    reach_.add(joint_.centre + glm::vec3(length));
}

void HipActionScene::apply(ViewState& view, const HipActionDef& action, float t,
                           bool reducedMotion) const {
    const HipAngles angles = HipActionTimeline::anglesAt(action, t, reducedMotion);
    PoseDeformation& pose = view.pose;
    pose.on = true;
    pose.moved = hipPoseMatrix(joint_, angles);
    pose.weights = weights_;
    pose.weightsVersion = version_;
    pose.sceneBounds = reach_;
    pose.tint.assign(atlas_->parts.size(), glm::vec4(0.0f));
    for (const MuscleState& m : muscles(action, angles)) {
        const int part = atlas_->findPart(m.id, joint_.side);
        if (part < 0 || m.role == MuscleRole::None) {
            continue;
        }
        // Stronger the more the muscle has shortened or lengthened: the working muscles glow as
        // the movement grows.
        const float amount = 0.55f + 0.35f * std::min(1.0f, std::abs(m.change()) / 0.15f);
        const glm::vec3 colour = m.role == MuscleRole::Agonist ? kAgonistSrgb : kAntagonistSrgb;
        pose.tint[static_cast<std::size_t>(part)] = glm::vec4(colour, amount);
    }
}

void HipActionScene::clear(ViewState& view) {
    view.pose = PoseDeformation{};
}

std::vector<MuscleState> HipActionScene::muscles(const HipActionDef& action,
                                                 const HipAngles& angles) const {
    std::vector<std::string> ids = action.agonists;
    ids.insert(ids.end(), action.antagonists.begin(), action.antagonists.end());
    std::vector<MuscleState> out;
    for (const auto& id : ids) {
        MuscleState m;
        m.id = id;
        m.role = roleIn(action, id, joint_, angles);
        if (const MuscleLine* line = findMuscleLine(id)) {
            // The reversal's roles are those of the inward turn of the flexed hip: lengths against
            // the hip flexed as much, before it turns.
            const HipAngles reference =
                action.reversal ? HipAngles{angles.flexion, angles.abduction, 0.0f} : HipAngles{};
            m.restM = originInsertionDistance(*line, joint_, reference);
            m.nowM = originInsertionDistance(*line, joint_, angles);
        }
        m.inModel = atlas_->findPart(id, joint_.side) >= 0;
        out.push_back(m);
    }
    // Agonists first, the table's order within each role.
    std::stable_partition(out.begin(), out.end(),
                          [](const MuscleState& m) { return m.role == MuscleRole::Agonist; });
    return out;
}

std::vector<std::string> HipActionScene::notes(const HipActionDef& action, float t,
                                               bool reducedMotion) const {
    const HipAngles a = HipActionTimeline::anglesAt(action, t, reducedMotion);
    std::vector<std::string> lines;
    lines.push_back("action " + action.id + " (" + sideName(joint_.side) + " leg) at " +
                    fixed(t, 2) + " s of a " + fixed(HipActionTimeline::period(action), 1) +
                    " s loop: flexion " + fixed(a.flexion, 1) + " deg, abduction " +
                    fixed(a.abduction, 1) + " deg, internal rotation " + fixed(a.rotation, 1) +
                    " deg");
    for (const MuscleState& m : muscles(action, a)) {
        const float change = m.change();
        const char* state = std::abs(change) < 0.002f ? "resting length"
                            : change < 0.0f           ? "shortening"
                                                      : "lengthening";
        lines.push_back(std::string(m.role == MuscleRole::Agonist ? "agonist " : "antagonist ") +
                        m.id + (m.inModel ? "" : " (not in this model)") + ": " +
                        fixed(m.nowM * 100.0f, 1) + " cm, rest " + fixed(m.restM * 100.0f, 1) +
                        " cm (" + (change >= 0.0f ? "+" : "") + fixed(change * 100.0f, 1) + " %, " +
                        state + ")");
    }
    if (const MuscleLine* piriformis = findMuscleLine("piriformis")) {
        const float arm = rotationMomentArm(*piriformis, joint_, a);
        std::string line = "piriformis rotation moment arm " + fixed(arm * 100.0f, 2) + " cm (" +
                           (arm > 0.0f ? "internal" : "external") + " rotator)";
        if (const auto flip = rotationReversalFlexion(*piriformis, joint_)) {
            line += "; reverses at " + fixed(*flip, 0) + " deg of flexion";
        }
        lines.push_back(line);
    }
    return lines;
}

} // namespace glutea
