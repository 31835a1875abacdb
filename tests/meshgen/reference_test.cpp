// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// The generated atlas against the Visible Human Female (issue 17): segment proportions, each
// muscle's place and size, and the layers seen from behind. Reference numbers are computed here
// from ../shared/anatomy-reference at run time; the test skips (visibly) when it is absent.
#include "atlas_fixture.h"
#include "reference.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>

using namespace glutea::meshgen;
using glm::dvec3;

namespace {

#define NEED_REFERENCE()                                                                           \
    const test::Reference* ref = test::reference();                                                \
    if (!ref)                                                                                      \
        GTEST_SKIP() << "reference data not found at " << test::referenceDir()                     \
                     << " (it lives outside the repository)";

// The model's own segments, measured the way the reference's are.
struct Segments {
    dvec3 hipL, knee, ankle;
    double hipWidth, femur, shank;
};

Segments ours() {
    Segments s;
    s.hipL = dvec3(test::landmark("hip_joint_centre_l"));
    s.hipWidth = glm::length(s.hipL - dvec3(test::landmark("hip_joint_centre_r")));
    // The distal femur's articular end (its lowest 25 mm, the condyles the cartilage covers).
    s.knee = test::lowestBandCentroid(test::structure("femur_l").mesh, 0.025);
    s.ankle = test::lowestBandCentroid(test::structure("tibia_l").mesh, 0.010);
    s.femur = glm::length(s.knee - s.hipL);
    s.shank = glm::length(s.ankle - s.knee);
    return s;
}

// A reference offset from the left hip joint centre mapped onto the model: across (x, z) and above
// the hip by the ratio of hip widths; in the thigh by the ratio of femur lengths and in the leg by
// the ratio of shank lengths. Below the knee, across is taken from the knee-to-ankle axis of each
// (the reference's shank slants inward to ankles 4 cm apart, the model's stands nearly upright):
// a calf muscle is measured where it lies on its own leg.
dvec3 mapOffset(const test::Reference& r, const Segments& s, dvec3 d) {
    const double w = s.hipWidth / r.hipWidth;
    const double kneeY = r.knee.y - r.hipL.y;
    double y = d.y * w;
    if (d.y < 0.0 && d.y >= kneeY) {
        y = d.y * s.femur / r.femur;
    } else if (d.y < kneeY) {
        y = -s.femur + (d.y - kneeY) * s.shank / r.shank;
        const double t = (d.y - kneeY) / (r.ankle.y - r.knee.y);
        const dvec3 refAxis = r.knee + t * (r.ankle - r.knee) - r.hipL;
        const dvec3 ourAxis = s.knee + t * (s.ankle - s.knee) - s.hipL;
        return dvec3(ourAxis.x + (d.x - refAxis.x) * w, y, ourAxis.z + (d.z - refAxis.z) * w);
    }
    return dvec3(d.x * w, y, d.z * w);
}

// Muscles known to miss a tolerance, with the figure measured when they were listed.
// (Each is also named in the report; none silently.)
const std::map<std::string, std::string> kCentroidExceptions = {
    // Measured 2026-12-01: 0.129 (x +0.113, y -0.025, z +0.056). This pelvis's greater sciatic
    // foramen lies lower and more lateral than the reference's, so the belly that fills it does
    // too; needs the hip bone's notch reshaped.
    {"piriformis", "0.129 hip widths, mostly lateral (the model's sciatic foramen)"}};
const std::map<std::string, std::string> kVolumeExceptions = {};

std::vector<std::string> sharedMuscles(const test::Reference& r) {
    std::vector<std::string> ids;
    for (const auto& s : test::atlas().structures) {
        if (s.kind == "muscle" && s.node.size() > 2 && s.node.substr(s.node.size() - 2) == "_l" &&
            r.muscles.count(s.id)) {
            ids.push_back(s.id);
        }
    }
    return ids;
}

} // namespace

