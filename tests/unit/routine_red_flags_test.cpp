// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// Every routine a patient can play names every red flag of cautions.json, emergencies first: the
// red-flag window lists them all (it scrolls), so none is left out to make the list fit.
#include <algorithm>
#include <fstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "anatomy/content_loader.h"
#include "anatomy/convention_ids.h"
#include "anatomy/routine_player.h"
#include "test_support.h"

namespace glutea {
namespace {

// The red flags as cautions.json lists them, read as plain JSON (not through the loader).
nlohmann::json redFlagsFile() {
    std::ifstream in(test::sourceDir() / "assets/atlas/content/cautions.json");
    return nlohmann::json::parse(in)["red_flags"];
}

TEST(RoutineRedFlags, EveryRoutineNamesEveryRedFlagEmergenciesFirst) {
    const Content content =
        loadValidatedContent(test::sourceDir() / "assets/atlas/content", conventionIds());
    const auto flags = redFlagsFile();
    ASSERT_GE(flags.size(), 13u); // more than the 12 the window used to have room for
    ASSERT_FALSE(content.routines.empty());
    for (const auto& r : content.routines) {
        const RoutinePlayer player(content, r, true);
        ASSERT_EQ(player.redFlags().size(), flags.size()) << r.id;
        bool seenNonEmergency = false;
        for (const RedFlag* f : player.redFlags()) {
            const auto inFile = std::find_if(flags.begin(), flags.end(),
                                             [&](const auto& j) { return j["id"] == f->id; });
            ASSERT_NE(inFile, flags.end()) << f->id;
            const bool emergency = (*inFile)["action"] == "emergency";
            EXPECT_FALSE(emergency && seenNonEmergency)
                << r.id << ": emergency " << f->id << " after a non-emergency flag";
            seenNonEmergency |= !emergency;
        }
        for (const auto& j : flags) {
            EXPECT_TRUE(std::any_of(player.redFlags().begin(), player.redFlags().end(),
                                    [&](const RedFlag* f) { return j["id"] == f->id; }))
                << r.id << " leaves out " << j["id"];
        }
    }
}

} // namespace
} // namespace glutea
