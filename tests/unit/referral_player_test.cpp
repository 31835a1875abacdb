// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// The referral player's timeline on a synthetic strip of skin: a row of vertices whose arrival
// distance grows along it, the first half essential, the rest spillover. What "shown" means is
// the renderer's rule of docs/ANIMATION.md (a zone vertex shows when its arrival distance is
// below the front), counted here independently of the player.
#include <algorithm>
#include <cmath>

#include <gtest/gtest.h>

#include "anatomy/referral_player.h"

namespace glutea {
namespace {

using T = ReferralTimeline;

struct Strip {
    ReferralPattern pattern;
    PatternField field;
    Mesh skin;
    std::vector<glm::vec4> paint;
};

// 40 vertices 1 cm apart along -Y from the trigger point's skin point; 0..19 essential, 20..39
// spillover; arrival distance = 1 cm per vertex + 2 cm (the zone starts 2 cm from the point).
Strip makeStrip(bool neural = false) {
    Strip s;
    s.pattern.id = "test_pattern";
    s.pattern.structure = "test_muscle";
    s.pattern.kind = neural ? "neural" : "myofascial";
    TriggerPoint tp;
    tp.id = "tp_a";
    s.pattern.triggerPoints.push_back(tp);
    s.field.pattern = &s.pattern;
    s.field.side = Side::Left;
    if (!neural) {
        TriggerPointSite site;
        site.triggerPoint = &s.pattern.triggerPoints[0];
        site.site.target = {0.05f, 0.0f, -0.05f};
        site.site.skin = {0.05f, 0.0f, -0.1f};
        s.field.triggerPoints.push_back(site);
    }
    for (int i = 0; i < 40; ++i) {
        s.skin.positions.push_back({0.05f + 0.002f * i, -0.01f * i, -0.1f});
        s.skin.normals.push_back(glm::normalize(glm::vec3(1.0f, 0.0f, -1.0f)));
        const float z = 0.02f + 0.01f * i;
        s.paint.push_back(i < 20 ? glm::vec4(1, 0, z, 0) : glm::vec4(0, 1, z, 0));
    }
    return s;
}

int shownEssential(const Strip& s, const PainLook& look) {
    int n = 0;
    for (const auto& v : s.paint) {
        n += (v.x > 0 && v.z < look.essentialFront) ? 1 : 0;
    }
    return n;
}

int shownSpillover(const Strip& s, const PainLook& look) {
    int n = 0;
    for (const auto& v : s.paint) {
        n += (v.y > 0 && v.z < look.spilloverFront) ? 1 : 0;
    }
    return n;
}

TEST(ReferralPlayer, AtTimeZeroMarkersButNoZone) {
    const Strip s = makeStrip();
    const ReferralPicture p = prepareReferral(s.field, s.paint, {}, s.skin);
    SceneOverlay overlay;
    playReferral(p, 0.0, {}, overlay);
    EXPECT_EQ(shownEssential(s, overlay.pain), 0);
    EXPECT_EQ(shownSpillover(s, overlay.pain), 0);
    ASSERT_EQ(overlay.markers.size(), 1u);
    EXPECT_EQ(overlay.markers[0].shape, MarkerShape::Sphere);
    EXPECT_FLOAT_EQ(overlay.markers[0].position.z, -0.05f); // on the muscle, not the skin
    EXPECT_TRUE(overlay.markers[0].onTop);
    EXPECT_EQ(overlay.skin.pain.size(), s.paint.size());
    EXPECT_EQ(overlay.skin.version, p.version);
}

TEST(ReferralPlayer, EssentialFillsBeforeSpilloverAndFrontsOnlyGrow) {
    const Strip s = makeStrip();
    const ReferralPicture p = prepareReferral(s.field, s.paint, {}, s.skin);
    int lastE = 0, lastS = 0;
    bool essentialPartlyShown = false;
    for (double t = 0.0; t <= T::kCompleteS + 0.01; t += 0.05) {
        const PainLook look = referralLookAt(p, t, {});
        const int e = shownEssential(s, look), sp = shownSpillover(s, look);
        EXPECT_GE(e, lastE) << "t " << t;
        EXPECT_GE(sp, lastS) << "t " << t;
        if (sp > 0) {
            EXPECT_EQ(e, 20) << "spillover shows before the essential zone is full, t " << t;
        }
        essentialPartlyShown |= e > 0 && e < 20;
        // The fill is spatial: the shown vertices are always the nearest ones.
        for (int i = 0; i + 1 < 20; ++i) {
            const bool a = s.paint[i].z < look.essentialFront;
            const bool b = s.paint[i + 1].z < look.essentialFront;
            EXPECT_FALSE(!a && b) << "farther vertex shown before a nearer one, t " << t;
        }
        lastE = e;
        lastS = sp;
    }
    EXPECT_TRUE(essentialPartlyShown) << "the essential zone never spreads: it appears at once";
}

TEST(ReferralPlayer, CompleteAtTheStatedTimeAndHolds) {
    const Strip s = makeStrip();
    const ReferralPicture p = prepareReferral(s.field, s.paint, {}, s.skin);
    const PainLook before = referralLookAt(p, T::kCompleteS - 0.3, {});
    EXPECT_LT(shownSpillover(s, before), 20);
    for (double t :
         {double(T::kCompleteS), T::kCompleteS + 1.0, T::kCompleteS + T::kHoldS - 0.01}) {
        const PainLook look = referralLookAt(p, t, {});
        EXPECT_EQ(shownEssential(s, look), 20) << t;
        EXPECT_EQ(shownSpillover(s, look), 20) << t;
        EXPECT_FLOAT_EQ(look.strength, 1.0f) << t;
    }
    EXPECT_FLOAT_EQ(T::kCompleteS, 5.5f); // the value README and ANIMATION.md state
}

TEST(ReferralPlayer, FadesThenLoops) {
    const Strip s = makeStrip();
    const ReferralPicture p = prepareReferral(s.field, s.paint, {}, s.skin);
    const double fadeMid = T::kCompleteS + T::kHoldS + T::kFadeS * 0.5;
    const PainLook fading = referralLookAt(p, fadeMid, {});
    EXPECT_GT(fading.strength, 0.05f);
    EXPECT_LT(fading.strength, 0.95f);
    for (double t : {0.0, 0.7, 2.0, 4.9, 6.0}) {
        const PainLook a = referralLookAt(p, t, {});
        const PainLook b = referralLookAt(p, t + T::kPeriodS, {});
        const PainLook c = referralLookAt(p, t + 3 * T::kPeriodS, {});
        EXPECT_NEAR(a.essentialFront, b.essentialFront, 1e-4) << t;
        EXPECT_NEAR(a.spilloverFront, c.spilloverFront, 1e-4) << t;
        EXPECT_NEAR(a.strength, b.strength, 1e-5) << t;
    }
    // Right after the loop the zone is gone again.
    EXPECT_EQ(shownEssential(s, referralLookAt(p, T::kPeriodS + 0.1, {})), 0);
}

TEST(ReferralPlayer, ReducedMotionIsTheCompleteStillMap) {
    const Strip s = makeStrip();
    const ReferralPicture p = prepareReferral(s.field, s.paint, {}, s.skin);
    ReferralPlaySettings still;
    still.reducedMotion = true;
    const PainLook complete = referralLookAt(p, T::kCompleteS + 0.5, {});
    for (double t : {0.0, 0.3, 3.0, 7.9, 8.6, 100.0}) {
        const PainLook look = referralLookAt(p, t, still);
        EXPECT_EQ(shownEssential(s, look), shownEssential(s, complete)) << t;
        EXPECT_EQ(shownSpillover(s, look), shownSpillover(s, complete)) << t;
        EXPECT_FLOAT_EQ(look.strength, 1.0f) << t;
        EXPECT_FLOAT_EQ(referralMarkerRadius(t, still), referralMarkerRadius(0.0, still)) << t;
    }
    // Without it the markers pulse.
    EXPECT_NE(referralMarkerRadius(0.2, {}), referralMarkerRadius(0.6, {}));
}

TEST(ReferralPlayer, NeuralPulsesTravelAndStopWithReducedMotion) {
    const Strip s = makeStrip(true);
    const ReferralPicture p = prepareReferral(s.field, s.paint, {}, s.skin);
    EXPECT_TRUE(p.neural);
    EXPECT_TRUE(p.sites.empty()); // a nerve has no trigger points
    const PainLook a = referralLookAt(p, 6.0, {}), b = referralLookAt(p, 6.5, {});
    EXPECT_TRUE(a.neural);
    EXPECT_GT(b.pulseTravel, a.pulseTravel);
    ReferralPlaySettings still;
    still.reducedMotion = true;
    EXPECT_EQ(referralLookAt(p, 6.0, still).pulseTravel, referralLookAt(p, 6.5, still).pulseTravel);
}

TEST(ReferralPlayer, OneTriggerPointKeepsOnlyItsMarkerAndFramesItsZone) {
    Strip s = makeStrip();
    TriggerPoint other;
    other.id = "tp_b";
    s.pattern.triggerPoints.push_back(other);
    s.field.triggerPoints[0].triggerPoint = &s.pattern.triggerPoints[0];
    TriggerPointSite siteB;
    siteB.triggerPoint = &s.pattern.triggerPoints[1];
    siteB.site.target = {0.3f, 0.4f, 0.0f};
    siteB.site.skin = {0.3f, 0.4f, -0.05f};
    s.field.triggerPoints.push_back(siteB);
    const ReferralPicture all = prepareReferral(s.field, s.paint, {}, s.skin);
    const ReferralPicture one = prepareReferral(s.field, s.paint, "tp_a", s.skin);
    EXPECT_EQ(all.sites.size(), 2u);
    ASSERT_EQ(one.sites.size(), 1u);
    EXPECT_FLOAT_EQ(one.sites[0].x, 0.05f);
    // The bounds hold the whole zone (lowest vertex at y = -0.39) and the trigger point.
    EXPECT_LE(one.bounds.min.y, -0.39f + 1e-4f);
    EXPECT_GE(one.bounds.max.y, 0.0f - 1e-4f);
    EXPECT_LT(one.bounds.max.y, 0.4f); // not the other trigger point's
    EXPECT_NE(all.version, one.version);
    // Seen from where the zone faces: posterior and lateral (+X on the left side).
    const glm::vec2 yp = referralYawPitch(one);
    EXPECT_NEAR(yp.x, 135.0f, 1.0f);
    EXPECT_NEAR(yp.y, 0.0f, 1.0f);
}

} // namespace
} // namespace glutea

