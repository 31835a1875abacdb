// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// Anatomy of the low back and the pelvic outlet (issue 17): the lumbar column on the sacrum, the
// sacroiliac joint, the sacrotuberous and sacrospinous ligaments, the nerves of the buttock and
// the quadratus lumborum and erector spinae. Every check works on the generated meshes and the
// landmarks, with figures from anatomy texts, never with the generator's own coordinates.
#include "atlas_fixture.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <sstream>

using namespace glutea::meshgen;
using glm::vec3;

namespace {

std::vector<float> hits(const std::string& node, vec3 origin, vec3 dir) {
    return test::query(node).rayHits(origin, glm::normalize(dir));
}

float firstHit(const std::string& node, vec3 origin, vec3 dir) {
    const auto h = hits(node, origin, dir);
    return h.empty() ? -1.0f : h.front();
}

const char* kSides[] = {"_l", "_r"};

// Rays "on the midline" run 1.5 mm beside it: exactly on the mirror plane they would graze the
// edges that the symmetric meshes have there.
constexpr float kMid = 0.0015f;

float side(const std::string& s) {
    return s == "_l" ? 1.0f : -1.0f;
}

} // namespace

// L3-L5 form one column of bodies and discs standing on the sacral base: a vertical line through
// the middle of the bodies (16 mm behind the promontory, half an adult body's depth) enters the
// column once at the top of L3 and leaves it once at the L5/S1 disc, just above the sacrum. Three
// bodies of 22-30 mm and three discs of 8-14 mm make it 90-130 mm tall.
TEST(MeshgenSpine, ColumnOfBodiesAndDiscsOnTheSacralBase) {
    const vec3 promontory = test::landmark("sacral_base");
    const Box lb = bounds(test::structure("lumbar_vertebrae").mesh);
    const vec3 top(kMid, lb.hi.y + 0.02f, promontory.z - 0.016f);
    const auto column = hits("lumbar_vertebrae", top, vec3(0, -1, 0));
    ASSERT_EQ(column.size(), 2u) << "the bodies and discs do not form one continuous column";
    const float height = column[1] - column[0];
    EXPECT_GT(height, 0.090f);
    EXPECT_LT(height, 0.130f);
    const float sacrum = firstHit("sacrum", top, vec3(0, -1, 0));
    ASSERT_GT(sacrum, 0.0f);
    EXPECT_GT(sacrum, column[1]) << "L5/S1 disc inside the sacrum";
    EXPECT_LT(sacrum - column[1], 0.003f) << "L5/S1 disc does not rest on the sacral base";
    // L5's lower front edge at the promontory.
    EXPECT_LT(test::query("lumbar_vertebrae").distance(promontory), 0.008f);
}

// Behind each body the vertebral canal is open: in each third of the column, a ray from behind on
// the midline crosses the spinous process and laminae, then 1 cm or more of canal, then the body.
TEST(MeshgenSpine, VertebralCanalBehindTheBodies) {
    const vec3 promontory = test::landmark("sacral_base");
    const Box lb = bounds(test::structure("lumbar_vertebrae").mesh);
    const auto column = hits("lumbar_vertebrae", vec3(kMid, lb.hi.y + 0.02f, promontory.z - 0.016f),
                             vec3(0, -1, 0));
    ASSERT_EQ(column.size(), 2u);
    const float top = lb.hi.y + 0.02f - column[0], height = column[1] - column[0];
    for (int k = 0; k < 3; ++k) {
        // Somewhere in each third (the arch is as tall as the body's upper part).
        float widest = 0.0f;
        for (float y = top - float(k) * height / 3.0f; y > top - float(k + 1) * height / 3.0f;
             y -= 0.002f) {
            const auto h = hits("lumbar_vertebrae", vec3(kMid, y, -0.4f), vec3(0, 0, 1));
            if (h.size() >= 4u) {
                widest = std::max(widest, h[2] - h[1]);
            }
        }
        EXPECT_GT(widest, 0.010f) << "no open vertebral canal behind body " << k + 1 << " of 3";
    }
    // Fits under the skin, which ends at the waist.
    const auto& skin = test::query("skin");
    int outside = 0;
    for (const char* id : {"lumbar_vertebrae", "erector_spinae_l", "quadratus_lumborum_l"}) {
        const auto& mesh = test::structure(id).mesh;
        for (size_t i = 0; i < mesh.positions.size(); i += 7) {
            outside += !skin.inside(mesh.positions[i]);
        }
    }
    EXPECT_EQ(outside, 0) << "vertices of the lumbar column or back muscles outside the skin";
}

