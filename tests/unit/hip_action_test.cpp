// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// Muscle actions (issue 12). Expectations are computed here from the geometry: rotations written
// out with Rodrigues' formula about axes through the hip joint centre of landmarks.json, lengths
// from the attachment points moved that way, closedness by welding the deformed vertices.
#include <cmath>
#include <map>
#include <tuple>

#include <gtest/gtest.h>

#include "anatomy/hip_action.h"
#include "anatomy/hip_action_scene.h"
#include "anatomy/pose_deformation.h"
#include "atlas_fixture.h"
#include "cli_runner.h"
#include "rodrigues.h"

namespace glutea {
namespace {

using test::defaultAtlas;

using test::turn;

glm::vec3 landmark(const std::string& id) {
    return defaultAtlas().landmarks.at(id).position;
}

glm::vec3 hipCentre() {
    return landmark("hip_joint_centre_l");
}

// The left hip abducted: the foot swings to +X (the subject's left), a turn about +Z.
glm::vec3 abducted(const glm::vec3& p, float degrees) {
    return turn(p, hipCentre(), {0.0f, 0.0f, 1.0f}, degrees);
}
// The left hip flexed: the knee comes forward (+Z), a turn about -X.
glm::vec3 flexed(const glm::vec3& p, float degrees) {
    return turn(p, hipCentre(), {-1.0f, 0.0f, 0.0f}, degrees);
}

float distanceToMesh(const glm::vec3& p, const Mesh& mesh) {
    float best = 1e9f;
    for (const auto& q : mesh.positions) {
        best = std::min(best, glm::distance(p, q));
    }
    return best;
}

TEST(HipAction, TransformMovesTheLeftFootTheRightWay) {
    const HipJoint joint = hipJointOf(defaultAtlas().landmarks, Side::Left);
    const glm::vec3 ankle = landmark("lateral_malleolus_l");
    auto moved = [&](HipAngles a) {
        return glm::vec3(hipPoseMatrix(joint, a) * glm::vec4(ankle, 1));
    };
    EXPECT_GT(moved({0, 30, 0}).x, ankle.x + 0.2f);  // abduction: out to the left
    EXPECT_LT(moved({0, -15, 0}).x, ankle.x - 0.1f); // adduction: toward the midline
    EXPECT_GT(moved({60, 0, 0}).z, ankle.z + 0.4f);  // flexion: forward
    EXPECT_LT(moved({-20, 0, 0}).z, ankle.z - 0.1f); // extension: backward
    // Internal rotation turns the front of the left knee toward the midline (-X).
    const glm::vec3 kneeFront(0.078f, -0.395f, 0.05f);
    EXPECT_LT(glm::vec3(hipPoseMatrix(joint, {0, 0, 30}) * glm::vec4(kneeFront, 1)).x,
              kneeFront.x - 0.01f);
    EXPECT_GT(glm::vec3(hipPoseMatrix(joint, {0, 0, -30}) * glm::vec4(kneeFront, 1)).x,
              kneeFront.x + 0.01f);
    // The code's abduction agrees with Rodrigues about +Z through the landmark's centre.
    const glm::vec3 expected = abducted(ankle, 30.0f);
    EXPECT_NEAR(glm::distance(moved({0, 30, 0}), expected), 0.0f, 1e-5f);
    // The hip joint centre itself never moves.
    EXPECT_NEAR(
        glm::distance(glm::vec3(hipPoseMatrix(joint, {50, 20, 30}) * glm::vec4(hipCentre(), 1)),
                      hipCentre()),
        0.0f, 1e-6f);
}

TEST(HipAction, AttachmentPointsOfModelledMusclesLieOnTheirBones) {
    const Atlas& atlas = defaultAtlas();
    const Mesh& femur = atlas.parts[atlas.findPart("femur", Side::Left)].mesh;
    const Mesh& pelvis = atlas.parts[atlas.findPart("hip_bone", Side::Left)].mesh;
    for (const char* id :
         {"gluteus_medius", "gluteus_minimus", "piriformis", "quadratus_femoris"}) {
        const MuscleLine* line = findMuscleLine(id);
        ASSERT_NE(line, nullptr) << id;
        EXPECT_LT(distanceToMesh(line->insertion, femur), 0.02f) << id << " insertion";
        EXPECT_LT(distanceToMesh(line->origin, pelvis), 0.025f) << id << " origin";
    }
}

TEST(HipAction, AbductionShortensGluteusMediusAndLengthensTheAdductors) {
    const HipActionDef* abduction = findHipAction("hip_abduction");
    ASSERT_NE(abduction, nullptr);
    const float peak = HipActionTimeline::anglesAt(*abduction, 2.0f).abduction;
    ASSERT_GT(peak, 20.0f);
    const HipJoint joint = hipJointOf(defaultAtlas().landmarks, Side::Left);
    auto lengths = [&](const std::string& id) {
        const MuscleLine* line = findMuscleLine(id);
        EXPECT_NE(line, nullptr) << id;
        const float rest = glm::distance(line->origin, line->insertion);
        const float now = glm::distance(line->origin, abducted(line->insertion, peak));
        // The code's own figure is the same.
        EXPECT_NEAR(originInsertionDistance(*line, joint, {0, peak, 0}), now, 1e-5f) << id;
        return std::pair{rest, now};
    };
    const auto [medRest, medNow] = lengths("gluteus_medius");
    EXPECT_LT(medNow, medRest * 0.95f);
    for (const char* id : {"adductor_longus", "adductor_brevis", "adductor_magnus", "gracilis"}) {
        const auto [rest, now] = lengths(id);
        EXPECT_GT(now, rest * 1.03f) << id;
    }
}

TEST(HipAction, ExternalRotationShortensTheDeepRotators) {
    const HipActionDef* action = findHipAction("hip_external_rotation");
    ASSERT_NE(action, nullptr);
    const HipJoint joint = hipJointOf(defaultAtlas().landmarks, Side::Left);
    const HipAngles top = HipActionTimeline::anglesAt(*action, 2.0f);
    ASSERT_LT(top.rotation, -20.0f);
    // External rotation of the left thigh: about +long axis (knee -> hip), Rodrigues.
    const glm::vec3 axis = joint.longAxis;
    for (const char* id : {"piriformis", "obturator_internus", "quadratus_femoris"}) {
        const MuscleLine* line = findMuscleLine(id);
        ASSERT_NE(line, nullptr);
        const float rest = glm::distance(line->origin, line->insertion);
        const float now =
            glm::distance(line->origin, turn(line->insertion, hipCentre(), axis, -top.rotation));
        EXPECT_LT(now, rest) << id;
        EXPECT_NEAR(originInsertionDistance(*line, joint, top), now, 1e-5f) << id;
    }
}

// Welds vertices by position (0.01 mm) and counts how many triangles use each edge.
std::map<std::pair<int, int>, int> edgeUse(const std::vector<glm::vec3>& positions,
                                           const std::vector<std::uint32_t>& indices) {
    // Welded by exact position: a seam's two copies of a vertex are the same numbers at rest and,
    // with the same weight, after the move (a rounding grid would also merge distinct vertices
    // closer than its step, or split copies across a cell boundary).
    std::map<std::tuple<float, float, float>, int> ids;
    std::vector<int> weld(positions.size());
    for (std::size_t i = 0; i < positions.size(); ++i) {
        const glm::vec3 q = positions[i];
        const auto key = std::tuple{q.x, q.y, q.z};
        weld[i] = ids.emplace(key, static_cast<int>(ids.size())).first->second;
    }
    std::map<std::pair<int, int>, int> use;
    for (std::size_t t = 0; t + 2 < indices.size(); t += 3) {
        for (int e = 0; e < 3; ++e) {
            int a = weld[indices[t + e]], b = weld[indices[t + (e + 1) % 3]];
            if (a == b) {
                continue;
            }
            ++use[{std::min(a, b), std::max(a, b)}];
        }
    }
    return use;
}

TEST(HipAction, DeformedMeshesStayClosed) {
    const Atlas& atlas = defaultAtlas();
    const HipJoint joint = hipJointOf(atlas.landmarks, Side::Left);
    const auto weights = poseWeights(atlas, joint);
    for (const char* actionId : {"hip_abduction", "piriformis_reversal", "hip_flexion"}) {
        const HipActionDef* action = findHipAction(actionId);
        ASSERT_NE(action, nullptr);
        const float t = action->reversal ? 6.0f : 2.0f;
        const glm::mat4 moved = hipPoseMatrix(joint, HipActionTimeline::anglesAt(*action, t));
        int deformedParts = 0;
        for (std::size_t p = 0; p < atlas.parts.size(); ++p) {
            const Mesh& mesh = atlas.parts[p].mesh;
            if (weights[p].empty()) {
                continue;
            }
            ++deformedParts;
            std::vector<glm::vec3> deformed;
            for (std::size_t v = 0; v < mesh.positions.size(); ++v) {
                deformed.push_back(deformedPoint(mesh.positions[v], weights[p][v], moved));
            }
            // Every edge used by two triangles after the move as before it (the meshes are closed;
            // a seam whose two copies moved apart would open here).
            auto openEdges = [&](const std::vector<glm::vec3>& positions) {
                int open = 0;
                for (const auto& [edge, n] : edgeUse(positions, mesh.indices)) {
                    open += n != 2;
                }
                return open;
            };
            const int restOpen = openEdges(mesh.positions);
            // Closed by index (meshgen's tests); by position a mesh may pinch where two sheets
            // touch along an edge (one such edge in the femur and the medius since the proportions
            // map): the move must open nothing more.
            EXPECT_LE(restOpen, 2) << atlas.parts[p].nodeName << " is not closed at rest";
            EXPECT_EQ(openEdges(deformed), restOpen) << actionId << " " << atlas.parts[p].nodeName;
            // And nothing tears visibly: no edge longer than 4 times its rest length + 2 mm, but
            // for the skin where it bridges the perineum and the groin to the moving thigh (within
            // 6 cm of the midline, between the hip's level and 20 cm below it), which stretches.
            const bool skin = atlas.parts[p].structureId == "skin";
            auto bridging = [&](const glm::vec3& q) {
                return q.x < 0.06f && q.y < hipCentre().y + 0.07f && q.y > hipCentre().y - 0.20f;
            };
            // Both triangle lists: the full mesh (picking) and the lighter one the window draws,
            // whose longer triangles span more of the weights' change.
            const auto& display = atlas.parts[p].displayIndices;
            for (const auto* list : {&mesh.indices, &display}) {
                float worst = 0.0f;
                for (std::size_t i = 0; i + 2 < list->size(); i += 3) {
                    for (int e = 0; e < 3; ++e) {
                        const auto a = (*list)[i + e], b = (*list)[i + (e + 1) % 3];
                        if (skin && bridging(mesh.positions[a]) && bridging(mesh.positions[b])) {
                            continue;
                        }
                        const float rest = glm::distance(mesh.positions[a], mesh.positions[b]);
                        worst =
                            std::max(worst, glm::distance(deformed[a], deformed[b]) - 4.0f * rest);
                    }
                }
                EXPECT_LT(worst, 0.002f) << actionId << " " << atlas.parts[p].nodeName
                                         << (list == &display ? " (display mesh)" : "");
            }
            EXPECT_FALSE(display.empty()) << atlas.parts[p].nodeName << " has no display mesh";
        }
        EXPECT_GE(deformedParts, 10) << "the leg's bones, muscles, nerves and the skin";
    }
}

// The left hip moves, the right side and the midline stay: every triangle (of the full mesh and of
// the display one) with a corner on the midline or to its right keeps all three corners where they
// were, or the window would draw the right buttock and the cleft sliding with the left thigh.
TEST(HipAction, TrianglesReachingTheMidlineStayStill) {
    const Atlas& atlas = defaultAtlas();
    const HipJoint joint = hipJointOf(atlas.landmarks, Side::Left);
    const auto weights = poseWeights(atlas, joint);
    for (const char* actionId : {"hip_abduction", "hip_flexion", "hip_extension"}) {
        const HipActionDef* action = findHipAction(actionId);
        ASSERT_NE(action, nullptr) << actionId;
        const glm::mat4 moved = hipPoseMatrix(joint, HipActionTimeline::anglesAt(*action, 2.0f));
        int checked = 0;
        for (std::size_t p = 0; p < atlas.parts.size(); ++p) {
            if (weights[p].empty()) {
                continue;
            }
            const Mesh& mesh = atlas.parts[p].mesh;
            for (const auto* list : {&mesh.indices, &atlas.parts[p].displayIndices}) {
                int movedCorners = 0;
                for (std::size_t i = 0; i + 2 < list->size(); i += 3) {
                    const std::uint32_t c[3] = {(*list)[i], (*list)[i + 1], (*list)[i + 2]};
                    if (std::min({mesh.positions[c[0]].x, mesh.positions[c[1]].x,
                                  mesh.positions[c[2]].x}) > 0.0f) {
                        continue; // wholly on the left (+X), the moving side
                    }
                    ++checked;
                    for (const auto v : c) {
                        const glm::vec3 now =
                            deformedPoint(mesh.positions[v], weights[p][v], moved);
                        movedCorners += glm::distance(now, mesh.positions[v]) > 1e-6f;
                    }
                }
                EXPECT_EQ(movedCorners, 0) << actionId << " " << atlas.parts[p].nodeName
                                           << (list == &mesh.indices ? "" : " (display mesh)");
            }
        }
        EXPECT_GT(checked, 1000) << "the skin's triangles across the cleft, perineum and groin";
    }
}

TEST(HipAction, WeightsRunFromOriginToInsertion) {
    const Atlas& atlas = defaultAtlas();
    const HipJoint joint = hipJointOf(atlas.landmarks, Side::Left);
    const auto weights = poseWeights(atlas, joint);
    auto nearest = [](const Mesh& mesh, const glm::vec3& p) {
        std::size_t best = 0;
        for (std::size_t i = 1; i < mesh.positions.size(); ++i) {
            if (glm::distance(mesh.positions[i], p) < glm::distance(mesh.positions[best], p)) {
                best = i;
            }
        }
        return best;
    };
    for (const auto& line : muscleLines()) {
        if (!line.inModel) {
            continue; // the table says it has no mesh yet
        }
        const int part = atlas.findPart(line.id, Side::Left);
        ASSERT_GE(part, 0) << line.id << ": a modelled muscle of the table the atlas lacks";
        const Mesh& mesh = atlas.parts[part].mesh;
        const auto& w = weights[part];
        ASSERT_EQ(w.size(), mesh.positions.size()) << line.id;
        EXPECT_LT(w[nearest(mesh, line.origin)], 0.05f) << line.id << " origin end";
        EXPECT_GT(w[nearest(mesh, line.insertion)], 0.95f) << line.id << " insertion end";
        for (float x : w) {
            ASSERT_GE(x, 0.0f);
            ASSERT_LE(x, 1.0f);
        }
    }
    // Leg bones move whole; the pelvis and the other side stay.
    for (const char* id : {"femur", "tibia", "fibula"}) {
        const auto& w = weights[atlas.findPart(id, Side::Left)];
        ASSERT_FALSE(w.empty()) << id;
        EXPECT_EQ(*std::min_element(w.begin(), w.end()), 1.0f) << id;
    }
    for (std::size_t p = 0; p < atlas.parts.size(); ++p) {
        const auto& part = atlas.parts[p];
        if (part.side == Side::Right || part.structureId == "hip_bone" ||
            part.structureId == "sacrum") {
            for (float x : weights[p]) {
                ASSERT_EQ(x, 0.0f) << part.nodeName;
            }
        }
    }
    // Skin: still over the other side and the iliac crest, moving with the thigh.
    const int skin = atlas.findPart("skin", Side::None);
    ASSERT_GE(skin, 0);
    const Mesh& s = atlas.parts[skin].mesh;
    for (std::size_t i = 0; i < s.positions.size(); ++i) {
        const glm::vec3 p = s.positions[i];
        if (p.x <= 0.0f || p.y > 0.07f) {
            ASSERT_EQ(weights[skin][i], 0.0f) << "skin vertex at " << p.x << "," << p.y;
        }
        if (p.x > 0.05f && p.y < -0.15f) {
            ASSERT_EQ(weights[skin][i], 1.0f) << "thigh skin at " << p.x << "," << p.y;
        }
    }
}

TEST(HipAction, PiriformisRotationMomentReversesPastAboutSixtyDegreesOfFlexion) {
    const MuscleLine* line = findMuscleLine("piriformis");
    ASSERT_NE(line, nullptr);
    const glm::vec3 hip = hipCentre();
    const glm::vec3 knee =
        0.5f * (landmark("femoral_lateral_epicondyle_l") + landmark("femoral_medial_epicondyle_l"));
    // Internal rotation of the left femur: about the axis from hip to knee (down), right-handed.
    auto internalMoment = [&](float flexion) {
        const glm::vec3 ins = flexed(line->insertion, flexion);
        const glm::vec3 axis = glm::normalize(flexed(knee, flexion) - hip);
        const glm::vec3 pull = glm::normalize(line->origin - ins);
        return glm::dot(glm::cross(ins - hip, pull), axis);
    };
    EXPECT_LT(internalMoment(0.0f), 0.0f); // standing: an external rotator
    EXPECT_LT(internalMoment(30.0f), 0.0f);
    EXPECT_GT(internalMoment(90.0f), 0.0f); // flexed: an internal rotator
    float crossing = -1.0f;
    for (float deg = 0.0f; deg <= 90.0f; deg += 0.5f) {
        if (internalMoment(deg) > 0.0f) {
            crossing = deg;
            break;
        }
    }
    EXPECT_GT(crossing, 45.0f);
    EXPECT_LT(crossing, 75.0f);
    const HipJoint joint = hipJointOf(defaultAtlas().landmarks, Side::Left);
    const auto codes = rotationReversalFlexion(*line, joint);
    ASSERT_TRUE(codes.has_value());
    EXPECT_NEAR(*codes, crossing, 1.5f);
    // In the reversal action the piriformis is an antagonist of the inward turn while the hip is
    // straight and its agonist once flexed.
    const HipActionDef* reversal = findHipAction("piriformis_reversal");
    ASSERT_NE(reversal, nullptr);
    EXPECT_EQ(roleIn(*reversal, "piriformis", joint, {10, 0, 0}), MuscleRole::Antagonist);
    EXPECT_EQ(roleIn(*reversal, "piriformis", joint, {90, 0, 20}), MuscleRole::Agonist);
}

TEST(HipAction, TimelineRestsLoopsAndHoldsStillWithReducedMotion) {
    for (const auto& action : hipActions()) {
        const float period = HipActionTimeline::period(action);
        const HipAngles rest = HipActionTimeline::anglesAt(action, 0.0f);
        EXPECT_EQ(rest.flexion, 0.0f) << action.id;
        EXPECT_EQ(rest.abduction, 0.0f) << action.id;
        EXPECT_EQ(rest.rotation, 0.0f) << action.id;
        for (float t : {0.7f, 1.9f, 3.1f}) {
            const HipAngles a = HipActionTimeline::anglesAt(action, t);
            const HipAngles b = HipActionTimeline::anglesAt(action, t + 2.0f * period);
            EXPECT_NEAR(a.flexion, b.flexion, 1e-3f) << action.id;
            EXPECT_NEAR(a.rotation, b.rotation, 1e-3f) << action.id;
        }
        const HipAngles still = HipActionTimeline::anglesAt(action, 0.3f, true);
        EXPECT_EQ(still.flexion, action.peak.flexion) << action.id;
        EXPECT_EQ(still.abduction, action.peak.abduction) << action.id;
        EXPECT_EQ(still.rotation, action.peak.rotation) << action.id;
        EXPECT_FALSE(action.agonists.empty()) << action.id;
        EXPECT_FALSE(action.antagonists.empty()) << action.id;
        for (const auto& id : action.agonists) {
            EXPECT_NE(findMuscleLine(id), nullptr) << action.id << ": " << id;
        }
    }
}

TEST(HipAction, RenderOptionErrors) {
    const auto unknown =
        test::runGlutea({"render", "-o", "/tmp/glutea_never.png", "--action", "hip_jump"});
    EXPECT_EQ(unknown.code, 1);
    EXPECT_NE(unknown.err.find("--action"), std::string::npos) << unknown.err;
    EXPECT_NE(unknown.err.find("hip_abduction"), std::string::npos) << unknown.err;
    const auto negative = test::runGlutea(
        {"render", "-o", "/tmp/glutea_never.png", "--action", "hip_abduction", "--time", "-1"});
    EXPECT_EQ(negative.code, 1);
    EXPECT_NE(negative.err.find("--time"), std::string::npos) << negative.err;
    const auto garbage = test::runGlutea(
        {"render", "-o", "/tmp/glutea_never.png", "--action", "hip_abduction", "--time", "soon"});
    EXPECT_EQ(garbage.code, 2);
}

} // namespace
} // namespace glutea
