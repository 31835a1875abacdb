// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// The medial thigh (issue 17): obturator externus, pectineus, adductor longus, brevis and magnus,
// gracilis. Sites come from the landmarks and the bone meshes of the generated atlas (not from the
// generator's own points): attachments as content/structures.json gives them, the layers met by
// rays from the front and from the medial side, the adductor magnus in front of the hamstrings
// and the sciatic nerve, the obturator externus passing below the femoral neck.
#include "atlas_fixture.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

using namespace glutea::meshgen;
using glm::vec3;

namespace {

const char* kMuscles[] = {"obturator_externus", "pectineus",       "adductor_longus",
                          "adductor_brevis",    "adductor_magnus", "gracilis"};

vec3 lm(const std::string& id, const std::string& side) {
    return test::landmark(id + side);
}

vec3 mirrored(vec3 p, const std::string& side) {
    return side == "_r" ? vec3(-p.x, p.y, p.z) : p;
}

// The thigh's frame on one side: the hip joint centre and the knee (between the epicondyles).
struct Thigh {
    vec3 hip, knee;
    float length() const { return glm::length(knee - hip); }
    // Height at fraction f of the femur below the hip joint centre.
    float level(float f) const { return hip.y + (knee.y - hip.y) * f; }
};

Thigh thigh(const std::string& side) {
    return {lm("hip_joint_centre", side), 0.5f * (lm("femoral_medial_epicondyle", side) +
                                                  lm("femoral_lateral_epicondyle", side))};
}

float lateral(vec3 p, const std::string& side) {
    return side == "_r" ? -p.x : p.x;
}

} // namespace

// Origins on the pubis and ischium, insertions on the femur's back, the adductor tubercle and the
// tibia, each within 6 mm of the muscle surface.
TEST(MeshgenMedialThigh, AttachmentsOnTheirBones) {
    for (const std::string side : {"_l", "_r"}) {
        const Thigh t = thigh(side);
        const vec3 pt = lm("pubic_tubercle", side), it = lm("ischial_tuberosity", side),
                   lt = lm("lesser_trochanter", side), me = lm("femoral_medial_epicondyle", side);
        const vec3 medial = mirrored(vec3(-1, 0, 0), side);
        struct Site {
            const char* muscle;
            const char* bone;
            vec3 approx;
            const char* what;
        };
        const vec3 sy = test::landmark("pubic_symphysis");
        const Site sites[] = {
            // Front of the pubic body below the crest (the tubercle is on the crest's end).
            {"adductor_longus", "hip_bone", pt + vec3(0, -0.010f, 0.004f), "origin: pubic body"},
            {"pectineus", "hip_bone", pt + vec3(0, 0.012f, 0) - medial * 0.016f,
             "origin: pecten of the pubis"},
            // The ischiopubic ramus runs below the line from the symphysis to the tuberosity
            // (the obturator foramen lies above it).
            {"gracilis", "hip_bone", glm::mix(sy, it, 0.25f) + vec3(0, -0.025f, 0),
             "origin: inferior pubic ramus"},
            {"adductor_brevis", "hip_bone", glm::mix(sy, it, 0.3f) + vec3(0, -0.020f, 0),
             "origin: inferior pubic ramus"},
            {"adductor_magnus", "hip_bone", glm::mix(sy, it, 0.65f) + vec3(0, -0.020f, 0),
             "origin: ischial ramus"},
            {"adductor_magnus", "hip_bone", it + vec3(0, -0.006f, 0.006f),
             "origin: ischial tuberosity"},
            // Pectineal line: on the back of the femur below the lesser trochanter.
            {"pectineus", "femur", lt + vec3(0, -0.014f, 0.002f), "insertion: pectineal line"},
            // Adductor tubercle: above and behind the medial epicondyle.
            {"adductor_magnus", "femur", me + vec3(0, 0.020f, -0.006f) - medial * 0.004f,
             "insertion: adductor tubercle"},
            // Pes anserinus: the upper medial surface of the tibia, below the knee.
            {"gracilis", "tibia",
             vec3(me.x, t.knee.y, t.knee.z) + vec3(0, -0.060f, 0.020f) - medial * 0.022f,
             "insertion: upper medial tibia"},
            // Trochanteric fossa: medial to the greater trochanter, below its overhanging tip
            // and behind the neck.
            {"obturator_externus", "femur",
             lm("greater_trochanter", side) + medial * 0.016f + vec3(0, -0.024f, -0.008f),
             "insertion: trochanteric fossa"},
        };
        for (const auto& s : sites) {
            const std::string bone = std::string(s.bone) + side;
            const vec3 on = test::query(bone).closestPoint(s.approx);
            ASSERT_LT(glm::length(on - s.approx), 0.015f) << s.what << ": site not on " << bone;
            EXPECT_LE(test::query(std::string(s.muscle) + side).distance(on), 0.006f)
                << s.muscle << side << " " << s.what;
        }
    }
}