// The L4/L5 disc lies at the level of the tops of the iliac crests (Tuffier's line): the column
// spans that level, with at least a body and a half above it and below it.
TEST(MeshgenSpine, IliacCrestsAtTheFourthLumbarInterspace) {
    const float crest = test::landmark("iliac_crest_top_l").y;
    const Box lb = bounds(test::structure("lumbar_vertebrae").mesh);
    EXPECT_GT(lb.hi.y - crest, 0.045f);
    EXPECT_GT(crest - lb.lo.y, 0.025f);
}

// The landmark "l5_spinous" is the skin over the lowest of the three spinous processes, found
// here as the runs of bone that reach furthest back along the midline, with the deep gaps of the
// interspinous spaces between them.
TEST(MeshgenSpine, L5SpinousLandmarkOverTheLowestSpinousProcess) {
    const Mesh& lumbar = test::structure("lumbar_vertebrae").mesh;
    constexpr float kBin = 0.003f;
    std::map<int, float> backmost; // y bin -> the smallest z (furthest back) of bone near x = 0
    for (const vec3& p : lumbar.positions) {
        if (std::abs(p.x) < 0.006f) {
            const int bin = int(std::floor(p.y / kBin));
            const auto it = backmost.find(bin);
            backmost[bin] = it == backmost.end() ? p.z : std::min(it->second, p.z);
        }
    }
    ASSERT_FALSE(backmost.empty());
    float tip = 0.0f;
    for (const auto& [bin, z] : backmost) {
        tip = std::min(tip, z);
    }
    // Runs of bins within 8 mm of the furthest point back: the spinous processes, lowest first. A
    // run may skip one bin (the lattice's vertices are sparse on the mirror plane); the spaces
    // between the processes are wider.
    std::vector<std::pair<float, float>> processes; // y from, to
    int last = 0;
    for (const auto& [bin, z] : backmost) {
        if (z > tip + 0.008f) {
            continue;
        }
        if (processes.empty() || bin > last + 2) {
            processes.emplace_back(float(bin) * kBin, float(bin + 1) * kBin);
        }
        processes.back().second = float(bin + 1) * kBin;
        last = bin;
    }
    ASSERT_EQ(processes.size(), 3u) << "spinous processes of L3, L4 and L5";
    const auto [from, to] = processes.front();
    for (const auto& lm : test::atlas().landmarks) {
        if (lm.id != "l5_spinous") {
            continue;
        }
        EXPECT_GE(lm.skin.y, from)
            << "skin point below L5's spinous process (" << from << "-" << to << ")";
        EXPECT_LE(lm.skin.y, to) << "skin point above L5's spinous process (" << from << "-" << to
                                 << "), level with the L4/L5 space or L4";
        EXPECT_LT(std::abs(lm.skin.x), 0.003f) << "on the midline";
        return;
    }
    ADD_FAILURE() << "no l5_spinous landmark";
}

TEST(MeshgenSpine, SacroiliacJointBetweenSacrumAndIlium) {
    for (const char* s : kSides) {
        const auto& mesh = test::structure(std::string("sacroiliac_joint") + s).mesh;
        ASSERT_FALSE(mesh.positions.empty());
        float toSacrum = 1.0f, toIlium = 1.0f;
        for (const auto& p : mesh.positions) {
            toSacrum = std::min(toSacrum, test::query("sacrum").distance(p));
            toIlium = std::min(toIlium, test::query(std::string("hip_bone") + s).distance(p));
        }
        EXPECT_LT(toSacrum, 0.002f);
        EXPECT_LT(toIlium, 0.002f);
        // In front of and below the PSIS, lateral to the sacral base: S1-S3.
        const Box b = bounds(mesh);
        const vec3 psis = test::landmark(std::string("psis") + s);
        EXPECT_GT(0.5f * (b.lo.z + b.hi.z), psis.z);
        EXPECT_LT(b.hi.y, test::landmark("sacral_base").y + 0.03f);
        EXPECT_GT(b.lo.y, test::landmark("sacral_apex").y);
    }
}

