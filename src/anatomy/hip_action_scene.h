// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// A muscle action applied to a view (issue 12): the leg's pose, the pose weights of every part
// (computed once per atlas), the agonists and antagonists tinted, and what the panel and the
// headless render say about it. The window (app/action_mode), `glutea render --action` and the
// bench share it.
#include <string>
#include <vector>

#include "anatomy/atlas.h"
#include "anatomy/hip_action.h"
#include "anatomy/view_state.h"

namespace glutea {

// Okabe-Ito orange and blue (sRGB): they differ for every colour vision, and neither is the
// selection's cyan nor the muscles' red-brown.
inline constexpr glm::vec3 kAgonistSrgb{0.902f, 0.624f, 0.0f};    // #E69F00
inline constexpr glm::vec3 kAntagonistSrgb{0.0f, 0.447f, 0.698f}; // #0072B2

struct MuscleState {
    std::string id;
    MuscleRole role = MuscleRole::None;
    // Origin-insertion distance at rest (in the reversal: the hip flexed as now, not turned) and
    // now.
    float restM = 0.0f, nowM = 0.0f;
    bool inModel = true; // false: in the lists, not a mesh of this atlas
    float change() const { return restM > 0.0f ? nowM / restM - 1.0f : 0.0f; }
};

class HipActionScene {
  public:
    explicit HipActionScene(const Atlas& atlas, Side side = kActionSide);

    const HipJoint& joint() const { return joint_; }
    // Puts the leg where the action has it at time t and tints its agonists and antagonists.
    void apply(ViewState& view, const HipActionDef& action, float t, bool reducedMotion) const;
    static void clear(ViewState& view);

    // The action's muscles (agonists first), their role and length now.
    std::vector<MuscleState> muscles(const HipActionDef& action, const HipAngles& angles) const;
    // One line each, for `glutea render --action` (docs/STUDENT.md "Muscle actions").
    std::vector<std::string> notes(const HipActionDef& action, float t, bool reducedMotion) const;

  private:
    const Atlas* atlas_;
    HipJoint joint_;
    std::shared_ptr<const std::vector<std::vector<float>>> weights_;
    std::uint64_t version_;
    Bounds reach_;
};

std::string sideName(Side side);

} // namespace glutea
