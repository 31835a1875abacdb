// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// The calf and the foot (issue 17): gastrocnemius and soleus behind the leg's bones and in their
// layers, the soleus arising below the knee, the calcaneal tendon on the heel, a foot of adult
// length in front of the ankle, covered by the skin down to the sole. Every expectation is
// computed here from the generated meshes and the landmarks, not read from the generator.
#include "atlas_fixture.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace glutea::meshgen;
using glm::vec3;

namespace {

const char* const kSides[] = {"_l", "_r"};

vec3 centroid(const Mesh& m) {
    vec3 c(0.0f);
    for (const auto& p : m.positions) {
        c += p;
    }
    return c / float(m.positions.size());
}

float lowestY(const Mesh& m) {
    float y = 1e9f;
    for (const auto& p : m.positions) {
        y = std::min(y, p.y);
    }
    return y;
}

float highestY(const Mesh& m) {
    float y = -1e9f;
    for (const auto& p : m.positions) {
        y = std::max(y, p.y);
    }
    return y;
}

// Midpoint of the two malleoli: the ankle.
vec3 ankle(const std::string& side) {
    return 0.5f *
           (test::landmark("lateral_malleolus" + side) + test::landmark("medial_malleolus" + side));
}

// The knee joint line: midway between the femur's lowest point and the top of the tibia.
float kneeJointY(const std::string& side) {
    return 0.5f * (lowestY(test::structure("femur" + side).mesh) +
                   highestY(test::structure("tibia" + side).mesh));
}

} // namespace

TEST(MeshgenLegFoot, CalfMusclesLieBehindTibiaAndFibula) {
    for (const char* side : kSides) {
        const float tibiaZ = centroid(test::structure(std::string("tibia") + side).mesh).z;
        const float fibulaZ = centroid(test::structure(std::string("fibula") + side).mesh).z;
        for (const char* muscle : {"gastrocnemius", "soleus"}) {
            const Mesh& m = test::structure(std::string(muscle) + side).mesh;
            EXPECT_LT(centroid(m).z, std::min(tibiaZ, fibulaZ) - 0.02f)
                << muscle << side << " is not behind the leg's bones";
            // Every part of the belly lies behind the front of the tibia.
            size_t inFront = 0;
            for (const auto& p : m.positions) {
                inFront += p.z > tibiaZ + 0.01f;
            }
            EXPECT_EQ(inFront, 0u) << muscle << side << " reaches in front of the tibia";
        }
    }
}

TEST(MeshgenLegFoot, GastrocnemiusIsSuperficialToSoleusFromBehind) {
    for (const char* side : kSides) {
        const std::string s(side);
        const float knee = kneeJointY(s), ank = ankle(s).y;
        const vec3 axisTop = centroid(test::structure("tibia" + s).mesh);
        size_t both = 0, wrong = 0;
        // A grid over the upper two thirds of the calf, 2 cm either side of the tibia.
        for (int i = 0; i <= 8; ++i) {
            const float y = knee + (ank - knee) * (0.10f + 0.45f * float(i) / 8.0f);
            for (int j = -4; j <= 4; ++j) {
                const vec3 origin(axisTop.x + 0.005f * float(j), y, -0.40f);
                const auto g = test::query("gastrocnemius" + s).rayHits(origin, vec3(0, 0, 1));
                const auto so = test::query("soleus" + s).rayHits(origin, vec3(0, 0, 1));
                if (g.empty() || so.empty()) {
                    continue;
                }
                ++both;
                wrong += so.front() < g.front();
            }
        }
        EXPECT_GE(both, 20u) << side << ": too few rays from behind meet both calf muscles";
        EXPECT_EQ(wrong, 0u) << side << ": rays from behind meeting the soleus first";
    }
}

TEST(MeshgenLegFoot, SoleusArisesBelowKneeGastrocnemiusAboveCondyles) {
    for (const char* side : kSides) {
        const std::string s(side);
        const float joint = kneeJointY(s);
        EXPECT_LT(highestY(test::structure("soleus" + s).mesh), joint)
            << "the soleus arises below the knee joint line";
        // The heads arise from the femur above its condyles: the gastrocnemius's top lies at least
        // 3 cm above the femur's lowest point, on the bone.
        const Mesh& g = test::structure("gastrocnemius" + s).mesh;
        const float femurLow = lowestY(test::structure("femur" + s).mesh);
        EXPECT_GT(highestY(g), femurLow + 0.03f);
        vec3 top = g.positions.front();
        for (const auto& p : g.positions) {
            if (p.y > top.y) {
                top = p;
            }
        }
        EXPECT_LT(test::query("femur" + s).distance(top), 0.005f)
            << "the gastrocnemius's highest point is not on the femur";
        // Both heads: at the level of the femoral condyles the muscle lies on either side of the
        // knee's midline (the popliteal fossa between them).
        const float kneeX = centroid(test::structure("tibia" + s).mesh).x;
        bool medial = false, lateral = false;
        for (const auto& p : g.positions) {
            if (std::abs(p.y - (femurLow + 0.01f)) < 0.004f) {
                const float away = (p.x - kneeX) * (s == "_l" ? 1.0f : -1.0f);
                medial |= away < -0.012f;
                lateral |= away > 0.012f;
            }
        }
        EXPECT_TRUE(medial && lateral) << s << ": two heads expected at the condyles";
    }
}

