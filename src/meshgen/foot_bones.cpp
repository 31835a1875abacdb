// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// The foot's bones (talus, calcaneus, navicular, cuboid, the three cuneiforms, five metatarsals and
// the phalanges) as one part per side: one primitive or a few per bone, fused where the bones meet
// so that the joints show as grooves.
//
// Placed from numbers measured on the Visible Human Female's left foot (each bone's centroid and
// extents; nothing else): the cadaver's foot is plantarflexed (toes 8 cm below the heel), so the
// measurements were taken after turning the foot 35 degrees up about the ankle, the angle at which
// the heel and the heads of the metatarsals stand level, as in standing. Positions are written in
// that subject's frame (atlas axes, metres, origin between its hip joint centres) and moved as one
// so that the top of its talus meets the model's tibia: the foot keeps the subject's size and
// shape, the leg above it is the model's.
#include "meshgen/atlas_frame.h"
#include "meshgen/foot.h"
#include "meshgen/proportions.h"
#include "meshgen/sdf.h"

#include <memory>

namespace glutea::meshgen {
namespace {
using glm::vec3;

// Top of the talus (the dome under the tibia), measured.
const vec3 kRefDome(0.0282f, -0.7182f, -0.0278f);

struct Foot {
    vec3 shift; // reference -> atlas

    vec3 at(float x, float y, float z) const { return vec3(x, y, z) + shift; }

    float ellipsoid(vec3 p, vec3 c, vec3 r) const {
        return sdf::ellipsoid(p, c, glm::mat3(1.0f), r);
    }

    // Talus: the body with its dome in the ankle mortise, the neck and head turning forward and
    // medially to the navicular.
    float talus(vec3 p) const {
        float d = ellipsoid(p, at(0.030f, -0.7362f, -0.033f), vec3(0.0165f, 0.018f, 0.020f));
        d = sdf::smin(d,
                      sdf::capsule(p, at(0.027f, -0.738f, -0.020f), at(0.021f, -0.742f, -0.005f),
                                   0.011f, 0.011f),
                      0.004f);
        return sdf::smin(d, sdf::sphere(p, at(0.020f, -0.742f, -0.004f), 0.0125f), 0.003f);
    }

    // Calcaneus: the body under the talus, the tuberosity behind (the heel, where the calcaneal
    // tendon inserts), the sustentaculum tali shelf medially and the anterior process to the
    // cuboid.
    float calcaneus(vec3 p) const {
        float d = ellipsoid(p, at(0.023f, -0.7735f, -0.043f), vec3(0.0175f, 0.0195f, 0.036f));
        d = sdf::smin(d, ellipsoid(p, at(0.016f, -0.781f, -0.068f), vec3(0.0155f, 0.0195f, 0.016f)),
                      0.008f);
        d = sdf::smin(d, ellipsoid(p, at(0.007f, -0.757f, -0.030f), vec3(0.009f, 0.0055f, 0.010f)),
                      0.005f);
        return sdf::smin(
            d, ellipsoid(p, at(0.035f, -0.770f, -0.012f), vec3(0.0125f, 0.0125f, 0.0125f)), 0.006f);
    }

    float midfoot(vec3 p) const {
        const float navicular =
            ellipsoid(p, at(0.019f, -0.7453f, 0.0057f), vec3(0.0165f, 0.011f, 0.0080f));
        const float cuboid =
            ellipsoid(p, at(0.040f, -0.771f, 0.006f), vec3(0.013f, 0.013f, 0.014f));
        const float medialCun =
            ellipsoid(p, at(0.010f, -0.755f, 0.0254f), vec3(0.0100f, 0.013f, 0.012f));
        const float intermediateCun =
            ellipsoid(p, at(0.0235f, -0.7516f, 0.023f), vec3(0.0070f, 0.010f, 0.0090f));
        const float lateralCun =
            ellipsoid(p, at(0.0315f, -0.7595f, 0.020f), vec3(0.0080f, 0.010f, 0.010f));
        float d = std::min(navicular, cuboid);
        d = std::min(d, std::min(medialCun, std::min(intermediateCun, lateralCun)));
        return d;
    }

