// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "anatomy/pose_deformation.h"

#include <algorithm>
#include <atomic>
#include <tuple>

#include "base/skin_id.h"

namespace glutea {

namespace {

float smooth(float from, float to, float x) {
    const float t = std::clamp((x - from) / (to - from), 0.0f, 1.0f);
    return t * t * (3.0f - 2.0f * t);
}

// Parts of the leg below the hip: they move with the femur as one piece (the knee and ankle stay
// still in these actions). Patella and biceps_femoris_short_head are not Glutea's ids but parts of
// examples/visible-human-denver.
const std::vector<std::string>& legRigidIds() {
    static const std::vector<std::string> rigid = {
        "femur", "tibia", "fibula", "patella", "foot_bones", "tibial_nerve", "common_fibular_nerve",
        "vastus_lateralis", "vastus_medialis", "vastus_intermedius", "gastrocnemius", "soleus",
        "biceps_femoris_short_head",
        // A band of fascia on the lateral thigh: it lies on the leg and goes with it.
        "iliotibial_tract"};
    return rigid;
}

// Soft tissue that stays with the pelvis and trunk.
const std::vector<std::string>& pelvicIds() {
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
    return fixed;
}

bool isIn(const std::vector<std::string>& ids, const std::string& id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
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

// Every vertex of a triangle that touches the midline or the other side keeps still: such a
// triangle, half moved, would move pixels of the other side (the display copy's triangles reach
// further than the full mesh's).
void keepMidlineStill(const StructurePart& part, Side movingSide, std::vector<float>& w) {
    const auto& positions = part.mesh.positions;
    auto lateral = [&](std::uint32_t i) {
        return movingSide == Side::Right ? -positions[i].x : positions[i].x;
    };
    for (const auto* list : {&part.mesh.indices, &part.displayIndices}) {
        for (std::size_t t = 0; t + 2 < list->size(); t += 3) {
            const std::uint32_t a = (*list)[t], b = (*list)[t + 1], c = (*list)[t + 2];
            if (std::min({lateral(a), lateral(b), lateral(c)}) <= 0.0f) {
                w[a] = w[b] = w[c] = 0.0f;
            }
        }
    }
}

} // namespace

std::vector<std::string> poseTableStructureIds() {
    std::vector<std::string> ids = legRigidIds();
    ids.insert(ids.end(), pelvicIds().begin(), pelvicIds().end());
    for (const auto& n : kNerveLines) {
        ids.emplace_back(n.id);
    }
    return ids;
}

PoseFollow poseFollowOf(const std::string& structureId, Side partSide, Side movingSide) {
    if (partSide == Side::None) {
        return structureId == kSkinId ? PoseFollow::BySkinPosition : PoseFollow::Fixed;
    }
    if (partSide != movingSide || isIn(pelvicIds(), structureId)) {
        return PoseFollow::Fixed;
    }
    if (isIn(legRigidIds(), structureId)) {
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
    // Where the skin runs across the midline (buttock cleft, perineum, groin), zero within 2 cm of
    // it, the whole thigh 5 cm out; below the crotch (12-15 cm below the hip centre), where the
    // thighs part (no skin triangle crosses the midline there), all of the thigh's skin.
    const float parted = smooth(joint.centre.y - 0.12f, joint.centre.y - 0.15f, p.y);
    const float from = 0.02f * (1.0f - parted);
    const float side = smooth(from, from + 0.03f * (1.0f - parted) + 0.001f * parted, lateral);
    // Below the hip centre the thigh; over the iliac crest the pelvis.
    const float below = smooth(joint.centre.y + 0.06f, joint.centre.y - 0.10f, p.y);
    return side * below;
}

float fibreParameter(const glm::vec3& p, const glm::vec3& originFrom, const glm::vec3& originTo,
                     const glm::vec3& insertion) {
    const glm::vec3 span = originTo - originFrom;
    const float along = std::clamp(
        glm::dot(p - originFrom, span) / std::max(glm::dot(span, span), 1e-12f), 0.0f, 1.0f);
    const glm::vec3 origin = originFrom + along * span;
    const glm::vec3 axis = insertion - origin;
    return glm::dot(p - origin, axis) / std::max(glm::dot(axis, axis), 1e-12f);
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
            keepMidlineStill(part, joint.side, w);
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
            // 0 at the mesh's own origin end and 1 at its insertion end, where the mesh stops short
            // of the attachment points (clipped against the bone it lies on).
            float lo = 1.0f, hi = 0.0f;
            for (const auto& p : positions) {
                const float t = fibreParameter(p, from, to, insertion);
                lo = std::min(lo, t);
                hi = std::max(hi, t);
            }
            lo = std::max(lo, 0.0f);
            hi = std::min(hi, 1.0f);
            w.reserve(positions.size());
            for (const auto& p : positions) {
                const float t = fibreParameter(p, from, to, insertion);
                const float t2 = hi > lo + 0.05f ? (t - lo) / (hi - lo) : t;
                w.push_back(smooth(0.0f, std::max(span, 0.05f), t2));
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
