// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// `glutea query` and the content part of `glutea validate`, run in-process on the default atlas.
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "anatomy/atlas_content.h"
#include "anatomy/content_loader.h"
#include "anatomy/zone_field.h"
#include "atlas_fixture.h"
#include "cli_runner.h"
#include "content_test_support.h"

namespace glutea {
namespace {

using test::CliResult;

// On the default atlas.
CliResult run(std::vector<std::string> args) {
    args.insert(args.end(), {"--atlas", (test::sourceDir() / "assets" / "atlas").string()});
    return test::runGlutea(std::move(args));
}

nlohmann::json runJson(std::vector<std::string> args) {
    args.push_back("--json");
    const CliResult r = run(std::move(args));
    EXPECT_EQ(r.code, 0) << r.err;
    return nlohmann::json::parse(r.out);
}

TEST(ContentQuery, StructureForOneAudience) {
    const auto j = runJson({"query", "structure", "piriformis", "--audience", "patient"});
    EXPECT_EQ(j["latin"], "Musculus piriformis");
    EXPECT_EQ(j["facts"]["innervation"]["evidence"], "anatomy");
    ASSERT_EQ(j["texts"].size(), 1u);
    EXPECT_EQ(j["texts"]["patient"]["source"], "grays_anatomy");
    const auto r = run({"query", "structure", "spleen"});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.err, "glutea: error: unknown structure \"spleen\"\n");
}

TEST(ContentQuery, ReferralOfAMuscleOnEachSide) {
    const auto left = runJson({"query", "referral", "--muscle", "gluteus_medius"});
    const auto right =
        runJson({"query", "referral", "--muscle", "gluteus_medius", "--side", "right"});
    ASSERT_EQ(left["trigger_points"].size(), 3u);
    for (std::size_t i = 0; i < 3; ++i) {
        // +X is the subject's left; the atlas is mirror-symmetric.
        EXPECT_GT(left["trigger_points"][i]["position"][0].get<double>(), 0.0);
        EXPECT_NEAR(right["trigger_points"][i]["position"][0].get<double>(),
                    -left["trigger_points"][i]["position"][0].get<double>(), 0.005);
    }
    for (const auto& zone : left["zones"]) {
        EXPECT_GT(zone["area_cm2"].get<double>(), 10.0) << zone["id"];
        EXPECT_LE(zone["lowest"][1].get<double>(), zone["highest"][1].get<double>());
    }
    EXPECT_EQ(left["zones"][0]["body_areas"][0], "lower_back");
    // Minimus refers down the side of the leg: its lateral zone reaches the knee.
    const auto minimus = runJson({"query", "referral", "--muscle", "gluteus_minimus"});
    EXPECT_LT(minimus["zones"][0]["lowest"][1].get<double>(), -0.3);
}

TEST(ContentQuery, ReferralAtATriggerPointFindsItsMuscle) {
    const auto medius = runJson({"query", "referral", "--muscle", "gluteus_medius"});
    const auto& p = medius["trigger_points"][1]["position"];
    const std::string at = std::to_string(p[0].get<double>()) + "," +
                           std::to_string(p[1].get<double>()) + "," +
                           std::to_string(p[2].get<double>());
    const auto j = runJson({"query", "referral", "--at", at});
    EXPECT_EQ(j["side"], "left");
    bool found = false;
    bool spilloverSeen = false;
    for (const auto& m : j["muscles"]) {
        found = found || m["muscle"] == "gluteus_medius";
        // Ranked: no essential zone after a spillover one.
        EXPECT_FALSE(spilloverSeen && m["kind"] == "essential");
        spilloverSeen = spilloverSeen || m["kind"] == "spillover";
    }
    EXPECT_TRUE(found) << j.dump();
    EXPECT_EQ(run({"query", "referral", "--at", "1,2"}).code, 1);
}

TEST(ContentQuery, ReferralAreasAreThoseOfThePaintedFields) {
    // The query measures the same per-vertex fields the window paints: same areas, same extent.
    const Atlas& atlas = test::defaultAtlas();
    const Content content = loadValidatedContent(test::sourceDir() / "assets" / "atlas" / "content",
                                                 knownIdsOf(atlas.manifest, atlas.landmarks));
    const ReferralFields fields = ReferralFields::compute(atlas, content);
    for (const char* side : {"left", "right"}) {
        const auto j =
            runJson({"query", "referral", "--muscle", "gluteus_minimus", "--side", side});
        const PatternField* f =
            fields.find("gluteus_minimus", std::string(side) == "left" ? Side::Left : Side::Right);
        ASSERT_NE(f, nullptr);
        ASSERT_EQ(j["zones"].size(), f->zones.size());
        for (std::size_t i = 0; i < f->zones.size(); ++i) {
            EXPECT_EQ(j["zones"][i]["id"], f->zones[i].zone->id);
            EXPECT_NEAR(j["zones"][i]["area_cm2"].get<double>(), f->zones[i].area.areaCm2, 0.051);
            EXPECT_NEAR(j["zones"][i]["lowest"][1].get<double>(), f->zones[i].area.lowest.y, 1e-4);
        }
    }
}

TEST(ContentQuery, ReferralAtRanksThePaintedArea) {
    // The posterior iliac crest, a little off the skin: the medius's crest band covers it.
    const auto j = runJson({"query", "referral", "--at", "0.09,0.155,-0.11", "--radius", "3"});
    EXPECT_EQ(j["radius_cm"], 3.0);
    ASSERT_FALSE(j["ranking"].empty()) << j.dump();
    EXPECT_EQ(j["ranking"][0]["structure"], "gluteus_medius");
    EXPECT_EQ(j["ranking"][0]["side"], "left");
    EXPECT_EQ(j["ranking"][0]["kind"], "essential");
    bool spilloverSeen = false;
    for (const auto& r : j["ranking"]) {
        for (const char* key : {"structure", "pattern", "side", "zone", "kind", "share"}) {
            EXPECT_TRUE(r.contains(key)) << key;
        }
        EXPECT_GT(r["share"].get<double>(), 0.0);
        EXPECT_LE(r["share"].get<double>(), 1.0);
        EXPECT_FALSE(spilloverSeen && r["kind"] == "essential");
        spilloverSeen = spilloverSeen || r["kind"] == "spillover";
    }
    // The mirror point on the right: the right side's patterns.
    const auto right = runJson({"query", "referral", "--at", "-0.09,0.155,-0.11"});
    EXPECT_EQ(right["side"], "right");
    ASSERT_FALSE(right["ranking"].empty());
    EXPECT_EQ(right["ranking"][0]["structure"], "gluteus_medius");
    EXPECT_EQ(right["ranking"][0]["side"], "right");
    const auto text = run({"query", "referral", "--at", "0.09,0.155,-0.11"});
    EXPECT_EQ(text.code, 0);
    EXPECT_NE(text.out.find("painted 2 cm around it, ranked:\n  1. gluteus_medius (left): "
                            "essential zone gmed_zone_crest"),
              std::string::npos)
        << text.out;
    // A radius must be positive, and only paints around --at.
    EXPECT_EQ(run({"query", "referral", "--at", "0.09,0.155,-0.11", "--radius", "0"}).code, 2);
    EXPECT_EQ(run({"query", "referral", "--muscle", "piriformis", "--radius", "2"}).code, 2);
    EXPECT_EQ(run({"query", "referral", "--at", "0.09,0.155,-0.11", "--radius", "80"}).code, 1);
}

TEST(ContentQuery, SustainedTechniquesStayOutOfCautionZones) {
    for (const char* muscle :
         {"gluteus_maximus", "gluteus_medius", "gluteus_minimus", "piriformis"}) {
        const auto j = runJson({"query", "techniques", "--muscle", muscle});
        ASSERT_FALSE(j["placements"].empty()) << muscle;
        for (const auto& p : j["placements"]) {
            EXPECT_FALSE(p["points"].empty()) << p["placement"];
            if (!p["sustained"].get<bool>()) {
                continue;
            }
            EXPECT_FALSE(p["hold_s"].is_null());
            for (const auto& [zone, cm] : p["caution_distance_cm"].items()) {
                EXPECT_GT(cm.get<double>(), 0.0) << p["placement"] << " in " << zone;
            }
        }
    }
}

// Per placement and side, each point says where it is pressed from and what pressing meets.
TEST(ContentQuery, TechniquesShowWhatPressingMeets) {
    const auto j = runJson({"query", "techniques", "--muscle", "piriformis"});
    bool sawCompression = false;
    for (const auto& p : j["placements"]) {
        EXPECT_EQ(p["press_from"], "posterior") << p["placement"];
        ASSERT_EQ(p["press"].size(), 2u);
        EXPECT_EQ(p["press"][0]["side"], "left");
        EXPECT_EQ(p["press"][1]["side"], "right");
        for (const auto& side : p["press"]) {
            for (const auto& q : side["points"]) {
                ASSERT_TRUE(q.is_object()) << p["placement"];
                EXPECT_EQ(q["inward"], nlohmann::json({0.0, 0.0, 1.0}));
                EXPECT_TRUE(q["reaches_target"].get<bool>()) << p["placement"];
                // Skin first at depth 0, then deeper and deeper, ending on the piriformis.
                const auto& meets = q["meets"];
                ASSERT_GE(meets.size(), 2u);
                EXPECT_EQ(meets[0]["structure"], "skin");
                EXPECT_EQ(meets[0]["depth_mm"], 0.0);
                EXPECT_EQ(meets.back()["structure"], "piriformis");
                for (std::size_t i = 1; i < meets.size(); ++i) {
                    EXPECT_GT(meets[i]["depth_mm"].get<double>(),
                              meets[i - 1]["depth_mm"].get<double>());
                }
                // The skin point lies behind the target, along the pressing direction.
                EXPECT_LT(q["skin"][2].get<double>(), q["target"][2].get<double>());
                EXPECT_TRUE(q["caution_distance_cm"].contains("caution_sciatic_course"));
            }
        }
        sawCompression = sawCompression || p["placement"] == "tpc_piriformis_lateral";
    }
    EXPECT_TRUE(sawCompression);
}

TEST(ContentQuery, AtlasWithoutContentIsAClearError) {
    const auto mini = test::sourceDir() / "tests" / "data" / "mini_atlas";
    const char* argv[] = {"glutea", "query", "structure", "piriformis", "--atlas", mini.c_str()};
    std::ostringstream out, err;
    EXPECT_EQ(runCli(6, argv, out, err), 1);
    EXPECT_EQ(err.str(), "glutea: error: " + (mini / "atlas.json").string() +
                             ": this atlas has no content folder (" + (mini / "content").string() +
                             "), so there is nothing to query\n");
}

TEST(ContentQuery, ValidateReportsContentProblems) {
    EXPECT_EQ(run({"validate"}).code, 0);
    // A copy of the default atlas with one broken routine step.
    const auto atlas = test::scratchDir() / "atlas";
    std::filesystem::copy(test::sourceDir() / "assets" / "atlas", atlas,
                          std::filesystem::copy_options::recursive);
    const auto routines = atlas / "content" / "routines.json";
    test::replaceOnce(routines, "{\"placement\": \"pfc_gmin_area\"}",
                      "{\"placement\": \"nowhere\"}");
    std::vector<std::string> args = {"validate", "--atlas", atlas.string()};
    args.insert(args.begin(), "glutea");
    std::vector<const char*> argv;
    argv.reserve(args.size());
    for (const auto& a : args) {
        argv.push_back(a.c_str());
    }
    std::ostringstream out, err;
    EXPECT_EQ(runCli(static_cast<int>(argv.size()), argv.data(), out, err), 1);
    EXPECT_EQ(out.str(), routines.string() + ":" + test::positionOf(routines, "\"nowhere\"") +
                             ": routine step points nowhere: no placement \"nowhere\" (at "
                             "/routines/3/steps/2/placement)\n");
}

} // namespace
} // namespace glutea
