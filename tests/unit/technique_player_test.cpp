// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// The technique player on the default atlas: markers stay on the skin, a stroke runs from the
// placement's first point to its last, holds count down in real seconds, the gun never rests, and
// props sit on the skin where the content places them. Expected values come from the content and
// from brute-force closest points on the skin (SkinSurface), not from the player.
#include <cmath>

#include <gtest/gtest.h>

#include "anatomy/atlas_content.h"
#include "anatomy/content_loader.h"
#include "anatomy/content_plain_language.h"
#include "anatomy/skin_surface.h"
#include "anatomy/technique_scene.h"
#include "anatomy/technique_text.h"
#include "atlas_fixture.h"
#include "cli_runner.h"
#include "test_support.h"

#include <nlohmann/json.hpp>

namespace glutea {
namespace {

const Content& content() {
    static const Content c = loadValidatedContent(
        test::sourceDir() / "assets/atlas/content",
        knownIdsOf(test::defaultAtlas().manifest, test::defaultAtlas().landmarks));
    return c;
}

const TechniqueScene& scene() {
    static const TechniqueScene s(test::defaultAtlas(), content());
    return s;
}

const SkinSurface& bruteSkin() {
    const Atlas& atlas = test::defaultAtlas();
    static const SkinSurface s(atlas.parts[atlas.findPart("skin", Side::None)].mesh);
    return s;
}

float offSkin(const glm::vec3& p) {
    return glm::length(bruteSkin().closestPoint(p) - p);
}

TechniqueTrack trackOf(const std::string& technique, const std::string& placement,
                       Side side = Side::Left) {
    const Technique* t = content().findTechnique(technique);
    const TechniquePlacement* p = content().findPlacement(placement);
    EXPECT_TRUE(t && p);
    auto track = scene().track(*t, *p, side);
    EXPECT_TRUE(track.has_value());
    return *track;
}

// What `glutea query techniques --muscle M --json` says a placement's points are (left side).
std::vector<glm::vec3> queried(const std::string& placement) {
    const TechniquePlacement* p = content().findPlacement(placement);
    const auto r = test::runGlutea({"query", "techniques", "--muscle", p->structure, "--json",
                                    "--atlas", (test::sourceDir() / "assets/atlas").string()});
    EXPECT_EQ(r.code, 0) << r.err;
    std::vector<glm::vec3> points;
    const auto answer = nlohmann::json::parse(r.out);
    for (const auto& q : answer["placements"]) {
        if (q["placement"] == placement) {
            for (const auto& v : q["points"]) {
                points.emplace_back(v[0].get<float>(), v[1].get<float>(), v[2].get<float>());
            }
        }
    }
    EXPECT_FALSE(points.empty()) << placement << " in " << r.out.substr(0, 300);
    return points;
}

// A caution anchor on the skin (nearest skin point), computed apart from the scene.
glm::vec3 queryPoint(const Anchor& a, Side side = Side::Left) {
    static const SkinPointResolver left = atlasSkinResolver(test::defaultAtlas(), Side::Left);
    static const SkinPointResolver right = atlasSkinResolver(test::defaultAtlas(), Side::Right);
    auto p = (side == Side::Left ? left : right)(a);
    EXPECT_TRUE(p.has_value());
    return p.value_or(glm::vec3(0.0f));
}

TEST(TechniquePlayer, EveryMarkerOfEveryPlacementStaysOnTheSkin) {
    int checked = 0;
    for (const auto& t : content().techniques) {
        for (const auto& p : t.placements) {
            for (Side side : {Side::Left, Side::Right}) {
                auto track = scene().track(t, p, side);
                ASSERT_TRUE(track) << p.id;
                for (int i = 0; i < 7; ++i) {
                    const double time = track->loopS * (i + 0.37) / 7.0;
                    const auto frame = playTechnique(*track, scene().skin(), time);
                    ASSERT_FALSE(frame.markers.empty()) << p.id;
                    for (const auto& m : frame.markers) {
                        EXPECT_LT(offSkin(m.position), 0.002f)
                            << p.id << " " << toString(side) << " at " << time << " s";
                        ++checked;
                    }
                    // The pressure ring's normal is the skin's outward normal: it points away
                    // from the body's centre line (away from the pelvis' middle, roughly).
                    const Marker& ring = frame.markers[frame.markers.size() > 1 ? 1 : 0];
                    EXPECT_NEAR(glm::length(ring.normal), 1.0f, 1e-3f);
                }
            }
        }
    }
    EXPECT_GT(checked, 1000);
}

TEST(TechniquePlayer, EffleurageGlidesFromTheFirstPointToTheLast) {
    const TechniquePlacement& p = *content().findPlacement("eff_gmax_path");
    const TechniqueTrack k = trackOf("effleurage", "eff_gmax_path");
    EXPECT_EQ(k.motion, Motion::Stroke);
    const auto points = queried(p.id);
    const glm::vec3 first = points.front(), last = points.back();
    // stroke_s [3, 5]: one stroke takes 4 s (the range's middle).
    EXPECT_NEAR(k.strokeS, 0.5f * float(p.strokeS->min + p.strokeS->max), 1e-4f);
    const auto at = [&](double t) { return poseAt(k, scene().skin(), t).contact.position; };
    EXPECT_LT(glm::length(at(0.0) - first), 0.002f);
    EXPECT_LT(glm::length(at(k.strokeS - 1e-3) - last), 0.003f);
    // In between it moves away from the start and toward the end, step by step.
    float previous = 0.0f;
    for (int i = 1; i <= 8; ++i) {
        const glm::vec3 c = at(k.strokeS * i / 9.0);
        const float fromStart = glm::length(c - first);
        EXPECT_GT(fromStart, previous) << i;
        previous = fromStart;
        EXPECT_EQ(poseAt(k, scene().skin(), k.strokeS * i / 9.0).phase, "glide");
    }
    // Then a lighter return stroke.
    const TechniquePose back = poseAt(k, scene().skin(), k.strokeS + 0.5);
    EXPECT_EQ(back.phase, "return");
    EXPECT_LT(back.opacity, 0.5f);
    // And the loop starts again where it began.
    EXPECT_LT(glm::length(at(k.loopS) - first), 0.002f);
}

TEST(TechniquePlayer, TrailFollowsTheHand) {
    const TechniqueTrack k = trackOf("effleurage", "eff_gmax_path");
    const auto frame = playTechnique(k, scene().skin(), 2.0);
    // Disc (hand), ring, then trail discs, each farther behind the hand and fainter.
    ASSERT_GT(frame.markers.size(), 5u);
    const glm::vec3 hand = frame.markers[0].position;
    float lastDistance = 0.0f, lastOpacity = 2.0f;
    for (std::size_t i = 2; i < frame.markers.size(); ++i) {
        const float d = glm::length(frame.markers[i].position - hand);
        EXPECT_GT(d, lastDistance);
        EXPECT_LT(frame.markers[i].opacity, lastOpacity);
        lastDistance = d;
        lastOpacity = frame.markers[i].opacity;
    }
}

TEST(TechniquePlayer, CompressionSinksHoldsWithACountdownAndReleases) {
    const TechniquePlacement& p = *content().findPlacement("tpc_gmed_trp1");
    const TechniqueTrack k = trackOf("trigger_point_compression", "tpc_gmed_trp1");
    EXPECT_EQ(k.motion, Motion::Hold);
    const float real = float(p.holdS->max); // "hold 30 s"
    EXPECT_FLOAT_EQ(k.holdRealS, real);
    // Played ten times faster: 30 s of holding take 3 s; the approach takes 1 s.
    const double approach = 1.0, played = real / 10.0;
    for (double x : {0.3, 1.5, 2.4}) {
        const TechniquePose pose = poseAt(k, scene().skin(), approach + x);
        EXPECT_EQ(pose.phase, "hold");
        ASSERT_TRUE(pose.holdRemainingS);
        EXPECT_NEAR(*pose.holdRemainingS, real * (1.0 - x / played), 1e-3) << x;
    }
    // The marker sinks into the skin while pressing and comes back up after the release.
    const auto sinkAt = [&](double t) {
        return playTechnique(k, scene().skin(), t).markers[0].sink;
    };
    EXPECT_NEAR(sinkAt(0.0), 0.0f, 1e-6f);
    EXPECT_GT(sinkAt(approach + 1.0), 0.008f); // firm: about 9 mm
    const TechniquePose after = poseAt(k, scene().skin(), approach + played + 1.2);
    EXPECT_FALSE(after.holdRemainingS);
    EXPECT_NEAR(playTechnique(k, scene().skin(), approach + played + 1.2).markers[0].sink, 0.0f,
                1e-6f);
    // It stays on its point the whole time: the query's point.
    EXPECT_LT(glm::length(poseAt(k, scene().skin(), 2.0).contact.position - queried(p.id)[0]),
              1e-4f);
}

TEST(TechniquePlayer, GunNeverRests) {
    const TechniqueTrack k = trackOf("massage_gun", "gun_gmax_area");
    EXPECT_EQ(k.motion, Motion::Gun);
    glm::vec3 previous = poseAt(k, scene().skin(), 0.0).contact.position;
    float slowest = 1e9f;
    for (int i = 1; i <= 60 * 30; ++i) { // 30 s at 60 frames a second
        const glm::vec3 c = poseAt(k, scene().skin(), i / 60.0).contact.position;
        slowest = std::min(slowest, glm::length(c - previous));
        previous = c;
    }
    EXPECT_GT(slowest, 0.0002f); // always at least 1.2 cm/s
}

TEST(TechniquePlayer, RollerRollsFromTheHipBoneToMidButtockUnderTheBody) {
    const TechniquePlacement& p = *content().findPlacement("fr_gmed_path");
    const TechniqueTrack k = trackOf("foam_roller", "fr_gmed_path");
    EXPECT_EQ(k.motion, Motion::Roller);
    const glm::vec3 top = queried(p.id).front(), mid = queried(p.id).back();
    const auto frame0 = playTechnique(k, scene().skin(), 0.0);
    const auto frameHalf = playTechnique(k, scene().skin(), 0.5 * k.loopS);
    ASSERT_EQ(frame0.props.size(), 1u);
    EXPECT_EQ(frame0.props[0].kind, PropKind::FoamRoller);
    EXPECT_LT(glm::length(frame0.pose.contact.position - top), 0.002f);
    EXPECT_LT(glm::length(frameHalf.pose.contact.position - mid), 0.003f);
    // The roller touches the skin: its axis lies a radius from the contact, outside the body
    // (behind it: the posterior view sees it, -Z).
    for (const auto* f : {&frame0, &frameHalf}) {
        const Prop& r = f->props[0];
        EXPECT_NEAR(glm::length(r.position - f->pose.contact.position), r.radius, 0.01f);
        EXPECT_LT(r.position.z, f->pose.contact.position.z);
        EXPECT_NEAR(glm::dot(r.axis, f->pose.contact.normal), 0.0f, 1e-3f);
    }
}

TEST(TechniquePlayer, BallSitsOnTheSpotAndHolds) {
    const TechniquePlacement& p = *content().findPlacement("mbf_gmed_point");
    const TechniqueTrack k = trackOf("massage_ball_floor", "mbf_gmed_point");
    EXPECT_EQ(k.motion, Motion::Ball);
    EXPECT_FLOAT_EQ(k.holdRealS, float(p.holdS->max)); // 60 s
    const auto f = playTechnique(k, scene().skin(), 1.0 + 3.0);
    ASSERT_EQ(f.props.size(), 1u);
    EXPECT_EQ(f.props[0].kind, PropKind::Ball);
    EXPECT_NEAR(glm::length(f.props[0].position - queried(p.id)[0]), f.props[0].radius, 0.012f);
    ASSERT_TRUE(f.pose.holdRemainingS);
    EXPECT_NEAR(*f.pose.holdRemainingS, 60.0f - 30.0f, 1e-3f);
}

TEST(TechniquePlayer, StretchShowsPullAlongTheFibres) {
    const TechniqueTrack k = trackOf("stretch_figure_four", "stretch_fig4_piriformis");
    EXPECT_EQ(k.motion, Motion::Stretch);
    const auto f = playTechnique(k, scene().skin(), 3.0);
    int arrows = 0;
    for (const auto& m : f.markers) {
        if (m.shape == MarkerShape::Cone) {
            ++arrows;
            // Pointing along the fibres, away from the centre.
            EXPECT_GT(std::abs(glm::dot(m.normal, k.fibre)), 0.8f);
            EXPECT_GT(glm::dot(m.normal, m.position - k.centre.position), 0.0f);
        }
    }
    EXPECT_EQ(arrows, 4);
    // The piriformis runs from the sacrum out to the greater trochanter: mostly sideways.
    EXPECT_GT(std::abs(k.fibre.x), 0.6f);
}

TEST(TechniquePlayer, StepTextInEachRegister) {
    const Technique& t = *content().findTechnique("trigger_point_compression");
    const TechniquePlacement& p = *content().findPlacement("tpc_gmed_trp1");
    const StepText patient =
        describePlacement(content(), t, p, Side::Left, "patient", "Gluteus medius");
    EXPECT_EQ(patient.duration, "hold 20-30 s, 2-3 times");
    EXPECT_EQ(patient.pressure, "firm");
    EXPECT_NE(patient.feel.find("good pain"), std::string::npos);
    EXPECT_NE(patient.feel.find("shooting"), std::string::npos);
    EXPECT_EQ(patient.direction.find("fibres"), std::string::npos); // plain words
    const StepText therapist =
        describePlacement(content(), t, p, Side::Left, "therapist", "Gluteus medius");
    EXPECT_NE(therapist.pressure.find("sustained"), std::string::npos);
    EXPECT_NE(therapist.feel.find("5-7"), std::string::npos);
    // Position and cautions come in the reader's register: plain words for the patient, the
    // therapist's own wording ("Client lying face down...") for the therapist.
    EXPECT_EQ(patient.cautions.size(), therapist.cautions.size());
    EXPECT_EQ(therapist.position.rfind("Client", 0), 0u) << therapist.position;
    EXPECT_NE(patient.position.rfind("Client", 0), 0u) << patient.position;
    EXPECT_TRUE(plainLanguageProblems(patient.position).empty()) << patient.position;
    std::size_t therapistJargon = 0;
    for (std::size_t i = 0; i < patient.cautions.size(); ++i) {
        EXPECT_TRUE(plainLanguageProblems(patient.cautions[i]).empty()) << patient.cautions[i];
        therapistJargon += !plainLanguageProblems(therapist.cautions[i]).empty();
        EXPECT_NE(patient.cautions[i], therapist.cautions[i]);
    }
    EXPECT_GT(therapistJargon, 0u); // the therapist's cautions are not the patient's
    const auto& gun = *content().findPlacement("gun_gmax_area");
    EXPECT_EQ(describePlacement(content(), *content().findTechnique("massage_gun"), gun,
                                Side::Right, "patient", "Gluteus maximus")
                  .duration,
              "1-2 min in all");
}

TEST(TechniquePlayer, CautionZonesNearAPlacement) {
    const TechniqueTrack k = trackOf("kneading", "knead_gmax_area");
    const auto zones = scene().zonesFor(k);
    bool sciatic = false;
    for (const auto* z : zones) {
        sciatic |= z->id == "caution_sciatic_course";
    }
    EXPECT_TRUE(sciatic);
    const auto& paint = scene().cautionPaint(zones);
    const Mesh& skin = test::defaultAtlas().parts[scene().skinPart()].mesh;
    ASSERT_EQ(paint.size(), skin.positions.size());
    // The sciatic band (x) covers skin between the trochanter and the sitting bone; far from it
    // (the front of the thigh) it is zero.
    // The middle of the band's course (cautions.json: between the trochanter and the sitting
    // bone, over the nerve) on the skin.
    const CautionZone* sciaticZone = content().findCautionZone("caution_sciatic_course");
    ASSERT_TRUE(sciaticZone && !sciaticZone->shapes.empty());
    const auto& course = sciaticZone->shapes.front().points;
    ASSERT_GE(course.size(), 3u);
    const glm::vec3 mid = queryPoint(course[course.size() / 2]);
    std::size_t nearest = 0, front = 0;
    for (std::size_t i = 0; i < skin.positions.size(); ++i) {
        if (glm::length(skin.positions[i] - mid) < glm::length(skin.positions[nearest] - mid)) {
            nearest = i;
        }
        if (skin.positions[i].z > skin.positions[front].z) {
            front = i;
        }
    }
    EXPECT_GT(paint[nearest].x, 0.9f);
    EXPECT_EQ(paint[front].x, 0.0f);
}

} // namespace
} // namespace glutea