// Longus, brevis and magnus insert on the back of the femur (the linea aspera), each over its own
// stretch: brevis the upper third, longus the middle third, magnus from the top to the lower third.
TEST(MeshgenMedialThigh, InsertionsOnTheLineaAspera) {
    struct Stretch {
        const char* muscle;
        float from, to; // fractions of the femur below the hip joint centre
    };
    const Stretch stretches[] = {{"adductor_brevis", 0.24f, 0.30f},
                                 {"adductor_longus", 0.40f, 0.58f},
                                 {"adductor_magnus", 0.25f, 0.75f}};
    for (const std::string side : {"_l", "_r"}) {
        const Thigh t = thigh(side);
        const Mesh& femur = test::structure("femur" + side).mesh;
        for (const auto& s : stretches) {
            for (float f = s.from; f <= s.to + 1e-4f; f += 0.04f) {
                const float y = t.level(
                    f); // The femur's back at this level: its vertices behind the section's centre.
                float zMid = 0.0f;
                int n = 0;
                for (const auto& p : femur.positions) {
                    if (std::abs(p.y - y) < 0.004f) {
                        zMid += p.z;
                        ++n;
                    }
                }
                ASSERT_GT(n, 4) << "femur at y = " << y;
                zMid /= float(n);
                float best = 1e9f;
                for (const auto& p : femur.positions) {
                    if (std::abs(p.y - y) < 0.004f && p.z < zMid) {
                        best = std::min(best, test::query(s.muscle + side).distance(p));
                    }
                }
                EXPECT_LE(best, 0.005f) << s.muscle << side << " not on the back of the femur at "
                                        << f << " of its length (y = " << y << ")";
            }
        }
    }
}

// Seen from the front in the upper thigh, the longus comes before the brevis and the brevis
// before the magnus, wherever a ray meets two of them.
TEST(MeshgenMedialThigh, LongusBrevisMagnusFromTheFront) {
    const char* order[] = {"adductor_longus", "adductor_brevis", "adductor_magnus"};
    for (const std::string side : {"_l", "_r"}) {
        const Thigh t = thigh(side);
        int compared = 0, allThree = 0, wrong = 0;
        for (float f = 0.18f; f <= 0.34f; f += 0.04f) {
            for (float dx = -0.070f; dx <= -0.010f; dx += 0.005f) {
                const vec3 o = t.hip + mirrored(vec3(dx, 0, 0), side);
                const vec3 from(o.x, t.level(f), 0.5f);
                std::vector<float> hit;
                for (const char* id : order) {
                    const auto h = test::query(id + side).rayHits(from, vec3(0, 0, -1));
                    hit.push_back(h.empty() ? -1.0f : h.front());
                }
                int met = 0;
                for (int a = 0; a < 3; ++a) {
                    met += hit[a] >= 0;
                    for (int b = a + 1; b < 3; ++b) {
                        if (hit[a] >= 0 && hit[b] >= 0) {
                            ++compared;
                            wrong += hit[a] > hit[b];
                        }
                    }
                }
                allThree += met == 3;
            }
        }
        EXPECT_GT(compared, 20) << side;
        EXPECT_GE(allThree, 1) << side;
        EXPECT_EQ(wrong, 0) << side << ": pairs out of order, of " << compared;
    }
}

// Gracilis: the most medial of them at every level of the thigh, and the first muscle a ray from
// the medial side meets (nothing but skin over it).
TEST(MeshgenMedialThigh, GracilisMostMedialAndSuperficial) {
    for (const std::string side : {"_l", "_r"}) {
        const Thigh t = thigh(side);
        for (float f = 0.25f; f <= 0.70f; f += 0.05f) {
            const float y = t.level(f);
            auto innermost = [&](const std::string& node) {
                float m = 1e9f;
                for (const auto& p : test::structure(node).mesh.positions) {
                    if (std::abs(p.y - y) < 0.005f) {
                        m = std::min(m, lateral(p, side));
                    }
                }
                return m;
            };
            const float g = innermost("gracilis" + side);
            ASSERT_LT(g, 1.0f) << "gracilis absent at " << f;
            for (const char* id : {"adductor_longus", "adductor_brevis", "adductor_magnus"}) {
                EXPECT_LT(g, innermost(id + side))
                    << "gracilis not medial to " << id << " at " << f;
            }
            // From the midline outward at the gracilis's own height and depth.
            float z = 0.0f;
            int n = 0;
            for (const auto& p : test::structure("gracilis" + side).mesh.positions) {
                if (std::abs(p.y - y) < 0.005f) {
                    z += p.z;
                    ++n;
                }
            }
            z /= float(n);
            const vec3 o(0.0f, y, z), dir = mirrored(vec3(1, 0, 0), side);
            const auto gh = test::query("gracilis" + side).rayHits(o, dir);
            ASSERT_FALSE(gh.empty()) << "medial ray misses the gracilis at " << f;
            for (const auto& s : test::atlas().structures) {
                if (s.kind != "muscle" || s.node == "gracilis" + side) {
                    continue;
                }
                const auto h = test::query(s.node).rayHits(o, dir);
                EXPECT_TRUE(h.empty() || h.front() > gh.front())
                    << s.node << " medial to the gracilis at " << f;
            }
        }
    }
}

