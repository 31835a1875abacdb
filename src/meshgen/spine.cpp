// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// Lumbar vertebrae L3-L5 with their discs, the sacroiliac joint and the sacrotuberous and
// sacrospinous ligaments (design frame, left side for the paired ones).
//
// The column stands on the sacral base of bones.cpp (the first key of the sacrum's sweep, its end
// plate facing up and forward at about 27 degrees) and curves into the lumbar lordosis: each disc
// and body is a wedge between two end plates, the discs thicker in front. Heights follow adult
// female figures (bodies about 26 mm, discs 9-11 mm), so the L4/L5 disc lies at the level of the
// iliac crests (Tuffier's line) and the L3 body ends below the skin's cut at the waist.
#include "meshgen/landmarks.h"
#include "meshgen/muscle_util.h"

#include <cmath>
#include <memory>

namespace glutea::meshgen {
namespace {
using glm::vec3;
vec3 L(const char* id) {
    return landmarkLeft(id);
}
constexpr float kDeg = 3.14159265f / 180.0f;

// One element of the column, a disc or a vertebral body: an elliptic wedge between two end plates
// whose normals (0, cos, sin) tilt forward by angleLo and angleHi.
struct Wedge {
    vec3 lower, upper, centre;
    float angleLo, angleHi, a, b; // a: half width, b: half depth
    bool disc;
    vec3 up() const { return glm::normalize(upper - lower); }
    vec3 front() const { return glm::normalize(glm::cross(vec3(1, 0, 0), up())); }
};

float wedgeField(const Wedge& w, vec3 p) {
    const vec3 u = w.up(), f = w.front();
    const float h = glm::length(w.upper - w.lower);
    const float t = std::clamp(glm::dot(p - w.lower, u) / h, 0.0f, 1.0f);
    // Bodies have a waist between their rims; discs bulge a little beyond them.
    const float s =
        1.0f + (w.disc ? 0.03f : -0.07f) * (1.0f - (2.0f * t - 1.0f) * (2.0f * t - 1.0f));
    const float side =
        sdf::ellipsoid(p, w.centre, glm::mat3(vec3(1, 0, 0), u, f), vec3(w.a * s, 0.5f, w.b * s));
    const vec3 nLo(0.0f, std::cos(w.angleLo), std::sin(w.angleLo));
    const vec3 nHi(0.0f, std::cos(w.angleHi), std::sin(w.angleHi));
    const float plates = std::max(-glm::dot(p - w.lower, nLo), glm::dot(p - w.upper, nHi));
    float d = sdf::smax(side, plates, 0.002f);
    // Kidney shape: the back of the body is hollowed where the vertebral canal lies.
    const vec3 q = p - w.centre;
    const float notch = glm::length(glm::vec2(q.x, glm::dot(q, f) + w.b + 0.007f)) - 0.0105f;
    return sdf::smax(d, -notch, 0.002f);
}

// The arch behind one body: pedicles, laminae, spinous, transverse and articular processes.
struct Arch {
    std::vector<Sweep> parts;
};

Arch makeArch(const Wedge& body, float transverse, bool l5) {
    const vec3 u = body.up(), f = body.front();
    auto at = [&](float x, float up, float back) {
        return body.centre + vec3(x, 0, 0) + u * up - f * (body.b + back);
    };
    Arch arch;
    // Pedicles: short pillars back from the upper half of the body.
    arch.parts.emplace_back(std::vector<SweepKey>{{at(0.014f, 0.004f, -0.004f), 0.0055f, 0.0042f},
                                                  {at(0.0135f, 0.003f, 0.010f), 0.005f, 0.0040f}},
                            u);
    // Laminae: tall plates meeting behind the canal at the root of the spinous process.
    arch.parts.emplace_back(std::vector<SweepKey>{{at(0.0135f, 0.001f, 0.010f), 0.0075f, 0.0026f},
                                                  {at(0.0030f, -0.002f, 0.020f), 0.0085f, 0.0026f}},
                            u);
    // Spinous process: a flat, hatchet-shaped plate back and a little down (smaller at L5).
    const float reach = l5 ? 0.040f : 0.046f, tall = l5 ? 0.0075f : 0.0095f;
    arch.parts.emplace_back(
        std::vector<SweepKey>{{at(0.0f, -0.001f, 0.017f), 0.007f, 0.0026f},
                              {at(0.0f, -0.004f, reach - 0.012f), tall, 0.0029f},
                              {at(0.0f, -0.006f, reach), tall * 0.9f, 0.0032f}},
        u);
    // Transverse processes: thin and long at L3, short and stout at L5 (the iliolumbar ligament's
    // attachment), tilted a little up and back.
    const float ta = l5 ? 0.0065f : 0.0045f, tb = l5 ? 0.0045f : 0.0025f;
    arch.parts.emplace_back(
        std::vector<SweepKey>{{at(0.015f, 0.003f, 0.004f), ta, tb},
                              {at(0.5f * (0.015f + transverse), 0.003f, 0.006f), ta, tb},
                              {at(transverse, l5 ? 0.007f : 0.004f, 0.010f), ta * 0.8f, tb * 0.9f}},
        u);
    // Superior articular processes (facing in) and, medial and behind them on the vertebra
    // above, the inferior ones (facing out): the facet joints stay open by a millimetre.
    arch.parts.emplace_back(std::vector<SweepKey>{{at(0.0165f, 0.006f, 0.012f), 0.0036f, 0.0032f},
                                                  {at(0.0170f, 0.016f, 0.017f), 0.0032f, 0.0030f}},
                            vec3(0, 0, 1));
    arch.parts.emplace_back(std::vector<SweepKey>{{at(0.0085f, -0.006f, 0.019f), 0.0032f, 0.0030f},
                                                  {at(0.0090f, -0.019f, 0.020f), 0.0028f, 0.0028f}},
                            vec3(0, 0, 1));
    return arch;
}

struct Column {
    std::vector<Wedge> wedges;
    std::vector<Arch> arches;
};

// Stack the column on the sacral base: (height at the centre, upper plate tilt in degrees) of
// L5/S1, L5, L4/L5, L4, L3/L4, L3.
std::shared_ptr<Column> makeColumn() {
    auto c = std::make_shared<Column>();
    // Centre and tilt of the sacral base plate (bones.cpp: the sacrum's first sweep key, its path
    // leaving along (0, -0.016, -0.008)).
    vec3 at(0.0f, 0.116f, -0.034f);
    float angle = std::atan2(0.008f, 0.016f);
    struct Step {
        float height, angleHi;
        bool disc;
    };
    const Step steps[6] = {{0.0115f, 16.0f * kDeg, true}, {0.0250f, 12.0f * kDeg, false},
                           {0.0105f, 5.0f * kDeg, true},  {0.0260f, 2.0f * kDeg, false},
                           {0.0095f, -3.0f * kDeg, true}, {0.0260f, -5.0f * kDeg, false}};
    const float transverse[3] = {0.029f, 0.034f, 0.039f}; // L5, L4, L3 (design-frame x of tips)
    int body = 0;
    for (const auto& s : steps) {
        Wedge w;
        w.angleLo = angle;
        w.angleHi = s.angleHi;
        const float m = 0.5f * (angle + s.angleHi);
        w.lower = at;
        w.upper = at + vec3(0.0f, std::cos(m), std::sin(m)) * s.height;
        w.centre = 0.5f * (w.lower + w.upper);
        w.disc = s.disc;
        // Widths in the design frame: the atlas widens the middle of the pelvis by a fifth.
        w.a = s.disc ? 0.0205f : 0.0200f;
        w.b = s.disc ? 0.0170f : 0.0165f;
        c->wedges.push_back(w);
        if (!s.disc) {
            c->arches.push_back(makeArch(w, transverse[body], body == 0));
            ++body;
        }
        at = w.upper;
        angle = s.angleHi;
    }
    return c;
}

// Distance from p to an axis-aligned box (0 inside): a lower bound of any distance to its content.
float boxDistance(vec3 p, vec3 lo, vec3 hi) {
    return glm::length(glm::max(glm::max(lo - p, p - hi), vec3(0.0f)));
}

// Beyond this the column's value is only a bound (the skin's fat layer reads it up to 19 mm).
constexpr float kExact = 0.025f;

float columnField(const Column& c, vec3 p) {
    p.x = std::abs(p.x); // unpaired: exactly symmetric
    float d = 1e9f;
    for (const auto& w : c.wedges) {
        // A wedge lies within its larger radius plus half its height of its centre.
        const float reach = std::max(w.a, w.b) * 1.05f + 0.5f * glm::length(w.upper - w.lower);
        if (glm::length(p - w.centre) - reach > std::min(d, kExact) + 0.0015f) {
            continue;
        }
        d = sdf::smin(d, wedgeField(w, p), 0.0015f);
    }
    for (const auto& arch : c.arches) {
        float a = 1e9f;
        for (const auto& sw : arch.parts) {
            // Far parts cannot change the blended minimum.
            if (boxDistance(p, sw.lo(), sw.hi()) > std::min(std::min(a, d), kExact) + 0.003f) {
                continue;
            }
            a = sdf::smin(a, sw.distance(p), 0.003f);
        }
        if (a < 1e8f) {
            d = sdf::smin(d, a, 0.002f);
        }
    }
    return std::min(d, kExact);
}

// A ligament as one sheet of fibres from a line of origins through a waist to an insertion: each
// band is as wide as the sheet (its width in the plane of the origin line and the insertion), so
// that the bands merge into one surface rather than a fan of blades. Sizes are (half width, half
// thickness) at the origin, the waist and the insertion.
PartSpec ligamentSheet(const std::string& id, const std::vector<vec3>& origins, vec3 waist,
                       vec3 insertion, glm::vec2 atOrigin, glm::vec2 atWaist, glm::vec2 atInsertion,
                       size_t target, std::vector<std::string> outsideOf) {
    const vec3 normal =
        glm::normalize(glm::cross(origins.back() - origins.front(), insertion - origins.front()));
    std::vector<Band> bands;
    for (const auto& o : origins) {
        const vec3 side = glm::normalize(glm::cross(normal, insertion - o));
        const vec3 mid = glm::mix(o, waist, 0.55f);
        bands.push_back(
            {{{o, atOrigin.x, atOrigin.y, side},
              {mid, 0.5f * (atOrigin.x + atWaist.x), 0.5f * (atOrigin.y + atWaist.y), side},
              {waist, atWaist.x, atWaist.y, side},
              {glm::mix(waist, insertion, 0.6f), 0.5f * (atWaist.x + atInsertion.x), atWaist.y,
               side},
              {insertion, atInsertion.x, atInsertion.y, side}},
             side});
    }
    PartSpec s = musclePart(id, bands, 0.005f, 0.0012f, target, std::move(outsideOf), "other");
    s.fibre = nullptr;
    return s;
}

} // namespace

std::vector<PartSpec> spineParts(const Registry& registry) {
    std::vector<PartSpec> parts;
    {
        PartSpec s;
        s.id = "lumbar_vertebrae";
        s.kind = "bone";
        s.paired = false;
        s.box = {vec3(-0.048f, 0.100f, -0.105f), vec3(0.048f, 0.240f, 0.000f)};
        s.step = 0.0013f;
        s.targetTriangles = 6000;
        s.outsideOf = {"sacrum", "hip_bone"};
        auto column = makeColumn();
        s.field = [column](vec3 p) { return columnField(*column, p); };
        parts.push_back(s);
    }
    // Sacroiliac joint: the cleft between the auricular surfaces of the sacrum (S1-S3) and the
    // ilium, filled (cartilage and capsule) where the two bones face each other: the points whose
    // distances to the two add up to less than the widest gap of the ear-shaped surface, its
    // concavity facing back and up where the interosseous ligament lies instead.
    {
        PartSpec s;
        s.id = "sacroiliac_joint";
        s.kind = "other";
        s.box = {vec3(0.030f, 0.058f, -0.078f), vec3(0.072f, 0.130f, -0.020f)};
        s.step = 0.0012f;
        s.targetTriangles = 1040;
        s.outsideOf = {"sacrum", "hip_bone"};
        s.gap = 0.0004f;
        const std::vector<glm::vec2> ear = {
            {0.124f, -0.036f}, {0.120f, -0.026f}, {0.106f, -0.024f}, {0.090f, -0.030f},
            {0.076f, -0.042f}, {0.066f, -0.056f}, {0.066f, -0.066f}, {0.076f, -0.064f},
            {0.088f, -0.054f}, {0.102f, -0.048f}, {0.116f, -0.052f}, {0.124f, -0.050f}};
        s.field = [&registry, ear](vec3 p) {
            const float ds = registry.distance("sacrum", p), dh = registry.distance("hip_bone", p);
            return std::max(ds + dh - 0.021f, sdf::polygon2d({p.y, p.z}, ear));
        };
        parts.push_back(s);
    }
    // Sacrotuberous ligament: broad at its origin (PSIS, lateral border of the lower sacrum, side
    // of the coccyx), narrow and thick in the middle, widening again onto the medial margin of the
    // ischial tuberosity; behind the sacrospinous ligament, closing the lesser sciatic foramen from
    // behind. The lower medial gluteus maximus arises from its back.
    {
        const vec3 tuber = L("ischial_tuberosity") + vec3(-0.008f, 0.010f, -0.004f);
        const vec3 waist(0.044f, -0.004f, -0.074f);
        const std::vector<vec3> origins = {
            L("psis") + vec3(-0.004f, -0.010f, -0.004f), vec3(0.032f, 0.068f, -0.088f),
            L("sacral_border_lower") + vec3(0.002f, 0.0f, -0.006f), vec3(0.019f, 0.034f, -0.092f),
            vec3(0.012f, 0.020f, -0.093f)};
        parts.push_back(ligamentSheet("sacrotuberous_ligament", origins, waist, tuber,
                                      {0.0090f, 0.0020f}, {0.0050f, 0.0032f}, {0.0065f, 0.0028f},
                                      1500, {"hip_bone", "sacrum", "coccyx"}));
    }
    // Sacrospinous ligament: a thin triangle from the lateral margin of the lower sacrum and the
    // coccyx to the ischial spine, in front of the sacrotuberous ligament; it divides the greater
    // sciatic foramen (above it: piriformis, sciatic nerve) from the lesser (below: obturator
    // internus, and the pudendal nerve coming back in).
    {
        const vec3 spine = L("ischial_spine") + vec3(-0.002f, 0.0f, -0.002f);
        const std::vector<vec3> origins = {
            vec3(0.024f, 0.048f, -0.074f), vec3(0.020f, 0.037f, -0.078f),
            vec3(0.016f, 0.025f, -0.081f), vec3(0.012f, 0.014f, -0.082f)};
        parts.push_back(ligamentSheet("sacrospinous_ligament", origins,
                                      glm::mix(glm::mix(origins[1], origins[2], 0.5f), spine, 0.5f),
                                      spine, {0.0075f, 0.0015f}, {0.0050f, 0.0018f},
                                      {0.0030f, 0.0020f}, 800,
                                      {"hip_bone", "sacrum", "coccyx", "sacrotuberous_ligament"}));
    }
    return parts;
}

} // namespace glutea::meshgen
