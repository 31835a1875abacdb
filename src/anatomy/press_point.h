// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Where a hand or tool really presses: an anchor's point on its muscle, reached from the direction
// the technique's body position presses from (docs/ANIMATION.md), and what pressing in there meets
// on the way, in order. Placements and trigger points share it, so the referral picture and the
// technique picture agree on where a knot is.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <glm/vec3.hpp>

#include "anatomy/atlas.h"
#include "anatomy/caution_check.h"
#include "anatomy/content.h"

namespace glutea {

// The unit direction of pressing (into the body) from `from` on `side` of the atlas frame:
// posterior presses toward +Z, lateral toward the midline, and so on.
glm::vec3 inwardDirection(PressFrom from, Side side);

struct PressLayer {
    std::string structureId;
    Side side = Side::None;
    float depthM = 0.0f; // from the skin point along the pressing direction to where it enters
};

struct PressedPoint {
    glm::vec3 target{0.0f};             // the anchor's point on its structure (e.g. the muscle)
    glm::vec3 skin{0.0f};               // where the hand or tool touches the skin
    glm::vec3 inward{0.0f, 0.0f, 1.0f}; // unit pressing direction
    glm::vec3 skinNormal{0.0f, 0.0f, -1.0f};
    std::vector<PressLayer> meets; // skin first, then each structure entered, in order
    // True when, pressing in from `skin`, nothing but the structure's covering layers (skin,
    // fascia, the muscles over it) and the structure itself comes first: no bone, no other muscle.
    bool reachesTarget = false;
};

class PressResolver {
  public:
    // Builds what ray casting needs over the atlas's parts; the atlas must outlive the resolver.
    // Without content, the covering relation (`covered_by` of content/structures.json) is read
    // from the atlas's own content folder when it has one; otherwise only skin and fascia (kind
    // "other") may lie over a target.
    explicit PressResolver(const Atlas& atlas);
    // The covering relation from `content` (StructureInfo::coveredBy).
    PressResolver(const Atlas& atlas, const Content& content);
    ~PressResolver();
    PressResolver(PressResolver&&) noexcept;
    PressResolver& operator=(PressResolver&&) noexcept;

    // Resolves an anchor for `side` pressed from `from`; nothing when its landmarks are unknown or
    // no skin lies that way.
    std::optional<PressedPoint> resolve(const Anchor& anchor, Side side, PressFrom from) const;

    // The direction a placement presses from: its own `press_from`, else its technique's.
    static PressFrom pressFromOf(const Technique& technique, const TechniquePlacement& placement);

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// Skin points of anchors pressed from `from` on `side` (for the caution checks and queries).
SkinPointResolver pressSkinResolver(const PressResolver& resolver, Side side, PressFrom from);

} // namespace glutea