// Ligaments: the sacrotuberous reaches the ischial tuberosity, the sacrospinous the ischial spine;
// from behind the sacrotuberous always comes first (the sacrospinous lies in front of it).
TEST(MeshgenSpine, SacrospinousInFrontOfSacrotuberous) {
    for (const char* s : kSides) {
        const std::string st = std::string("sacrotuberous_ligament") + s,
                          ss = std::string("sacrospinous_ligament") + s;
        EXPECT_LT(test::query(st).distance(test::landmark(std::string("ischial_tuberosity") + s)),
                  0.016f);
        EXPECT_LT(test::query(st).distance(test::landmark("coccyx_tip")), 0.030f);
        EXPECT_LT(test::query(ss).distance(test::landmark(std::string("ischial_spine") + s)),
                  0.006f);
        int both = 0, wrong = 0;
        for (float x = 0.010f; x <= 0.070f; x += 0.004f) {
            for (float y = -0.030f; y <= 0.070f; y += 0.004f) {
                const vec3 o(side(s) * x, y, -0.4f);
                const float a = firstHit(st, o, vec3(0, 0, 1)), b = firstHit(ss, o, vec3(0, 0, 1));
                if (a > 0.0f && b > 0.0f) {
                    ++both;
                    wrong += b < a;
                }
            }
        }
        EXPECT_GT(both, 3) << "the two ligaments never overlap seen from behind on " << s;
        EXPECT_EQ(wrong, 0) << "sacrospinous behind the sacrotuberous on " << s;
    }
}

namespace {

// Vertices of `nerve` near the piriformis, each compared with the piriformis around it (its
// vertices at the same x within 2 mm): the nerve above the muscle's mean height there (above =
// true), or below it.
void expectBesidePiriformis(const std::string& nerve, const std::string& s, bool above,
                            float within = 0.006f) {
    const auto& n = test::structure(nerve + s).mesh;
    const auto& piri = test::structure("piriformis" + s).mesh;
    const auto& pq = test::query("piriformis" + s);
    int near = 0, wrong = 0;
    std::ostringstream where;
    for (const auto& v : n.positions) {
        if (pq.distance(v) > within) {
            continue;
        }
        float sum = 0.0f;
        int count = 0;
        for (const auto& p : piri.positions) {
            if (std::abs(p.x - v.x) < 0.002f) {
                sum += p.y;
                ++count;
            }
        }
        if (count == 0) {
            continue;
        }
        ++near;
        const float mean = sum / float(count);
        if (above ? v.y <= mean : v.y >= mean) {
            if (++wrong <= 3) {
                where << " (" << v.x << ", " << v.y << ", " << v.z << ")";
            }
        }
    }
    EXPECT_GT(near, 5) << nerve << s << " does not pass the piriformis";
    EXPECT_EQ(wrong, 0) << nerve << s << " not " << (above ? "above" : "below")
                        << " the piriformis:" << where.str();
}

} // namespace

// Through the greater sciatic foramen the superior gluteal nerve leaves above the piriformis, the
// inferior gluteal, posterior femoral cutaneous and pudendal nerves below it.
TEST(MeshgenButtockNerves, AboveAndBelowThePiriformis) {
    for (const char* s : kSides) {
        expectBesidePiriformis("superior_gluteal_nerve", s, true);
        expectBesidePiriformis("inferior_gluteal_nerve", s, false);
        // It leaves about a centimetre below the muscle's lower border, medial to the sciatic.
        expectBesidePiriformis("posterior_femoral_cutaneous_nerve", s, false, 0.012f);
    }
}

