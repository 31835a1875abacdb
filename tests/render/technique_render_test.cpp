// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// `glutea render --show technique:...`, `--routine`, `--show cautions` through the real command
// line (in-process, headless EGL) on the default atlas. Where things should be comes from `glutea
// query techniques --json`, the landmarks and the `--mask` of a structure, projected with the
// preset camera; never from the technique player.
#include <cmath>
#include <filesystem>
#include <regex>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "../unit/cli_runner.h"
#include "app/scene.h"
#include "imaging/image.h"
#include "import/assimp_loader.h"

namespace glutea {
namespace {

constexpr int kWidth = 640, kHeight = 480;
const std::string kSize = "640x480";

std::string atlasDir() {
    return GLUTEA_SOURCE_DIR "/assets/atlas";
}
std::filesystem::path outDir() {
    const auto dir = std::filesystem::path(GLUTEA_BINARY_DIR) / "Testing" / "render";
    std::filesystem::create_directories(dir);
    return dir;
}

const Atlas& atlas() {
    static const Atlas a = loadAtlas(atlasDir());
    return a;
}

test::CliResult glutea(std::vector<std::string> args) {
    args.insert(args.end(), {"--atlas", atlasDir()});
    auto r = test::runGlutea(std::move(args));
    EXPECT_EQ(r.code, 0) << r.err;
    return r;
}

// Renders and reads back; `name` is kept in Testing/render for looking at.
Image render(const std::string& name, std::vector<std::string> args) {
    const auto file = outDir() / ("technique_" + name + ".png");
    args.insert(args.begin(), {"render", "-o", file.string(), "--size", kSize});
    glutea(args);
    return readPng(file);
}

struct Placement {
    std::vector<glm::vec3> points;
    nlohmann::json json;
};
Placement queried(const std::string& muscle, const std::string& id) {
    const auto r = glutea({"query", "techniques", "--muscle", muscle, "--json"});
    const auto answer = nlohmann::json::parse(r.out);
    Placement p;
    for (const auto& q : answer["placements"]) {
        if (q["placement"] == id) {
            p.json = q;
            for (const auto& v : q["points"]) {
                p.points.emplace_back(v[0].get<float>(), v[1].get<float>(), v[2].get<float>());
            }
        }
    }
    EXPECT_FALSE(p.points.empty()) << id;
    return p;
}

glm::vec2 pixelOf(const glm::vec3& p, const std::string& viewName = "posterior") {
    const ViewState v = makeViewState(atlas(), float(kWidth) / float(kHeight), viewName);
    const glm::vec4 clip = v.camera.projection(float(kWidth) / float(kHeight), atlas().bounds) *
                           v.camera.view() * glm::vec4(p, 1.0f);
    const glm::vec2 ndc = glm::vec2(clip) / clip.w;
    return {(ndc.x * 0.5f + 0.5f) * kWidth, (1.0f - (ndc.y * 0.5f + 0.5f)) * kHeight};
}

bool white(const Image& m, int x, int y) {
    return x >= 0 && y >= 0 && x < m.width && y < m.height && m.at(x, y).r > 127;
}
// A white pixel within `radius` pixels of `at`.
bool whiteNear(const Image& m, glm::vec2 at, int radius) {
    for (int dy = -radius; dy <= radius; ++dy) {
        for (int dx = -radius; dx <= radius; ++dx) {
            if (white(m, int(at.x) + dx, int(at.y) + dy)) {
                return true;
            }
        }
    }
    return false;
}
struct Blob {
    long count = 0;
    glm::vec2 centroid{0.0f};
};
Blob blobOf(const Image& m) {
    Blob b;
    glm::dvec2 sum(0.0);
    for (int y = 0; y < m.height; ++y) {
        for (int x = 0; x < m.width; ++x) {
            if (white(m, x, y)) {
                ++b.count;
                sum += glm::dvec2(x, y);
            }
        }
    }
    b.centroid = b.count ? glm::vec2(sum / double(b.count)) : glm::vec2(0.0f);
    return b;
}

TEST(TechniqueRender, EffleurageMarkerIsWhereTheQuerySaysAndMovesBetween) {
    const Placement q = queried("gluteus_maximus", "eff_gmax_path");
    const double stroke =
        0.5 * (q.json["stroke_s"][0].get<double>() + q.json["stroke_s"][1].get<double>());
    const glm::vec2 first = pixelOf(q.points.front()), last = pixelOf(q.points.back());
    ASSERT_GT(glm::length(last - first), 40.0f); // the stroke crosses the buttock
    const std::vector<std::string> show = {"--select", "gluteus_maximus_l",
                                           "--show",   "technique:effleurage/eff_gmax_path",
                                           "--mask",   "markers"};
    auto at = [&](const char* name, double t) {
        auto args = show;
        args.insert(args.end(), {"--time", std::to_string(t)});
        return render(name, args);
    };
    const Image start = at("eff_start", 0.0), middle = at("eff_middle", stroke / 2),
                end = at("eff_end", stroke - 0.02);
    EXPECT_TRUE(whiteNear(start, first, 3));
    EXPECT_FALSE(whiteNear(start, last, 3));
    EXPECT_TRUE(whiteNear(end, last, 3));
    EXPECT_FALSE(whiteNear(end, first, 3));
    // The hand (a palm, wider than a third of the stroke) is centred on each end in turn, and
    // half way through it is between them, along the line that joins them.
    const glm::vec2 d = last - first;
    auto along = [&](const Image& m) {
        return glm::dot(blobOf(m).centroid - first, d) / glm::dot(d, d);
    };
    ASSERT_GT(blobOf(middle).count, 50);
    EXPECT_NEAR(along(start), 0.0f, 0.1f);
    EXPECT_NEAR(along(end), 1.0f, 0.1f);
    EXPECT_GT(along(middle), 0.25f);
    EXPECT_LT(along(middle), 0.75f);
    EXPECT_LT(glm::length(blobOf(start).centroid - first), 4.0f);
    EXPECT_LT(glm::length(blobOf(end).centroid - last), 4.0f);
}

TEST(TechniqueRender, ReducedMotionShowsOneStillPictureWhateverTheTime) {
    const Placement q = queried("gluteus_maximus", "eff_gmax_path");
    const double stroke =
        0.5 * (q.json["stroke_s"][0].get<double>() + q.json["stroke_s"][1].get<double>());
    auto at = [&](const char* name, double t, bool still) {
        std::vector<std::string> args = {
            "--select", "gluteus_maximus_l", "--show", "technique:effleurage/eff_gmax_path",
            "--mask",   "markers",           "--time", std::to_string(t)};
        if (still) {
            args.push_back("--reduced-motion");
        }
        return render(name, args);
    };
    const Image early = at("eff_still_early", 0.0, true);
    const Image late = at("eff_still_late", stroke - 0.02, true);
    ASSERT_GT(blobOf(early).count, 50) << "the still picture shows no hand";
    EXPECT_EQ(early.rgb, late.rgb) << "the still picture moved with --time";
    // Without it the hand is elsewhere at the start: the option, not the time, made them equal.
    const Image moving = at("eff_moving_early", 0.0, false);
    EXPECT_GT(glm::length(blobOf(moving).centroid - blobOf(early).centroid), 10.0f);
}

TEST(TechniqueRender, HoldCountdownInRealSeconds) {
    const Placement q = queried("gluteus_medius", "tpc_gmed_trp1");
    const double hold = q.json["hold_s"][1].get<double>(); // "hold 30 s"
    // Approach 1 s, then the hold played ten times faster.
    for (double x : {0.4, 1.2, 2.5}) {
        const auto file = outDir() / "technique_tpc_hold.png";
        const auto r =
            glutea({"render", "-o", file.string(), "--size", kSize, "--select", "gluteus_medius_l",
                    "--show", "technique:trigger_point_compression/tpc_gmed_trp1", "--time",
                    std::to_string(1.0 + x)});
        const int left = int(std::ceil(hold - 10.0 * x - 1e-3));
        const std::string expected =
            "hold " + std::to_string(int(hold)) + " s: " + std::to_string(left) + " s left";
        EXPECT_NE(r.out.find(expected), std::string::npos) << expected << " in\n" << r.out;
    }
}

TEST(TechniqueRender, CautionBandLiesOverTheSciaticNerve) {
    const Image plain = render("plain", {});
    const Image shown = render("cautions", {"--show", "cautions"});
    const Image nerve = render("sciatic_mask", {"--mask", "sciatic_nerve_l"});
    // Below where the nerve leaves the pelvis (its roots inside it have no band over them).
    const float exitY = pixelOf(atlas().landmarks.at("sciatic_exit_l").skin).y;
    const float fourCm = glm::length(pixelOf(glm::vec3(0.1f, -0.1f, -0.12f)) -
                                     pixelOf(glm::vec3(0.14f, -0.1f, -0.12f)));
    auto amberAt = [&](int x, int y) { // moved toward #FFB000: red gained on blue
        const auto a = plain.at(x, y), b = shown.at(x, y);
        return (int(b.r) - int(b.b)) - (int(a.r) - int(a.b)) > 25;
    };
    // The band is hatched: a pixel between two amber stripes still lies in the band.
    auto amber = [&](int x, int y) {
        for (int dy = -3; dy <= 3; ++dy) {
            for (int dx = -3; dx <= 3; ++dx) {
                const int sx = x + dx, sy = y + dy;
                if (sx >= 0 && sy >= 0 && sx < kWidth && sy < kHeight && amberAt(sx, sy)) {
                    return true;
                }
            }
        }
        return false;
    };
    long nervePx = 0, nerveAmber = 0;
    for (int y = int(exitY); y < kHeight; ++y) {
        for (int x = 0; x < kWidth; ++x) {
            if (white(nerve, x, y)) {
                ++nervePx;
                nerveAmber += amber(x, y) ? 1 : 0;
            }
        }
    }
    ASSERT_GT(nervePx, 300);
    EXPECT_GT(double(nerveAmber) / double(nervePx), 0.7) << nerveAmber << " of " << nervePx;
    // And the amber on the left half lies near the nerve (within 4 cm of its projection).
    long amberPx = 0, nearNerve = 0;
    for (int y = 0; y < kHeight; ++y) {
        for (int x = 0; x < kWidth / 2; ++x) {
            if (amberAt(x, y)) {
                ++amberPx;
                nearNerve += whiteNear(nerve, {float(x), float(y)}, int(fourCm)) ? 1 : 0;
            }
        }
    }
    ASSERT_GT(amberPx, 300);
    EXPECT_GT(double(nearNerve) / double(amberPx), 0.9) << nearNerve << " of " << amberPx;
}

TEST(TechniqueRender, PropsWhereTheContentPlacesThem) {
    // The ball under the upper buttock, at the placement's point (posterior view: the ball
    // covers the spot it presses).
    const Placement ball = queried("gluteus_medius", "mbf_gmed_point");
    const Image ballMask = render("ball_props", {"--select", "gluteus_medius_l", "--show",
                                                 "technique:massage_ball_floor/mbf_gmed_point",
                                                 "--time", "3", "--mask", "props"});
    const Blob b = blobOf(ballMask);
    const glm::vec2 spot = pixelOf(ball.points[0]);
    // A 3.2 cm ball about 4 cm nearer the camera than the skin: radius in pixels, roughly.
    const float r = glm::length(pixelOf(ball.points[0] + glm::vec3(0.032f, 0.0f, -0.04f)) -
                                pixelOf(ball.points[0] + glm::vec3(0.0f, 0.0f, -0.04f)));
    ASSERT_GT(b.count, 0);
    EXPECT_LT(glm::length(b.centroid - spot), 0.6f * r);
    EXPECT_GT(double(b.count), 0.5 * 3.14159 * r * r);
    EXPECT_LT(double(b.count), 2.0 * 3.14159 * r * r);
    // The roller: from the top of the hip bone at the start to mid-buttock half a loop later.
    const Placement roll = queried("gluteus_medius", "fr_gmed_path");
    const double stroke =
        0.5 * (roll.json["stroke_s"][0].get<double>() + roll.json["stroke_s"][1].get<double>());
    const std::vector<std::string> show = {"--select", "gluteus_medius_l",
                                           "--show",   "technique:foam_roller/fr_gmed_path",
                                           "--mask",   "props"};
    auto at = [&](const char* name, double t) {
        auto args = show;
        args.insert(args.end(), {"--time", std::to_string(t)});
        return render(name, args);
    };
    const Image top = at("roller_top", 0.0), low = at("roller_low", stroke);
    const glm::vec2 crest = pixelOf(roll.points.front()), mid = pixelOf(roll.points.back());
    EXPECT_TRUE(whiteNear(top, crest, 2));
    EXPECT_TRUE(whiteNear(low, mid, 2));
    // It rolled down: the mask's centroid moved down the screen by about the path's drop.
    EXPECT_NEAR(blobOf(low).centroid.y - blobOf(top).centroid.y, mid.y - crest.y,
                0.35f * std::abs(mid.y - crest.y) + 3.0f);
}

TEST(TechniqueRender, RoutineStepPlaysItsPlacement) {
    const auto file = outDir() / "technique_routine_step.png";
    const auto r = glutea({"render", "-o", file.string(), "--size", kSize, "--routine",
                           "low_back_from_glutes", "--step", "4", "--time", "2"});
    // Step 4 of that routine is tpc_gmed_trp1 (routines.json).
    EXPECT_NE(r.out.find("technique trigger_point_compression/tpc_gmed_trp1 (left): hold"),
              std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("dosage about"), std::string::npos);
    const auto bad = test::runGlutea(
        {"render", "-o", file.string(), "--routine", "nope", "--atlas", atlasDir()});
    EXPECT_EQ(bad.code, 1);
    EXPECT_NE(bad.err.find("--routine nope: no such routine"), std::string::npos) << bad.err;
}

} // namespace
} // namespace glutea