namespace glutea {
namespace {

// Every corner of a long, thin box (a zone down a leg) projects inside the view, and the fit is
// tight: one corner touches the edge (within the margin), unlike a bounding sphere's.
TEST(ReferralPlayer, FramingFitsTheBoxTightly) {
    Bounds b;
    b.add({0.05f, -0.85f, -0.12f});
    b.add({0.20f, 0.10f, 0.02f});
    for (float yaw : {180.0f, 135.0f, 90.0f}) {
        OrbitCamera cam;
        cam.yawDegrees = yaw;
        cam.pitchDegrees = 10.0f;
        const float aspect = 1.2f;
        frameReferralBounds(cam, b, aspect, 0.0f);
        const glm::mat4 pv = cam.projection(aspect, b) * cam.view();
        float most = 0.0f;
        for (int i = 0; i < 8; ++i) {
            const glm::vec3 c((i & 1) ? b.max.x : b.min.x, (i & 2) ? b.max.y : b.min.y,
                              (i & 4) ? b.max.z : b.min.z);
            const glm::vec4 clip = pv * glm::vec4(c, 1.0f);
            ASSERT_GT(clip.w, 0.0f);
            const float x = std::abs(clip.x / clip.w), y = std::abs(clip.y / clip.w);
            EXPECT_LE(x, 1.0001f) << yaw;
            EXPECT_LE(y, 1.0001f) << yaw;
            most = std::max({most, x, y});
        }
        EXPECT_GT(most, 0.99f) << yaw << ": not tight";
    }
}

} // namespace
} // namespace glutea