// Superior gluteal nerve forward between medius and minimus: from the side, over its course on
// the ilium, the medius is hit before the nerve and the nerve before the minimus.
TEST(MeshgenButtockNerves, SuperiorGlutealBetweenMediusAndMinimus) {
    for (const char* s : kSides) {
        const std::string sg = std::string("superior_gluteal_nerve") + s;
        const auto& mesh = test::structure(sg).mesh;
        int checked = 0, wrong = 0;
        const vec3 dir(-side(s), 0.0f, 0.0f); // from lateral, inward
        for (size_t i = 0; i < mesh.positions.size(); i += 5) {
            const vec3 v = mesh.positions[i];
            const vec3 o(v.x + side(s) * 0.15f, v.y, v.z);
            const float med = firstHit(std::string("gluteus_medius") + s, o, dir);
            const float min = firstHit(std::string("gluteus_minimus") + s, o, dir);
            const float nv = firstHit(sg, o, dir);
            if (med < 0.0f || min < 0.0f || nv < 0.0f) {
                continue;
            }
            ++checked;
            wrong += !(med < nv && nv < min + 0.002f);
        }
        EXPECT_GT(checked, 10) << sg << " does not run between the medius and minimus";
        EXPECT_LE(wrong, checked / 10) << sg << ": " << wrong << " of " << checked;
    }
}

// The pudendal nerve hooks round the ischial spine: behind it at its level, then forward below it
// (through the lesser sciatic foramen toward the perineum).
TEST(MeshgenButtockNerves, PudendalAroundTheIschialSpine) {
    for (const char* s : kSides) {
        const vec3 spine = test::landmark(std::string("ischial_spine") + s);
        const auto& mesh = test::structure(std::string("pudendal_nerve") + s).mesh;
        EXPECT_LT(test::query(std::string("pudendal_nerve") + s).distance(spine), 0.012f);
        float behind = 1.0f, forward = -1.0f, above = -1.0f;
        for (const auto& p : mesh.positions) {
            if (std::abs(p.y - spine.y) < 0.006f) {
                behind = std::min(behind, p.z);
            }
            if (p.y < spine.y - 0.025f) {
                forward = std::max(forward, p.z);
            }
            above = std::max(above, p.y);
        }
        EXPECT_LT(behind, spine.z) << "pudendal not behind the ischial spine";
        EXPECT_GT(forward, spine.z + 0.03f) << "pudendal does not run forward below the spine";
        EXPECT_GT(above, spine.y + 0.03f) << "pudendal does not come from the pelvis above";
    }
}

// No nerve runs inside a muscle (each muscle stays outside the nerves built before it).
TEST(MeshgenButtockNerves, NoNerveInsideAMuscle) {
    std::vector<const Structure*> muscles, nerves;
    for (const auto& s : test::atlas().structures) {
        if (s.kind == "muscle") {
            muscles.push_back(&s);
        }
        if (s.kind == "nerve") {
            nerves.push_back(&s);
        }
    }
    for (const auto* n : nerves) {
        int inside = 0;
        std::string in;
        for (size_t i = 0; i < n->mesh.positions.size(); i += 3) {
            const vec3 v = n->mesh.positions[i];
            for (const auto* m : muscles) {
                const Box& b = test::query(m->node).box();
                if (glm::any(glm::lessThan(v, b.lo)) || glm::any(glm::greaterThan(v, b.hi))) {
                    continue;
                }
                if (test::query(m->node).inside(v)) {
                    ++inside;
                    in = m->node + " at " + std::to_string(v.x) + ", " + std::to_string(v.y) +
                         ", " + std::to_string(v.z);
                }
            }
        }
        EXPECT_EQ(inside, 0) << n->node << ": vertices inside a muscle (" << in << ")";
    }
}

