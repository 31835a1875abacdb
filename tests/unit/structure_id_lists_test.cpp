// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// The structure ids the code keeps in its own tables (how the anatomy follows a moving leg, the hip
// actions' muscles and lines of pull) are ids of docs/CONVENTIONS.md (conventionIds()), so a typo
// or a renamed structure cannot leave a table silently naming nothing.
#include <set>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "anatomy/convention_ids.h"
#include "anatomy/hip_action.h"
#include "anatomy/pose_deformation.h"
#include "content_test_support.h"

namespace glutea {
namespace {

// The structures of the Visible Human example atlas: the leg's rigid parts also name two of its
// own ids (patella, biceps_femoris_short_head) that Glutea's conventions do not have.
std::set<std::string> exampleAtlasStructureIds() {
    const auto atlas = nlohmann::json::parse(
        test::readText(test::sourceDir() / "examples" / "visible-human-denver" / "atlas.json"));
    std::set<std::string> ids;
    for (const auto& structure : atlas.at("structures")) {
        ids.insert(structure.at("id").get<std::string>());
    }
    return ids;
}

TEST(StructureIdLists, EveryIdOfThePoseTablesIsAConventionIdOrOneOfTheExampleAtlas) {
    const KnownIds known = conventionIds();
    const std::set<std::string> example = exampleAtlasStructureIds();
    const auto ids = poseTableStructureIds();
    EXPECT_GT(ids.size(), 20u);
    for (const auto& id : ids) {
        EXPECT_TRUE(known.hasStructure(id) || example.count(id) > 0) << id;
    }
}

TEST(StructureIdLists, EveryMuscleOfTheHipActionsIsAConventionId) {
    const KnownIds known = conventionIds();
    for (const auto& action : hipActions()) {
        for (const auto* list : {&action.agonists, &action.antagonists}) {
            for (const auto& id : *list) {
                EXPECT_TRUE(known.hasStructure(id)) << action.id << ": " << id;
            }
        }
    }
    for (const auto& line : muscleLines()) {
        EXPECT_TRUE(known.hasStructure(line.id)) << "line of pull: " << line.id;
    }
}

} // namespace
} // namespace glutea
