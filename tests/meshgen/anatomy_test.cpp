// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// Anatomical checks of issue 3: attachments, layering seen from behind, course of the sciatic
// nerve.
#include "atlas_fixture.h"
#include "meshgen/proportions.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <sstream>

using namespace glutea::meshgen;
using glm::vec3;

namespace {

// Point on `bone` nearest to an approximate attachment site: the attachment is then on the bone by
// construction and the test measures how far the muscle surface is from it.
vec3 onBone(const std::string& bone, vec3 approx) {
    return test::query(bone).closestPoint(approx);
}

// First hit of every structure along a ray, by node.
std::map<std::string, float> firstHits(vec3 origin, vec3 dir) {
    std::map<std::string, float> out;
    for (const auto& s : test::atlas().structures) {
        const auto hits = test::query(s.node).rayHits(origin, dir);
        if (!hits.empty())
            out[s.node] = hits.front();
    }
    return out;
}

// A probe point written in the design frame of the generator's sources (proportions.h), carried
// into the atlas frame; sx < 0 gives the right side.
vec3 mirror(vec3 p, float sx) {
    return vec3(sx * p.x, p.y, p.z);
}

} // namespace

TEST(MeshgenAnatomy, MusclesReachOriginAndInsertionWithin5mm) {
    struct Attachment {
        const char* muscle;
        const char* bone;
        vec3 site; // left side; the landmark or approximate site on the bone
        const char* what;
    };
    const Attachment table[] = {
        {"gluteus_maximus", "hip_bone", test::landmark("psis_l") + vec3(0.004f, 0.012f, -0.002f),
         "origin: posterior ilium at the PSIS"},
        {"gluteus_maximus", "sacrum", test::landmark("sacral_border_lower_l"),
         "origin: sacral border"},
        {"gluteus_maximus", "femur", test::landmark("gluteal_tuberosity_l"),
         "insertion: gluteal tuberosity"},
        {"gluteus_medius", "hip_bone", toAtlas(vec3(0.100f, 0.140f, -0.010f)),
         "origin: outer ilium under the crest"},
        {"gluteus_medius", "femur", test::landmark("greater_trochanter_lateral_l"),
         "insertion: lateral greater trochanter"},
        {"gluteus_minimus", "hip_bone", toAtlas(vec3(0.118f, 0.085f, 0.010f)),
         "origin: outer ilium, lower"},
        {"gluteus_minimus", "femur", toAtlas(vec3(0.136f, -0.006f, 0.012f)),
         "insertion: anterior greater trochanter"},
        {"piriformis", "sacrum", toAtlas(vec3(0.020f, 0.066f, -0.036f)),
         "origin: pelvic surface of the sacrum"},
        {"piriformis", "femur", test::landmark("greater_trochanter_l"),
         "insertion: upper greater trochanter"},
    };
    for (const auto& a : table)
        for (const char* side : {"_l", "_r"}) {
            vec3 site = a.site;
            if (std::string(side) == "_r")
                site.x = -site.x;
            const std::string bone = std::string(a.bone) == "sacrum" ? std::string("sacrum")
                                                                     : std::string(a.bone) + side;
            const vec3 p = onBone(bone, site);
            ASSERT_LT(glm::length(p - site), 0.012f) << a.what << ": site not on " << bone;
            EXPECT_LE(test::query(std::string(a.muscle) + side).distance(p), 0.005f)
                << a.muscle << side << " " << a.what;
        }
}

TEST(MeshgenAnatomy, UpperButtockLayersFromBehind) {
    for (float sx : {1.0f, -1.0f}) {
        const char* s = sx > 0 ? "_l" : "_r";
        const auto h = firstHits(mirror(toAtlas(vec3(0.100f, 0.085f, -0.5f)), sx), vec3(0, 0, 1));
        const char* order[] = {"skin", "gluteus_maximus", "gluteus_medius", "gluteus_minimus",
                               "hip_bone"};
        float last = -1.0f;
        for (const char* id : order) {
            const std::string node = std::string(id) == "skin" ? "skin" : std::string(id) + s;
            ASSERT_TRUE(h.count(node)) << "ray through the upper buttock misses " << node;
            EXPECT_GT(h.at(node), last) << node << " out of order";
            last = h.at(node);
        }
    }
}

TEST(MeshgenAnatomy, LowerButtockMaximusBeforePiriformisAndNerve) {
    for (float sx : {1.0f, -1.0f}) {
        const std::string s = sx > 0 ? "_l" : "_r";
        const auto h = firstHits(mirror(toAtlas(vec3(0.085f, 0.030f, -0.5f)), sx), vec3(0, 0, 1));
        ASSERT_TRUE(h.count("gluteus_maximus" + s) && h.count("piriformis" + s));
        EXPECT_LT(h.at("gluteus_maximus" + s), h.at("piriformis" + s));
        const auto n = firstHits(mirror(toAtlas(vec3(0.090f, -0.040f, -0.5f)), sx), vec3(0, 0, 1));
        ASSERT_TRUE(n.count("gluteus_maximus" + s) && n.count("sciatic_nerve" + s));
        EXPECT_LT(n.at("gluteus_maximus" + s), n.at("sciatic_nerve" + s));
        EXPECT_LT(n.at("skin"), n.at("gluteus_maximus" + s));
    }
}

