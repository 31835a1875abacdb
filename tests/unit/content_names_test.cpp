// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// The content enums' names (anatomy/content_names.h, structure.h): every enumerator read from its
// name in the files prints as that name again. The names are written out here, not taken from the
// tables, so a name changed in a table is caught.
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "anatomy/content_names.h"
#include "anatomy/content_reader.h"
#include "anatomy/structure.h"

namespace glutea {
namespace {

// How the loader reads a name (ContentReader::choice): the table's value of that name.
template <typename E>
std::optional<E> valueNamed(const NameTable<E>& table, std::string_view name) {
    for (const auto& [n, value] : table) {
        if (n == name) {
            return value;
        }
    }
    return std::nullopt;
}

template <typename E>
void expectRoundTrips(const NameTable<E>& table, const NameTable<E>& expected) {
    EXPECT_EQ(table.size(), expected.size()) << "the table has names this test does not list";
    for (const auto& [name, value] : expected) {
        const std::optional<E> read = valueNamed(table, name);
        ASSERT_TRUE(read) << name;
        EXPECT_EQ(*read, value) << name;
        EXPECT_EQ(toString(*read), name);
    }
}

TEST(ContentNames, EveryEvidenceLabelReadsAndPrintsAsItsName) {
    expectRoundTrips(evidenceNames(), {{"anatomy", Evidence::Anatomy},
                                       {"clinical-observation", Evidence::ClinicalObservation},
                                       {"practitioner-advice", Evidence::PractitionerAdvice},
                                       {"safety", Evidence::Safety}});
}

TEST(ContentNames, EveryPressFromReadsAndPrintsAsItsName) {
    expectRoundTrips(pressFromNames(), {{"posterior", PressFrom::Posterior},
                                        {"lateral", PressFrom::Lateral},
                                        {"anterior", PressFrom::Anterior},
                                        {"medial", PressFrom::Medial},
                                        {"superior", PressFrom::Superior},
                                        {"inferior", PressFrom::Inferior}});
}

TEST(ContentNames, EveryStructureKindReadsAndPrintsAsItsName) {
    expectRoundTrips(structureKindNames(), {{"muscle", StructureKind::Muscle},
                                            {"nerve", StructureKind::Nerve},
                                            {"bone", StructureKind::Bone},
                                            {"skin", StructureKind::Skin},
                                            {"other", StructureKind::Other}});
}

TEST(ContentNames, EveryDirectionReadsAndPrintsAsItsNameAndNoneIsNotADirectionOfTheFiles) {
    const NameTable<Direction> expected = {
        {"superior", Direction::Superior}, {"inferior", Direction::Inferior},
        {"medial", Direction::Medial},     {"lateral", Direction::Lateral},
        {"anterior", Direction::Anterior}, {"posterior", Direction::Posterior}};
    expectRoundTrips(directionNames(), expected);
    for (const auto& [name, value] : expected) {
        EXPECT_EQ(directionFromName(name), value) << name;
    }
    EXPECT_EQ(toString(Direction::None), "none");
    // A "toward" of "none" names a landmark, as any other word that is not a direction does.
    EXPECT_EQ(directionFromName("none"), std::nullopt);
    EXPECT_EQ(directionFromName("psis"), std::nullopt);
}

} // namespace
} // namespace glutea
