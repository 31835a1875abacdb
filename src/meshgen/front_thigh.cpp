// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// Hip flexors and the front of the thigh (left side): psoas major and iliacus (the iliopsoas),
// the quadriceps (vastus intermedius, lateralis, medialis, rectus femoris) and sartorius, each a
// bundle of swept bands, deep to superficial so that each stays outside the layers beneath it.
//
// Key points are written in the atlas frame, as offsets from the hip joint centre in millimetres:
// that is where the Visible Human Female's muscles were measured (slice extents and centroids of
// ../shared/anatomy-reference, numbers only), and where the model's own bones were probed for the
// surfaces the muscles lie on. toDesign carries them into the design frame the fields are written
// in (proportions.h), so that the proportions map brings them back to where they were measured.
#include "meshgen/landmarks.h"
#include "meshgen/muscle_util.h"
#include "meshgen/proportions.h"

namespace glutea::meshgen {
namespace {
using glm::vec3;

// The left hip joint centre in the atlas frame (hip width 195 mm).
vec3 hipAtlas() {
    return toAtlas(landmarkLeft("hip_joint_centre"));
}

// A point given in millimetres from the left hip joint centre (atlas axes: +x lateral, +y up, +z
// forward), in the design frame.
vec3 at(float x, float y, float z) {
    return toDesign(hipAtlas() + vec3(x, y, z) * 0.001f);
}

// A sweep key at `at(x, y, z)` with half width a and half thickness b in millimetres.
SweepKey key(float x, float y, float z, float a, float b) {
    return {at(x, y, z), a * 0.001f, b * 0.001f};
}

// Centre of the femoral shaft (atlas, mm from the hip joint centre) at height y, from the femur
// of bones.cpp as built: the sleeve of the vasti is laid around it.
vec3 femurAxis(float y) {
    struct Row {
        float y, x, z;
    };
    static const Row kRows[] = {
        {-40.0f, 34.0f, -8.0f},  {-80.0f, 31.0f, -5.0f},  {-120.0f, 25.0f, -3.5f},
        {-160.0f, 19.0f, -2.0f}, {-200.0f, 11.5f, -1.0f}, {-240.0f, 4.0f, -0.5f},
        {-280.0f, -3.0f, 0.0f},  {-320.0f, -9.5f, 0.0f},  {-360.0f, -13.0f, -4.0f}};
    if (y >= kRows[0].y) {
        return {kRows[0].x, y, kRows[0].z};
    }
    for (size_t i = 0; i + 1 < std::size(kRows); ++i) {
        if (y >= kRows[i + 1].y) {
            const float t = (kRows[i].y - y) / (kRows[i].y - kRows[i + 1].y);
            return {kRows[i].x + (kRows[i + 1].x - kRows[i].x) * t, y,
                    kRows[i].z + (kRows[i + 1].z - kRows[i].z) * t};
        }
    }
    const Row& last = kRows[std::size(kRows) - 1];
    return {last.x, y, last.z};
}

// Cross-sections of every key scaled by f. The model's existing muscles have about 0.6 of the
// Visible Human Female's volumes (its gluteal and hamstring muscles, scaled to the same hip width):
// each muscle here is sized by its measured cross-sections times f so that its share of the
// muscle volume matches the reference's (tests/meshgen/reference_test.cpp).
std::vector<Band> scaled(std::vector<Band> bands, float f) {
    for (auto& band : bands) {
        for (auto& k : band.keys) {
            k.a *= f;
            k.b *= f;
        }
    }
    return bands;
}

const std::vector<std::string> kBones = {"hip_bone", "sacrum", "femur",
                                         "tibia",    "fibula", "lumbar_vertebrae"};
// Built before this file (medial_thigh.cpp, muscles.cpp): the thigh's other compartments.
const std::vector<std::string> kMedial = {"adductor_magnus", "adductor_longus",
                                          "adductor_brevis", "gracilis",
                                          "pectineus",       "obturator_externus"};
const std::vector<std::string> kHamstrings = {"semimembranosus", "semitendinosus",
                                              "biceps_femoris_long_head", "sciatic_nerve"};

PartSpec psoasMajor() {
    // From the sides of the lumbar vertebrae (here from the model's top, the waist, down): a
    // spindle thickest at the pelvic brim's level, running down and forward along the brim,
    // lateral to the sacral promontory and in front of the lumbosacral trunk, under the inguinal
    // ligament in front of the hip joint (medial to the iliacus), then back around the medial
    // side of the femoral neck onto the lesser trochanter. (Visible Human Female: widest, 12 cm2,
    // 14 cm above the hip joint centre; centroid 44 mm medial, 143 mm above, 25 mm behind it.)
    const std::vector<Band> b = scaled(
        {{{key(-57.0f, 240.0f, -55.0f, 14.0f, 6.5f), key(-55.0f, 205.0f, -45.0f, 20.0f, 10.5f),
           key(-50.0f, 165.0f, -31.0f, 22.0f, 14.5f), key(-41.0f, 125.0f, -14.0f, 19.0f, 15.0f),
           key(-33.0f, 85.0f, 4.0f, 14.0f, 12.0f), key(-25.0f, 45.0f, 30.0f, 8.0f, 6.5f),
           key(-15.0f, 10.0f, 51.0f, 5.5f, 4.5f), key(-11.0f, -18.0f, 40.0f, 5.0f, 4.0f),
           key(-2.0f, -40.0f, 16.0f, 4.5f, 3.5f), key(7.0f, -56.0f, -8.0f, 4.0f, 3.0f)},
          vec3(0.0f, 0.0f, 1.0f)}},
        0.80f);
    // Built before the back muscles, which stay behind it: the quadratus lumborum lies against
    // its back, not the other way round. The lumbosacral trunk's top end lies against its back:
    // 2.5 mm clear of it, more than a lattice step, so that the end's cap is not swallowed.
    PartSpec s =
        musclePart("psoas_major", b, 0.004f, 0.0020f, 1600, with(kBones, {"sciatic_nerve"}));
    s.gapFor["sciatic_nerve"] = 0.0025f;
    return s;
}

PartSpec iliacus() {
    // A fan on the iliac fossa, the inner face of the ilium (facing forward and medially), from
    // below the inner lip of the crest; its fibres converge over the pelvic brim and under the
    // inguinal ligament in front of the hip joint, lateral to the psoas, onto the lesser trochanter
    // with it. The bands lie a few millimetres into the bone so that the bone carves their deep
    // face flat against the fossa. (Visible Human Female: 1.3 cm thick over the fossa; centroid 3
    // mm medial, 48 mm above and 11 mm in front of the hip joint centre.)
    // Points on the fossa of the model's hip bone (x of its inner surface along x rays, under the
    // crest, which falls from behind forward to the ASIS, and 5 cm lower), and the fossa's inward
    // normal in (x, z).
    const float nx = -0.824f, nz = 0.566f, lift = 3.0f;
    struct Column {
        float z, yTop, xTop, xMid;
    };
    const Column cols[4] = {{-36.0f, 135.0f, -15.0f, -4.0f},
                            {-13.0f, 135.0f, 10.0f, 14.0f},
                            {9.0f, 124.0f, 31.0f, 25.0f},
                            {30.0f, 104.0f, 38.0f, 32.0f}};
    // Seven overlapping bands across the fan (between the four measured columns), so that the
    // sheet is continuous from its posterior to its anterior border.
    std::vector<Band> bands;
    for (int i = 0; i < 7; ++i) {
        const float u = 0.5f * float(i), f = u - std::floor(std::min(u, 2.999f));
        const Column& c0 = cols[int(std::min(u, 2.999f))];
        const Column& c1 = cols[int(std::min(u, 2.999f)) + 1];
        auto mix = [f](float a, float b) { return a + (b - a) * f; };
        const Column c{mix(c0.z, c1.z), mix(c0.yTop, c1.yTop), mix(c0.xTop, c1.xTop),
                       mix(c0.xMid, c1.xMid)};
        const float s = u - 1.5f; // across the fan
        bands.push_back(
            {{key(c.xTop + nx * lift, c.yTop, c.z + nz * lift, 14.0f, 3.4f),
              key(c.xMid + nx * lift, 78.0f, c.z + 4.0f + nz * lift, 14.0f, 4.2f),
              key(-6.0f + 7.0f * s, 38.0f, 30.0f + 5.0f * s, 10.0f, 5.5f),
              key(0.0f + 4.0f * s, 8.0f, 45.0f, 8.0f, 5.0f),
              key(6.0f + 2.0f * s, -22.0f, 31.0f, 5.0f, 4.3f), key(6.0f, -45.0f, 10.0f, 4.0f, 3.3f),
              key(9.0f, -57.0f, -8.0f, 2.6f, 2.3f)},
             vec3(nz, 0.0f, -nx)});
    }
    return musclePart("iliacus", scaled(bands, 0.55f), 0.010f, 0.0028f, 2200,
                      with(kBones, {"psoas_major", "sciatic_nerve", "gluteus_minimus",
                                    "gluteus_medius", "pectineus"}));
}

glm::vec3 closestOnSegment(vec3 p, vec3 a, vec3 b) {
    const vec3 ab = b - a;
    const float t = std::clamp(glm::dot(p - a, ab) / glm::dot(ab, ab), 0.0f, 1.0f);
    return a + ab * t;
}

// The quadriceps sleeve: a section of the thigh at height y around the femoral shaft.
SweepKey aroundFemur(float y, float dx, float dz, float a, float b) {
    const vec3 c = femurAxis(y);
    return key(c.x + dx, y, c.z + dz, a, b);
}

PartSpec vastusIntermedius() {
    // Front and sides of the upper two thirds of the shaft, deep to the rectus femoris: a sleeve
    // open behind, where the femur's back (the linea aspera) stays bare for the adductors and the
    // short head of biceps. Ends in the deep part of the quadriceps tendon above the patella.
    std::vector<Band> b = {{{aroundFemur(-45.0f, 2.0f, 8.0f, 11.0f, 8.0f),
                             aroundFemur(-80.0f, 0.0f, 6.0f, 21.0f, 17.5f),
                             aroundFemur(-125.0f, -2.0f, 6.0f, 25.0f, 19.5f),
                             aroundFemur(-175.0f, -3.0f, 6.0f, 26.0f, 20.0f),
                             aroundFemur(-225.0f, -4.0f, 6.5f, 25.0f, 19.5f),
                             aroundFemur(-275.0f, -4.0f, 7.5f, 22.0f, 18.5f),
                             aroundFemur(-315.0f, -2.0f, 11.0f, 16.0f, 14.0f),
                             aroundFemur(-340.0f, -4.0f, 22.0f, 9.0f, 6.0f)},
                            vec3(1.0f, 0.0f, 0.0f)}};
    return musclePart("vastus_intermedius", scaled(b, 0.97f), 0.006f, 0.0030f, 2400,
                      with(kBones, with(kMedial, kHamstrings)));
}

PartSpec vastusLateralis() {
    // The largest: from the greater trochanter's base and the lateral lip of the linea aspera it
    // wraps the lateral side of the thigh from front to back, over the intermedius, and ends on
    // the lateral border of the patella and the quadriceps tendon. The iliotibial tract lies on
    // it (superficial.cpp).
    const std::vector<Band> b = scaled({{{aroundFemur(-30.0f, 24.0f, 6.0f, 18.0f, 9.0f),
                                          aroundFemur(-60.0f, 14.0f, 7.0f, 30.0f, 15.0f),
                                          aroundFemur(-100.0f, 15.0f, 6.0f, 38.0f, 19.0f),
                                          aroundFemur(-145.0f, 15.0f, 6.0f, 42.0f, 21.0f),
                                          aroundFemur(-190.0f, 14.0f, 7.0f, 41.0f, 21.0f),
                                          aroundFemur(-235.0f, 13.0f, 9.0f, 36.0f, 19.0f),
                                          aroundFemur(-275.0f, 12.0f, 12.0f, 29.0f, 16.0f),
                                          aroundFemur(-310.0f, 12.0f, 18.0f, 20.0f, 11.0f),
                                          aroundFemur(-338.0f, 6.0f, 28.0f, 11.0f, 6.0f)},
                                         vec3(0.0f, 0.0f, 1.0f)}},
                                       0.88f);
    PartSpec s = musclePart(
        "vastus_lateralis", b, 0.006f, 0.0030f, 3000,
        with(kBones, with(kHamstrings, {"vastus_intermedius", "gluteus_minimus", "gluteus_medius",
                                        "quadratus_femoris", "adductor_magnus"})));
    // The gluteal tuberosity and the linea aspera below it stay bare behind, for the deep fibres of
    // the gluteus maximus (and the adductors' and short head's attachments lower down): a groove
    // along the ridge's back (bones.cpp) that the sheet keeps out of.
    const auto sheet = s.field;
    const vec3 ridgeTop(0.123f, -0.062f, -0.022f), ridgeBottom(0.112f, -0.140f, -0.020f);
    s.field = [sheet, ridgeTop, ridgeBottom](vec3 p) {
        return std::max(sheet(p),
                        0.009f - glm::length(p - closestOnSegment(p, ridgeTop, ridgeBottom)));
    };
    return s;
}

PartSpec vastusMedialis() {
    // From the lower intertrochanteric and spiral lines and the medial lip of the linea aspera,
    // the medial side of the thigh, thickest low down, where its oblique fibres bulge above the
    // knee; onto the medial border of the patella and the quadriceps tendon.
    std::vector<Band> b = {{{aroundFemur(-85.0f, -18.0f, 9.0f, 8.0f, 6.0f),
                             aroundFemur(-125.0f, -24.0f, 10.0f, 15.0f, 11.0f),
                             aroundFemur(-165.0f, -29.0f, 11.0f, 21.0f, 16.0f),
                             aroundFemur(-220.0f, -32.0f, 11.0f, 24.0f, 19.0f),
                             aroundFemur(-275.0f, -34.0f, 11.0f, 23.0f, 19.0f),
                             aroundFemur(-315.0f, -36.0f, 13.0f, 20.0f, 16.0f),
                             aroundFemur(-345.0f, -30.0f, 18.0f, 14.0f, 11.0f),
                             aroundFemur(-358.0f, -12.0f, 30.0f, 9.0f, 4.5f)},
                            vec3(0.0f, 0.0f, 1.0f)}};
    return musclePart("vastus_medialis", scaled(b, 0.93f), 0.006f, 0.0030f, 2600,
                      with(kBones, with(kMedial, with(kHamstrings, {"vastus_intermedius"}))));
}

PartSpec rectusFemoris() {
    // Straight head from the anterior inferior iliac spine, reflected head from the ilium above
    // the acetabulum; they join in front of the hip joint, lateral to the iliopsoas. A fusiform
    // belly down the middle of the front of the thigh, in front of the intermedius and between the
    // two vasti, narrowing to the quadriceps tendon on the patella's upper border.
    const vec3 aiis = toAtlas(vec3(0.116f, 0.052f, 0.050f)) - hipAtlas(); // bones.cpp outline
    const SweepKey joined = key(27.0f, 2.0f, 54.0f, 8.0f, 5.5f);
    std::vector<Band> b = {
        {{key(aiis.x * 1000.0f - 2.0f, 54.0f, 50.0f, 5.5f, 4.0f),
          key(28.0f, 22.0f, 52.0f, 6.5f, 4.5f), joined, key(20.0f, -40.0f, 44.0f, 13.0f, 9.0f),
          key(14.0f, -85.0f, 41.0f, 16.5f, 11.5f), key(6.0f, -130.0f, 39.0f, 14.0f, 10.5f),
          key(-1.0f, -170.0f, 37.0f, 10.0f, 8.0f), key(-6.0f, -210.0f, 35.0f, 6.5f, 5.0f),
          key(-10.0f, -250.0f, 34.0f, 5.0f, 3.5f), key(-14.0f, -300.0f, 34.0f, 7.0f, 2.8f),
          key(-18.0f, -345.0f, 36.0f, 10.0f, 3.2f)},
         vec3(1.0f, 0.0f, 0.0f)},
        // The reflected head: back along the groove above the acetabulum.
        {{key(24.0f, 30.0f, 30.0f, 4.0f, 3.0f), key(27.0f, 16.0f, 46.0f, 5.0f, 3.5f), joined},
         vec3(0.0f, 1.0f, 0.0f)}};
    return musclePart("rectus_femoris", scaled(b, 0.92f), 0.006f, 0.0028f, 2200,
                      with(kBones, {"vastus_intermedius", "vastus_lateralis", "vastus_medialis",
                                    "iliacus", "psoas_major", "gluteus_minimus", "pectineus"}));
}

PartSpec sartorius() {
    // The longest muscle: a strap from the anterior superior iliac spine across the front of the
    // thigh from lateral above to medial below, over the rectus femoris and the adductors, behind
    // the medial condyle at the knee, then forward onto the upper medial tibia (pes anserinus, in
    // front of gracilis and semitendinosus). Its width lies along the thigh's surface.
    const vec3 asis = toAtlas(landmarkLeft("asis")) - hipAtlas();
    const float path[][3] = {{asis.x * 1000.0f - 1.0f, 76.0f, 56.0f},
                             {31.0f, 40.0f, 63.0f},
                             {17.0f, 0.0f, 65.0f},
                             {2.0f, -40.0f, 59.0f},
                             {-15.0f, -80.0f, 51.0f},
                             {-30.0f, -120.0f, 38.0f},
                             {-41.0f, -160.0f, 24.0f},
                             {-50.0f, -200.0f, 8.0f},
                             {-58.0f, -240.0f, -6.0f},
                             {-65.0f, -280.0f, -17.0f},
                             {-71.0f, -320.0f, -28.0f},
                             {-75.0f, -360.0f, -34.0f},
                             {-72.0f, -395.0f, -29.0f},
                             {-58.0f, -428.0f, -8.0f},
                             {-31.0f, -452.0f, 10.0f}};
    const float halfWidth[] = {5.5f, 7.5f, 9.0f, 9.5f, 9.5f, 9.5f, 9.5f, 9.5f,
                               9.5f, 9.0f, 8.5f, 7.5f, 6.0f, 5.5f, 6.5f};
    const float halfThick[] = {3.2f, 3.8f, 4.2f, 4.5f, 4.5f, 4.5f, 4.5f, 4.5f,
                               4.5f, 4.5f, 4.3f, 3.8f, 3.2f, 2.6f, 2.0f};
    Band band;
    band.widthHint = vec3(0.0f, 0.0f, 1.0f);
    for (size_t i = 0; i < std::size(path); ++i) {
        const float* q = path[i];
        SweepKey k = key(q[0], q[1], q[2], halfWidth[i], halfThick[i]);
        // Width tangent to the thigh: perpendicular to the direction from the femur (or, below
        // the knee, the tibia) out to the strap.
        const vec3 axis = femurAxis(std::max(q[1], -380.0f));
        const glm::vec2 radial = glm::normalize(glm::vec2(q[0] - axis.x, q[2] - axis.z));
        k.side = vec3(-radial.y, 0.0f, radial.x);
        band.keys.push_back(k);
    }
    return musclePart(
        "sartorius", {band}, 0.004f, 0.0030f, 2000,
        with(kBones, with(kMedial, with(kHamstrings,
                                        {"rectus_femoris", "vastus_medialis", "vastus_lateralis",
                                         "vastus_intermedius", "iliacus", "psoas_major"}))));
}

} // namespace

std::vector<PartSpec> psoasParts() {
    return {psoasMajor()};
}

std::vector<PartSpec> frontThighParts(const Registry& /*registry*/) {
    return {iliacus(),        vastusIntermedius(), vastusLateralis(),
            vastusMedialis(), rectusFemoris(),     sartorius()};
}

} // namespace glutea::meshgen
