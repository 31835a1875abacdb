// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// The info card shows every fact a structure states: read structures.json on its own (every field
// whose value is a statement, i.e. an object with "text") and find each statement on the card.
#include <set>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "anatomy/content_loader.h"
#include "content_test_support.h"
#include "ui/info_card_rows.h"

namespace glutea {
namespace {

using nlohmann::json;

std::string english(const Statement& s) {
    return s.text.get("en");
}

const std::set<std::string> kNotFacts = {"texts", "clinical", "patient_notes"};

TEST(InfoCardRows, EveryStatedFactOfTheDefaultContentIsOnTheCard) {
    const auto loaded = loadContent(test::defaultContentDir());
    ASSERT_TRUE(loaded.problems.empty()) << formatProblems(loaded.problems);
    const json raw = json::parse(test::readText(test::defaultContentDir() / "structures.json"));
    int checked = 0;
    for (const json& entry : raw.at("structures")) {
        const std::string id = entry.at("id").get<std::string>();
        const StructureInfo* info = loaded.content.findStructure(id);
        ASSERT_NE(info, nullptr) << id;
        for (Audience audience : {Audience::Patient, Audience::Student, Audience::Therapist}) {
            const auto rows = infoCardRows(*info, audience);
            for (const auto& [key, value] : entry.items()) {
                if (kNotFacts.count(key) || !value.is_object() || !value.contains("text")) {
                    continue;
                }
                const std::string text = value.at("text").at("en").get<std::string>();
                bool shown = false;
                for (const auto& row : rows) {
                    shown |= row.section == CardSection::Anatomy && !row.heading.empty() &&
                             english(*row.statement) == text;
                }
                EXPECT_TRUE(shown) << id << ": \"" << key << "\" is not on the "
                                   << audienceId(audience) << " card";
                ++checked;
            }
        }
    }
    // Four kinds of structure state facts (muscles five each): far more than a handful.
    EXPECT_GT(checked, 100);
}

TEST(InfoCardRows, TheFieldsAStructureStatesBeyondMusclesShow) {
    // The facts that loaded and never showed before: a nerve's roots, a bone's features, an
    // artery's supply, a description.
    const auto loaded = loadContent(test::defaultContentDir());
    std::set<std::string> headings;
    for (const auto& info : loaded.content.structures) {
        for (const auto& row : infoCardRows(info, Audience::Student)) {
            headings.insert(row.heading);
        }
    }
    for (const char* heading : {"Roots", "Features", "Supplies", "Description"}) {
        EXPECT_TRUE(headings.count(heading)) << heading;
    }
}

TEST(InfoCardRows, ReaderTextFirstPatientNotesOnlyForPatientsClinicalLast) {
    const auto loaded = loadContent(test::defaultContentDir());
    const StructureInfo* info = loaded.content.findStructure("gluteus_maximus");
    ASSERT_NE(info, nullptr);
    ASSERT_FALSE(info->patientNotes.empty());
    const auto patient = infoCardRows(*info, Audience::Patient);
    const auto student = infoCardRows(*info, Audience::Student);
    ASSERT_FALSE(patient.empty());
    EXPECT_EQ(patient.front().statement, &info->texts.at("patient"));
    EXPECT_EQ(student.front().statement, &info->texts.at("student"));
    auto count = [](const std::vector<CardRow>& rows, CardSection section) {
        int n = 0;
        for (const auto& row : rows) {
            n += row.section == section;
        }
        return n;
    };
    EXPECT_EQ(count(patient, CardSection::Summary), 1 + int(info->patientNotes.size()));
    EXPECT_EQ(count(student, CardSection::Summary), 1);
    EXPECT_EQ(count(student, CardSection::Clinical), int(info->clinical.size()));
    EXPECT_EQ(student.back().statement, &info->clinical.back());
}

} // namespace
} // namespace glutea