TEST(MeshgenAnatomy, SciaticNerveCourse) {
    const Mesh& nerve = test::structure("sciatic_nerve_l").mesh;
    const Mesh& piri = test::structure("piriformis_l").mesh;
    const vec3 exit = test::landmark("sciatic_exit_l");
    EXPECT_LE(test::query("sciatic_nerve_l").distance(exit), 0.005f)
        << "nerve misses its exit landmark";
    // Below the piriformis where it leaves the pelvis: in the slab around the exit, the top of the
    // nerve trunk is under the bottom of the piriformis.
    float nerveTop = -1.0f, piriBottom = 1.0f;
    for (const auto& p : nerve.positions)
        if (std::abs(p.x - exit.x) < 0.006f && p.y < 0.04f)
            nerveTop = std::max(nerveTop, p.y);
    for (const auto& p : piri.positions)
        if (std::abs(p.x - exit.x) < 0.006f)
            piriBottom = std::min(piriBottom, p.y);
    EXPECT_LT(nerveTop, piriBottom) << "nerve must leave below the piriformis";
    // Between greater trochanter and ischial tuberosity at the tuberosity's level.
    const vec3 gt = test::landmark("greater_trochanter_lateral_l"),
               it = test::landmark("ischial_tuberosity_l");
    int n = 0;
    for (const auto& p : nerve.positions)
        if (std::abs(p.y - it.y) < 0.005f) {
            ++n;
            EXPECT_GT(p.x, it.x);
            EXPECT_LT(p.x, gt.x);
        }
    EXPECT_GT(n, 10);
    // Behind the femur in the thigh.
    const Mesh& femur = test::structure("femur_l").mesh;
    for (float y = toAtlas(vec3(0.09f, -0.30f, 0.0f)).y; y <= toAtlas(vec3(0.09f, -0.12f, 0.0f)).y;
         y += 0.03f) {
        float femurBack = 1.0f, nerveFront = -1.0f;
        for (const auto& p : femur.positions)
            if (std::abs(p.y - y) < 0.004f)
                femurBack = std::min(femurBack, p.z);
        for (const auto& p : nerve.positions)
            if (std::abs(p.y - y) < 0.004f)
                nerveFront = std::max(nerveFront, p.z);
        EXPECT_LT(nerveFront, femurBack) << "nerve not behind the femur at y = " << y;
    }
    // Divides above the knee: the branches start at the popliteal fossa and reach the leg.
    EXPECT_LT(bounds(test::structure("tibial_nerve_l").mesh).lo.y, -0.6f);
    EXPECT_LT(bounds(test::structure("common_fibular_nerve_l").mesh).lo.y, -0.6f);
    EXPECT_GT(bounds(nerve).lo.y, test::landmark("femoral_lateral_epicondyle_l").y);
}

// Above the lower border of the piriformis the sciatic nerve is still inside the pelvis: its roots
// lie on the pelvic (anterior) surface of the sacrum and of the piriformis. Seen from behind, that
// part must be hidden behind the piriformis, the sacrum or the hip bone.
TEST(MeshgenAnatomy, SciaticRootsDeepToPiriformis) {
    for (float sx : {1.0f, -1.0f}) {
        const std::string s = sx > 0 ? "_l" : "_r";
        const Mesh& nerve = test::structure("sciatic_nerve" + s).mesh;
        const Mesh& piri = test::structure("piriformis" + s).mesh;
        const auto pb = bounds(piri);
        // Lower border of the piriformis at x (clamped to the muscle's own extent).
        auto border = [&](float x) {
            x = std::clamp(x, pb.lo.x + 0.002f, pb.hi.x - 0.002f);
            float lo = 1.0f;
            for (const auto& p : piri.positions)
                if (std::abs(p.x - x) < 0.0015f)
                    lo = std::min(lo, p.y);
            return lo;
        };
        const auto nb = bounds(nerve);
        const std::string covers[] = {"piriformis" + s, "sacrum", "hip_bone" + s};
        int checked = 0, exposed = 0, behind = 0;
        std::ostringstream where;
        for (float y = nb.hi.y; y > nb.lo.y; y -= 0.002f)
            for (float x = nb.lo.x; x < nb.hi.x; x += 0.002f) {
                // 1.5 mm (the piriformis's mesh step) above the border: just under its rounded
                // lower edge the nerve is leaving the pelvis and may show.
                if (y <= border(x) + 0.0015f)
                    continue;
                const vec3 o(x, y, -0.5f);
                const auto hits = test::query("sciatic_nerve" + s).rayHits(o, vec3(0, 0, 1));
                // Rays that cross the nerve's body (not grazing its edge): the midpoint of the
                // first crossing is a point of the nerve's core.
                if (hits.size() < 2 || hits[1] - hits[0] < 0.002f)
                    continue;
                ++checked;
                const float centreZ = o.z + 0.5f * (hits[0] + hits[1]);
                float cover = 1e9f;
                for (const auto& c : covers) {
                    const auto h = test::query(c).rayHits(o, vec3(0, 0, 1));
                    if (!h.empty())
                        cover = std::min(cover, h.front());
                }
                const auto ph = test::query("piriformis" + s).rayHits(o, vec3(0, 0, 1));
                const bool seen = cover >= hits[0];
                // In front of the piriformis, not in a tunnel through it: the ray has crossed the
                // whole muscle (an even number of its surfaces) before it reaches the nerve.
                const auto crossed =
                    std::count_if(ph.begin(), ph.end(), [&](float t) { return t < hits[0]; });
                const bool back = !ph.empty() && (centreZ <= o.z + ph.front() || crossed % 2 != 0);
                exposed += seen;
                behind += back;
                if ((seen || back) && exposed + behind <= 5)
                    where << " (" << x << ", " << y << ", " << centreZ << ")";
            }
        EXPECT_EQ(exposed, 0) << "sciatic_nerve" << s << " points above the piriformis's lower "
                              << "border visible from behind, of " << checked << ":" << where.str();
        EXPECT_EQ(behind, 0) << "sciatic_nerve" << s << " points behind or inside the "
                             << "piriformis, of " << checked << ":" << where.str();
        EXPECT_GT(checked, 40) << "too few root points checked on " << s;
    }
}