// Adductor magnus: in front of the hamstrings and the sciatic nerve (rays from behind meet them
// first), and no muscle of the group pierces the bones, the nerves or the hamstrings.
TEST(MeshgenMedialThigh, MagnusInFrontOfHamstringsAndNerve) {
    const char* behind[] = {"semimembranosus", "semitendinosus", "biceps_femoris_long_head",
                            "sciatic_nerve"};
    for (const std::string side : {"_l", "_r"}) {
        const Thigh t = thigh(side);
        int compared = 0, wrong = 0;
        for (float f = 0.15f; f <= 0.70f; f += 0.05f) {
            for (float dx = -0.070f; dx <= 0.030f; dx += 0.005f) {
                const vec3 o = t.hip + mirrored(vec3(dx, 0, 0), side);
                const vec3 from(o.x, t.level(f), -0.5f);
                const auto m = test::query("adductor_magnus" + side).rayHits(from, vec3(0, 0, 1));
                if (m.empty()) {
                    continue;
                }
                for (const char* id : behind) {
                    const auto h = test::query(id + side).rayHits(from, vec3(0, 0, 1));
                    if (h.empty()) {
                        continue;
                    }
                    ++compared;
                    wrong += h.front() > m.front();
                }
            }
        }
        EXPECT_GT(compared, 30) << side;
        EXPECT_EQ(wrong, 0) << side << ": rays from behind meeting the magnus first, of "
                            << compared;
    }
    for (const std::string side : {"_l", "_r"}) {
        for (const char* muscle : kMuscles) {
            const Mesh& mesh = test::structure(muscle + side).mesh;
            for (const char* other :
                 {"femur", "hip_bone", "tibia", "sciatic_nerve", "semimembranosus",
                  "semitendinosus", "biceps_femoris_long_head"}) {
                const auto& q = test::query(other + side);
                int inside = 0;
                for (size_t i = 0; i < mesh.positions.size(); i += 3) {
                    inside += q.inside(mesh.positions[i]);
                }
                EXPECT_EQ(inside, 0) << muscle << side << " vertices inside " << other << side;
            }
        }
    }
}

// Obturator externus: from around the obturator foramen (between the pubic tubercle and the
// ischial tuberosity, medial to the hip joint) below the femoral neck to the trochanteric fossa.
TEST(MeshgenMedialThigh, ObturatorExternusPassesBelowTheFemoralNeck) {
    for (const std::string side : {"_l", "_r"}) {
        const vec3 hip = lm("hip_joint_centre", side), gt = lm("greater_trochanter", side);
        const Mesh& oe = test::structure("obturator_externus" + side).mesh;
        const Box b = bounds(oe);
        // Its fan starts medial to the hip joint, over the foramen.
        const float innermost = side == "_r" ? -b.hi.x : b.lo.x;
        EXPECT_LT(innermost, lateral(hip, side) - 0.035f)
            << side; // Midway between the pubic tubercle and the ischial tuberosity lies the
                     // foramen itself
        // (no bone within a centimetre), which the muscle covers from outside.
        const vec3 foramen =
            glm::mix(lm("pubic_tubercle", side), lm("ischial_tuberosity", side), 0.5f);
        ASSERT_GT(test::query("hip_bone" + side).distance(foramen), 0.010f)
            << "no foramen between the pubic tubercle and the ischial tuberosity";
        EXPECT_LE(test::query("obturator_externus" + side).distance(foramen), 0.004f)
            << "does not cover the obturator foramen";
        // Under the neck: in a slab across the neck (from the head's edge halfway to the
        // trochanter), every vertex of the muscle is below the neck's centre line.
        const float x0 = lateral(hip, side) + 0.024f,
                    x1 = 0.5f * (lateral(hip, side) + lateral(gt, side)) + 0.004f;
        float neckY = 0.0f;
        int n = 0;
        for (const auto& p : test::structure("femur" + side).mesh.positions) {
            const float x = lateral(p, side);
            if (x > x0 && x < x1 && p.y > hip.y - 0.045f) {
                neckY += p.y;
                ++n;
            }
        }
        ASSERT_GT(n, 10);
        neckY /= float(n);
        int m = 0;
        for (const auto& p : oe.positions) {
            const float x = lateral(p, side);
            if (x > x0 && x < x1) {
                ++m;
                EXPECT_LT(p.y, neckY) << "obturator externus above the neck's centre at x " << p.x;
            }
        }
        EXPECT_GT(m, 3) << "obturator externus does not cross under the neck";
    }
}