// Posterior femoral cutaneous nerve: down the middle of the back of the thigh to the popliteal
// fossa, behind the sciatic nerve and the hamstrings, under the skin.
TEST(MeshgenButtockNerves, PosteriorFemoralCutaneousDownTheThigh) {
    for (const char* s : kSides) {
        const std::string id = std::string("posterior_femoral_cutaneous_nerve") + s;
        const Box b = bounds(test::structure(id).mesh);
        const vec3 fossa = test::landmark(std::string("popliteal_fossa") + s);
        EXPECT_LT(b.lo.y, fossa.y + 0.06f) << id << " stops above the popliteal fossa";
        EXPECT_GT(b.hi.y, test::landmark(std::string("ischial_tuberosity") + s).y + 0.03f);
        const float mid =
            0.5f * (fossa.y + test::landmark(std::string("ischial_tuberosity") + s).y);
        // Nearest point of the nerve at mid-thigh: behind the sciatic nerve there.
        const vec3 at = test::query(id).closestPoint(vec3(fossa.x, mid, -0.3f));
        const float sciatic =
            firstHit(std::string("sciatic_nerve") + s, vec3(at.x, at.y, -0.4f), vec3(0, 0, 1));
        const float nerve = firstHit(id, vec3(at.x, at.y, -0.4f), vec3(0, 0, 1));
        ASSERT_GT(nerve, 0.0f);
        EXPECT_TRUE(sciatic < 0.0f || nerve < sciatic) << id << " not behind the sciatic nerve";
        EXPECT_LT(firstHit("skin", vec3(at.x, at.y, -0.4f), vec3(0, 0, 1)), nerve);
    }
}

// Erector spinae: columns beside the spinous processes and behind the transverse processes and
// laminae; the quadratus lumborum in front of it, lateral to the bodies, from the iliac crest.
TEST(MeshgenBackMuscles, ErectorBesideSpinousBehindTransverse) {
    const float crest = test::landmark("iliac_crest_top_l").y;
    for (const char* s : kSides) {
        const std::string es = std::string("erector_spinae") + s;
        int both = 0, wrong = 0;
        for (float x = 0.012f; x <= 0.060f; x += 0.004f) {
            for (float y = crest - 0.03f; y <= crest + 0.07f; y += 0.005f) {
                const vec3 o(side(s) * x, y, -0.4f);
                const float e = firstHit(es, o, vec3(0, 0, 1));
                const float v = firstHit("lumbar_vertebrae", o, vec3(0, 0, 1));
                if (e > 0.0f && v > 0.0f) {
                    ++both;
                    wrong += v < e;
                }
            }
        }
        EXPECT_GT(both, 20) << es << " does not cover the vertebral arches";
        EXPECT_EQ(wrong, 0) << "vertebral arch behind " << es;
        // At the midline the spinous processes come first, the erector lies to either side.
        int midline = 0;
        for (float y = crest - 0.02f; y <= crest + 0.05f; y += 0.01f) {
            const vec3 o(side(s) * kMid, y, -0.4f);
            const float tip = firstHit("lumbar_vertebrae", o, vec3(0, 0, 1));
            // Between two spinous processes the ray reaches the body in front: not a tip.
            if (tip < 0.0f || o.z + tip > test::landmark("sacral_base").z - 0.05f) {
                continue;
            }
            ++midline;
            EXPECT_LT(firstHit(es, o, vec3(0, 0, 1)), 0.0f) << es << " over the midline";
            const float beside =
                firstHit(es, vec3(o.x, y, o.z + tip + 0.008f), vec3(side(s), 0.0f, 0.0f));
            EXPECT_GT(beside, 0.0f) << es << " not beside the spinous process at y = " << y;
            EXPECT_LT(beside, 0.015f) << es << " far from the spinous process at y = " << y;
        }
        EXPECT_GE(midline, 3) << "no spinous processes met on the midline";
        const std::string ql = std::string("quadratus_lumborum") + s;
        const Box qb = bounds(test::structure(ql).mesh), eb = bounds(test::structure(es).mesh);
        EXPECT_GT(0.5f * (qb.lo.z + qb.hi.z), 0.5f * (eb.lo.z + eb.hi.z)) << ql << " not in front";
        EXPECT_GT(std::abs(0.5f * (qb.lo.x + qb.hi.x)), 0.045f) << ql << " not lateral";
        EXPECT_LT(
            test::query(ql).distance(test::landmark(std::string("iliac_crest_posterior") + s)),
            0.015f)
            << ql << " does not arise from the posterior iliac crest";
    }
}