TEST(MeshgenLegFoot, CalcanealTendonReachesTheBackOfTheHeel) {
    for (const char* side : kSides) {
        const std::string s(side);
        const vec3 a = ankle(s);
        const MeshQuery& foot = test::query("foot_bones" + s);
        float best = 1e9f;
        vec3 where(0.0f);
        for (const auto& p : test::structure("soleus" + s).mesh.positions) {
            const float d = foot.distance(p);
            if (d < best) {
                best = d;
                where = p;
            }
        }
        EXPECT_LT(best, 0.002f) << s << ": the calcaneal tendon does not reach the calcaneus";
        EXPECT_LT(where.z, a.z - 0.03f) << s << ": the insertion is not behind the ankle";
        EXPECT_LT(where.y, a.y - 0.02f) << s << ": the insertion is not below the ankle";
    }
}

TEST(MeshgenLegFoot, FootOfAdultLengthInFrontOfTheAnkle) {
    const Mesh& skin = test::structure("skin").mesh;
    for (const char* side : kSides) {
        const std::string s(side);
        const vec3 a = ankle(s);
        const float sx = s == "_l" ? 1.0f : -1.0f;
        float front = -1e9f, back = 1e9f;
        for (const auto& p : skin.positions) {
            if (p.x * sx <= 0.0f || p.y > a.y - 0.02f) {
                continue; // the other foot, or above the foot
            }
            front = std::max(front, p.z);
            back = std::min(back, p.z);
        }
        // Adult feet are about 22-27 cm long, the toes some 15-20 cm in front of the malleoli.
        EXPECT_GE(front - a.z, 0.14f) << s;
        EXPECT_LE(front - a.z, 0.21f) << s;
        EXPECT_GE(front - back, 0.21f) << s;
        EXPECT_LE(front - back, 0.28f) << s;
        // The foot's bones point the same way and reach to within 2 cm of the toes' skin.
        const Box bones = test::query("foot_bones" + s).box();
        EXPECT_GT(bones.hi.z, front - 0.02f) << s;
        EXPECT_LT(bones.lo.z, a.z - 0.03f) << s << ": no heel behind the ankle";
    }
}

TEST(MeshgenLegFoot, SkinCoversTheFootBonesDownToTheSole) {
    const MeshQuery& skin = test::query("skin");
    const Mesh& skinMesh = test::structure("skin").mesh;
    // The lowest point of the skin is under a foot: the sole, below the lowest bone.
    vec3 low = skinMesh.positions.front();
    for (const auto& p : skinMesh.positions) {
        if (p.y < low.y) {
            low = p;
        }
    }
    for (const char* side : kSides) {
        const Mesh& bones = test::structure(std::string("foot_bones") + side).mesh;
        size_t bare = 0;
        for (const auto& p : bones.positions) {
            bare += !skin.inside(p) || skin.distance(p) < 0.003f;
        }
        EXPECT_EQ(bare, 0u) << "foot_bones" << side << ": bone less than 3 mm under the skin";
        const float boneLow = lowestY(bones);
        EXPECT_LT(low.y, boneLow - 0.005f) << "no heel or ball pad under the bones";
        EXPECT_GT(low.y, boneLow - 0.03f);
    }
    const Box l = test::query("foot_bones_l").box(), r = test::query("foot_bones_r").box();
    const bool underLeft = low.x >= l.lo.x && low.x <= l.hi.x && low.z >= l.lo.z && low.z <= l.hi.z;
    const bool underRight =
        low.x >= r.lo.x && low.x <= r.hi.x && low.z >= r.lo.z && low.z <= r.hi.z;
    EXPECT_TRUE(underLeft || underRight) << "the skin's lowest point is not under a foot";
}

TEST(MeshgenLegFoot, AnkleLandmarksAndFootReferralsLandOnTheSkin) {
    for (const auto& l : test::atlas().landmarks) {
        if (l.id.rfind("lateral_malleolus", 0) != 0 && l.id.rfind("medial_malleolus", 0) != 0) {
            continue;
        }
        // Palpated over the bone: the skin point within 1.5 cm of it.
        EXPECT_LT(glm::length(l.skin - l.position), 0.015f) << l.id;
        // The foot's referral discs are centred 4 cm below each malleolus (referral.json,
        // sciatic_zone_foot): there the skin of the heel and instep must be near.
        const vec3 below = l.position - vec3(0.0f, 0.04f, 0.0f);
        EXPECT_LT(test::query("skin").distance(below), 0.025f) << l.id << ": no skin 4 cm below";
    }
}
