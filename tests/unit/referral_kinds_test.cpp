// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// Radicular patterns (a nerve root's dermatome) are named as what they are, apart from a muscle's
// trigger-point referral: by `glutea query referral --at` (text and JSON) and by the words the
// window's referral panel uses (anatomy/referral_kinds).
#include <fstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "anatomy/referral_kinds.h"
#include "cli_runner.h"
#include "test_support.h"

namespace glutea {
namespace {

test::CliResult run(std::vector<std::string> args) {
    args.insert(args.end(), {"--atlas", (test::sourceDir() / "assets" / "atlas").string()});
    return test::runGlutea(std::move(args));
}

// A point on the outside of the left shin, halfway from the knee's outer bump to the ankle's,
// read from the atlas's landmarks (where the L5 dermatome lies, docs/CONTENT-FORMAT.md).
std::string outerShin() {
    std::ifstream in(test::sourceDir() / "assets" / "atlas" / "landmarks.json");
    const auto landmarks = nlohmann::json::parse(in)["landmarks"];
    std::vector<double> knee, ankle;
    for (const auto& l : landmarks) {
        if (l["id"] == "femoral_lateral_epicondyle_l") {
            knee = l["skin"].get<std::vector<double>>();
        } else if (l["id"] == "lateral_malleolus_l") {
            ankle = l["skin"].get<std::vector<double>>();
        }
    }
    EXPECT_EQ(knee.size(), 3u);
    EXPECT_EQ(ankle.size(), 3u);
    std::string at;
    for (std::size_t i = 0; i < 3 && i < knee.size() && i < ankle.size(); ++i) {
        at += (i ? "," : "") + std::to_string(0.5 * (knee[i] + ankle[i]));
    }
    return at;
}

TEST(ReferralKinds, RadicularPatternIsNamedByItsRootNotTheSkin) {
    ReferralPattern root;
    root.kind = "radicular";
    root.structure = "skin";
    root.root = "L5";
    EXPECT_EQ(patternSubject(root, "Skin", false), "L5 nerve root (dermatome)");
    EXPECT_EQ(patternSubject(root, "Skin", true), "Nerve from the low back (L5)");
    EXPECT_EQ(patternKindLabel(root, false), "nerve root (radicular, dermatome)");
    EXPECT_TRUE(nervePattern(root));
    ReferralPattern muscle;
    muscle.kind = "myofascial";
    EXPECT_EQ(patternSubject(muscle, "Gluteus medius", false), "Gluteus medius");
    EXPECT_EQ(patternKindLabel(muscle, false), "trigger-point referral");
    EXPECT_FALSE(nervePattern(muscle));
    ReferralPattern joint;
    joint.kind = "articular";
    EXPECT_EQ(patternKindLabel(joint, true), "joint");
    EXPECT_FALSE(nervePattern(joint)); // a joint's pain is not nerve pain
}

TEST(ReferralKinds, QueryAtTheShinListsTheL5DermatomeAsRadicular) {
    const std::string at = outerShin();
    const auto r = run({"query", "referral", "--at", at, "--json"});
    ASSERT_EQ(r.code, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    bool l5 = false;
    for (const auto& list : {j["muscles"], j["ranking"]}) {
        for (const auto& m : list) {
            EXPECT_NE(m["what"], "skin") << m.dump();
            if (m["pattern"] == "dermatome_l5") {
                l5 = true;
                EXPECT_EQ(m["pattern_kind"], "radicular") << m.dump();
                EXPECT_EQ(m["root"], "L5") << m.dump();
                EXPECT_EQ(m["what"], "L5 nerve root (dermatome)") << m.dump();
            }
        }
    }
    EXPECT_TRUE(l5) << "the L5 dermatome does not cover " << at << ": " << r.out;
    const auto text = run({"query", "referral", "--at", at});
    ASSERT_EQ(text.code, 0) << text.err;
    EXPECT_NE(text.out.find("L5 nerve root (dermatome), nerve root (radicular, dermatome)"),
              std::string::npos)
        << text.out;
    EXPECT_EQ(text.out.find("  skin"), std::string::npos) << text.out;
    EXPECT_EQ(text.out.find(". skin"), std::string::npos) << text.out;
}

} // namespace
} // namespace glutea