TEST(MeshgenProportions, SegmentRatiosInAdultRangeNearReference) {
    NEED_REFERENCE();
    const Segments s = ours();
    const double refHip = ref->hipWidth / ref->femur, refShank = ref->shank / ref->femur;
    const double hip = s.hipWidth / s.femur, shank = s.shank / s.femur;
    std::printf("hip width / femur: model %.3f (%.0f / %.0f mm), reference %.3f (%.0f / %.0f mm)\n",
                hip, s.hipWidth * 1e3, s.femur * 1e3, refHip, ref->hipWidth * 1e3,
                ref->femur * 1e3);
    std::printf("shank / femur:     model %.3f (%.0f mm), reference %.3f (%.0f mm)\n", shank,
                s.shank * 1e3, refShank, ref->shank * 1e3);
    // Adult ranges (hip joint centre distance / femur length about 0.42-0.55; tibia / femur about
    // 0.80-0.90), and within 10 % of this subject.
    EXPECT_GE(hip, 0.42);
    EXPECT_LE(hip, 0.55);
    EXPECT_GE(shank, 0.80);
    EXPECT_LE(shank, 0.90);
    EXPECT_NEAR(hip / refHip, 1.0, 0.10);
    EXPECT_NEAR(shank / refShank, 1.0, 0.10);
}

TEST(MeshgenProportions, MuscleCentroidsWithin008HipWidthsOfReference) {
    NEED_REFERENCE();
    const Segments s = ours();
    const auto ids = sharedMuscles(*ref);
    ASSERT_GE(ids.size(), 10u) << "too few muscles shared with the reference";
    for (const auto& id : ids) {
        const dvec3 refOffset =
            mapOffset(*ref, s, test::volumeCentroid(ref->muscles.at(id)) - ref->hipL);
        const dvec3 ourOffset = test::volumeCentroid(test::structure(id + "_l").mesh) - s.hipL;
        const dvec3 off = (ourOffset - refOffset) / s.hipWidth;
        const double err = glm::length(off);
        std::printf("%-26s centroid off by %.3f hip widths (x %+.3f y %+.3f z %+.3f)\n", id.c_str(),
                    err, off.x, off.y, off.z);
        if (kCentroidExceptions.count(id)) {
            std::printf("  known exception: %s\n", kCentroidExceptions.at(id).c_str());
            continue;
        }
        EXPECT_LE(err, 0.08) << id << " centroid off by " << err << " hip widths (x " << off.x
                             << ", y " << off.y << ", z " << off.z << ")";
    }
}

TEST(MeshgenProportions, MuscleVolumeSharesWithin20PercentOfReference) {
    NEED_REFERENCE();
    const auto ids = sharedMuscles(*ref);
    double refSum = 0, ourSum = 0;
    std::map<std::string, double> refV, ourV;
    for (const auto& id : ids) {
        test::volumeCentroid(ref->muscles.at(id), &refV[id]);
        ourV[id] = signedVolume(test::structure(id + "_l").mesh);
        refSum += refV[id];
        ourSum += ourV[id];
    }
    for (const auto& id : ids) {
        const double r = (ourV[id] / ourSum) / (refV[id] / refSum);
        std::printf("%-26s volume share %.4f, reference %.4f (ratio %.2f)\n", id.c_str(),
                    ourV[id] / ourSum, refV[id] / refSum, r);
        if (kVolumeExceptions.count(id)) {
            std::printf("  known exception: %s\n", kVolumeExceptions.at(id).c_str());
            continue;
        }
        EXPECT_NEAR(r, 1.0, 0.20) << id << " volume share " << ourV[id] / ourSum << " vs reference "
                                  << refV[id] / refSum;
    }
}