namespace glutea {
namespace {

// The projector (a tree search) finds the same closest skin points as a search over every triangle.
TEST(SkinProjector, SameClosestPointsAsBruteForce) {
    const Atlas& atlas = test::defaultAtlas();
    const Mesh& skin = atlas.parts[atlas.findPart("skin", Side::None)].mesh;
    const SkinProjector projector(skin);
    std::uint32_t seed = 12345;
    auto random = [&seed](float lo, float hi) {
        seed = seed * 1664525u + 1013904223u;
        return lo + (hi - lo) * float(seed >> 8) / float(1u << 24);
    };
    const Bounds b = skin.bounds();
    for (int i = 0; i < 300; ++i) {
        // Points in and around the body, some far outside its box.
        const glm::vec3 p(random(b.min.x - 0.1f, b.max.x + 0.1f),
                          random(b.min.y - 0.1f, b.max.y + 0.1f),
                          random(b.min.z - 0.1f, b.max.z + 0.1f));
        const SkinSample s = projector.project(p);
        const glm::vec3 q = bruteSkin().closestPoint(p);
        EXPECT_NEAR(glm::length(s.position - p), glm::length(q - p), 1e-5f) << i;
        EXPECT_NEAR(glm::length(s.normal), 1.0f, 1e-4f);
    }
}

} // namespace
} // namespace glutea