    // Five metatarsals from their bases at the cuneiforms and the cuboid down to their heads at
    // the ball of the foot, then the toes: two phalanges in the great toe, three in the others.
    float forefoot(vec3 p) const {
        struct Ray {
            vec3 base, head;
            float rBase, rShaft, rHead;
        };
        const Ray rays[5] = {
            {{0.010f, -0.757f, 0.040f}, {-0.004f, -0.790f, 0.092f}, 0.0085f, 0.0055f, 0.0095f},
            {{0.024f, -0.752f, 0.035f}, {0.015f, -0.792f, 0.088f}, 0.0065f, 0.0040f, 0.0072f},
            {{0.032f, -0.758f, 0.032f}, {0.027f, -0.793f, 0.083f}, 0.0062f, 0.0038f, 0.0068f},
            {{0.040f, -0.764f, 0.024f}, {0.037f, -0.794f, 0.077f}, 0.0062f, 0.0038f, 0.0066f},
            {{0.050f, -0.770f, 0.018f}, {0.047f, -0.794f, 0.069f}, 0.0068f, 0.0040f, 0.0066f}};
        float d = 1e9f;
        for (const auto& r : rays) {
            const vec3 b = at(r.base.x, r.base.y, r.base.z), h = at(r.head.x, r.head.y, r.head.z);
            const vec3 mid = b + (h - b) * 0.5f;
            float m = sdf::smin(sdf::capsule(p, b, mid, r.rBase, r.rShaft),
                                sdf::capsule(p, mid, h, r.rShaft, r.rHead * 0.8f), 0.004f);
            m = sdf::smin(m, sdf::sphere(p, h, r.rHead), 0.004f);
            d = std::min(d, m);
        }
        // Tuberosity of the fifth metatarsal, on the outer edge of the foot.
        d = sdf::smin(d, sdf::sphere(p, at(0.055f, -0.775f, 0.013f), 0.0075f), 0.004f);
        // Toes: joint centres from the metatarsal head to the tip.
        struct Toe {
            vec3 j[4];
            float r;
            int segments;
        };
        const Toe toes[5] = {{{{-0.005f, -0.789f, 0.103f},
                               {-0.006f, -0.786f, 0.127f},
                               {-0.005f, -0.787f, 0.146f},
                               {-0.005f, -0.787f, 0.146f}},
                              0.0072f,
                              2},
                             {{{0.016f, -0.791f, 0.097f},
                               {0.018f, -0.787f, 0.117f},
                               {0.019f, -0.789f, 0.130f},
                               {0.020f, -0.792f, 0.139f}},
                              0.0046f,
                              3},
                             {{{0.028f, -0.792f, 0.091f},
                               {0.030f, -0.789f, 0.108f},
                               {0.031f, -0.791f, 0.119f},
                               {0.031f, -0.793f, 0.126f}},
                              0.0044f,
                              3},
                             {{{0.038f, -0.793f, 0.085f},
                               {0.040f, -0.790f, 0.099f},
                               {0.041f, -0.792f, 0.109f},
                               {0.041f, -0.794f, 0.115f}},
                              0.0042f,
                              3},
                             {{{0.048f, -0.793f, 0.077f},
                               {0.050f, -0.791f, 0.089f},
                               {0.051f, -0.793f, 0.097f},
                               {0.051f, -0.795f, 0.102f}},
                              0.0040f,
                              3}};
        for (const auto& t : toes) {
            for (int s = 0; s < t.segments; ++s) {
                const vec3 a = at(t.j[s].x, t.j[s].y, t.j[s].z);
                const vec3 b = at(t.j[s + 1].x, t.j[s + 1].y, t.j[s + 1].z);
                const float ra = t.r * (1.0f - 0.10f * float(s)),
                            rb = t.r * (0.80f - 0.10f * float(s));
                // Each phalanx a little shorter than the gap between joint centres: the joints
                // show as waists.
                const vec3 a1 = a + (b - a) * 0.08f, b1 = b - (b - a) * 0.04f;
                d = std::min(d, sdf::capsule(p, a1, b1, ra, rb));
            }
        }
        return d;
    }

    float distance(vec3 p) const {
        float d = std::min(talus(p), calcaneus(p));
        d = sdf::smin(d, midfoot(p), 0.0015f);
        return sdf::smin(d, forefoot(p), 0.0015f);
    }
};

} // namespace

vec3 footPoint(vec3 reference) {
    // The top of the talus sits 2 mm below the tibia's articular surface (the distal end written
    // in bones.cpp, its lowest point at (0.070, -0.790, 0.002) in the design frame), centred
    // between the malleoli and 5 mm in front of the tibia's axis, as the reference's talus sits
    // under its tibia.
    const vec3 dome = toAtlas(vec3(0.070f, -0.790f, 0.002f)) + vec3(0.0064f, -0.002f, 0.005f);
    return reference + (dome - kRefDome);
}

std::vector<PartSpec> footBoneParts() {
    auto foot = std::make_shared<Foot>();
    foot->shift = footPoint(vec3(0.0f));
    PartSpec s;
    s.id = "foot_bones";
    s.kind = "bone";
    s.box = {foot->at(-0.030f, -0.808f, -0.092f), foot->at(0.068f, -0.714f, 0.156f)};
    s.step = 0.0016f;
    s.targetTriangles = 5500;
    s.outsideOf = {"tibia", "fibula"};
    s.gap = 0.0012f;
    s.field = [foot](vec3 p) { return foot->distance(p); };
    return {atlasFramed(s)};
}

} // namespace glutea::meshgen