// Rays from behind on a grid over the buttock: where the model and the (scaled) reference both
// meet two of the gluteal muscles and the piriformis, they meet them in the same order.
TEST(MeshgenProportions, LayersFromBehindAsInReference) {
    NEED_REFERENCE();
    const Segments s = ours();
    const char* ids[] = {"gluteus_maximus", "gluteus_medius", "gluteus_minimus", "piriformis"};
    // The reference muscles moved onto the model: offsets from the hip centre scaled by hip width.
    std::vector<Mesh> scaled;
    for (const char* id : ids) {
        Mesh m = ref->muscles.at(id);
        for (auto& p : m.positions) {
            p = glm::vec3(s.hipL + (dvec3(p) - ref->hipL) * (s.hipWidth / ref->hipWidth));
        }
        scaled.push_back(std::move(m));
    }
    std::vector<std::unique_ptr<MeshQuery>> refQ;
    for (const auto& m : scaled) {
        refQ.push_back(std::make_unique<MeshQuery>(m));
    }
    auto order = [](const std::vector<float>& first) {
        std::vector<int> o;
        for (int i = 0; i < 4; ++i) {
            if (first[i] >= 0) {
                o.push_back(i);
            }
        }
        std::sort(o.begin(), o.end(), [&](int a, int b) { return first[a] < first[b]; });
        return o;
    };
    int compared = 0, disagree = 0, mmm = 0, mmmOurs = 0;
    std::string where;
    for (double v = -0.25; v <= 0.80; v += 0.05) {
        for (double u = -0.40; u <= 0.45; u += 0.05) {
            const glm::vec3 o(float(s.hipL.x + u * s.hipWidth), float(s.hipL.y + v * s.hipWidth),
                              -0.6f);
            std::vector<float> r(4, -1.0f), m(4, -1.0f);
            for (int i = 0; i < 4; ++i) {
                const auto hr = refQ[i]->rayHits(o, glm::vec3(0, 0, 1));
                if (!hr.empty()) {
                    r[i] = hr.front();
                }
                const auto hm =
                    test::query(std::string(ids[i]) + "_l").rayHits(o, glm::vec3(0, 0, 1));
                if (!hm.empty()) {
                    m[i] = hm.front();
                }
            }
            // Pairs met by both, compared in order.
            bool any = false, bad = false;
            for (int a = 0; a < 4; ++a) {
                for (int b = a + 1; b < 4; ++b) {
                    if (r[a] >= 0 && r[b] >= 0 && m[a] >= 0 && m[b] >= 0) {
                        any = true;
                        bad = bad || ((r[a] < r[b]) != (m[a] < m[b]));
                    }
                }
            }
            compared += any;
            disagree += bad;
            if (bad && disagree <= 12) {
                char buf[96];
                std::snprintf(buf, sizeof buf, " (u %.2f, v %.2f)", u, v);
                where += buf;
            }
            // Where the reference shows all three gluteal layers, so must the model.
            if (r[0] >= 0 && r[1] >= 0 && r[2] >= 0 && r[0] < r[1] && r[1] < r[2]) {
                ++mmm;
                const bool ok = m[0] >= 0 && m[1] >= 0 && m[2] >= 0 && m[0] < m[1] && m[1] < m[2];
                mmmOurs += ok;
                if (!ok) {
                    std::printf("  three layers missing at (u %.2f, v %.2f): model meets%s%s%s%s\n",
                                u, v, m[0] >= 0 ? " maximus" : "", m[1] >= 0 ? " medius" : "",
                                m[2] >= 0 ? " minimus" : "", m[3] >= 0 ? " piriformis" : "");
                }
            }
        }
    }
    std::printf("rays comparing an order: %d, disagreeing %d; maximus-medius-minimus in the "
                "reference %d, also in the model %d\n",
                compared, disagree, mmm, mmmOurs);
    EXPECT_GT(compared, 50);
    EXPECT_LE(disagree, compared / 10) << "rays (in hip widths from the hip centre):" << where;
    // Known shortfall (issue 17, measured 2026-12-01: 27 of the reference's 42 rays): just above
    // and behind the hip joint the model's piriformis, not the medius and minimus, lies under the
    // maximus. (It read 28 while a 0.8 mm speck of the medius, dropped since, met one ray.) Held
    // at the measured figure so that it cannot get worse; the aim is 3/4.
    EXPECT_GE(mmmOurs, 27) << "of " << mmm << " (aim: " << mmm * 3 / 4 << ")";
}