// Each palpable landmark's skin point is where a hand finds the bone: near it, on its own side of
// the body rather than drawn toward the midline, with no other bone between. The ischial
// tuberosity's nearest skin is on the perineum; its skin point must stay in line with the bone (a
// clinician feels it from below and behind at the gluteal fold). The popliteal fossa is behind the
// knee at the level of its crease.
TEST(MeshgenLandmarks, SkinPointsOverTheirBones) {
    const char* palpable[] = {"asis",
                              "psis",
                              "iliac_crest_top",
                              "iliac_tubercle",
                              "iliac_crest_posterior",
                              "ischial_tuberosity",
                              "pubic_tubercle",
                              "greater_trochanter",
                              "greater_trochanter_lateral",
                              "femoral_lateral_epicondyle",
                              "femoral_medial_epicondyle",
                              "lateral_malleolus",
                              "medial_malleolus",
                              "popliteal_fossa",
                              "sacral_border_lower"};
    const std::string bones[] = {"hip_bone_l", "hip_bone_r", "femur_l", "femur_r", "sacrum"};
    for (const auto& lm : test::atlas().landmarks) {
        const std::string bare = lm.id.substr(0, lm.id.size() - 2);
        if (std::find(std::begin(palpable), std::end(palpable), bare) == std::end(palpable))
            continue;
        const float depth = glm::length(lm.skin - lm.position);
        // The generated skin lies over a thick layer of fat (the crest and the tuberosity about
        // 7-8 cm deep): a bound on that, not a clinical depth.
        EXPECT_LT(depth, 0.085f) << lm.id << ": skin point " << depth << " m from the bone";
        EXPECT_GE(lm.skin.x * lm.position.x, 0.0f) << lm.id << ": skin point on the other side";
        EXPECT_GE(std::abs(lm.skin.x), 0.015f) << lm.id << ": skin point drawn into the midline (x "
                                               << lm.skin.x << ", bone at " << lm.position.x << ")";
        const vec3 dir = glm::normalize(lm.skin - lm.position);
        for (const auto& b : bones) {
            if (b == lm.structure)
                continue;
            const auto hits = test::query(b).rayHits(lm.position, dir);
            EXPECT_TRUE(hits.empty() || hits.front() > depth)
                << lm.id << ": " << b << " lies between the bone and its skin point";
        }
    }
    for (const char* side : {"_l", "_r"}) {
        const vec3 it = test::landmark(std::string("ischial_tuberosity") + side);
        vec3 skin{};
        for (const auto& lm : test::atlas().landmarks)
            if (lm.id == std::string("ischial_tuberosity") + side)
                skin = lm.skin;
        EXPECT_NEAR(skin.x, it.x, 0.01f) << "ischial tuberosity skin point not over the bone";
        EXPECT_LT(skin.z, it.z) << "ischial tuberosity skin point not behind/below the bone";
        // Popliteal fossa: level with the knee (the femoral epicondyles), behind the femur.
        const vec3 pf = test::landmark(std::string("popliteal_fossa") + side);
        const float knee =
            0.5f * (test::landmark(std::string("femoral_lateral_epicondyle") + side).y +
                    test::landmark(std::string("femoral_medial_epicondyle") + side).y);
        EXPECT_NEAR(pf.y, knee, 0.03f) << "popliteal fossa not at knee level";
        const Box fb = bounds(test::structure(std::string("femur") + side).mesh);
        float back = 1.0f;
        for (const auto& p : test::structure(std::string("femur") + side).mesh.positions)
            if (std::abs(p.y - pf.y) < 0.01f)
                back = std::min(back, p.z);
        EXPECT_LT(pf.z, back) << "popliteal fossa not behind the femur";
        EXPECT_GT(pf.y, fb.lo.y - 0.03f);
    }
}
