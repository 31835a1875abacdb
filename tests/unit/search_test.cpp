// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "anatomy/search.h"

using namespace glutea;

namespace {

// Inline entries with synonyms as the content files will have them, plus every structure of the
// default atlas.json (names only) so the ranking is tested among all real names.
std::vector<SearchEntry> entries() {
    std::vector<SearchEntry> out = {
        {"gluteus_maximus",
         "Gluteus maximus",
         "Musculus gluteus maximus",
         {"glutes", "butt muscle", "buttock muscle", "glute max"}},
        {"gluteus_medius", "Gluteus medius", "Musculus gluteus medius", {"glute med"}},
        {"gluteus_minimus", "Gluteus minimus", "Musculus gluteus minimus", {"glute min"}},
        {"piriformis", "Piriformis", "Musculus piriformis", {"pear-shaped muscle"}},
        {"sciatic_nerve", "Sciatic nerve", "Nervus ischiadicus", {}},
        {"tensor_fasciae_latae", "Tensor fasciae latae", "Musculus tensor fasciæ latæ", {"TFL"}},
        {"obturator_internus", "Obturator internus", "Musculus obturatorius internus", {}},
    };
    std::ifstream in(GLUTEA_SOURCE_DIR "/assets/atlas/atlas.json");
    const auto atlas = nlohmann::json::parse(in);
    for (const auto& s : atlas.at("structures")) {
        const std::string id = s.at("id");
        const bool known =
            std::any_of(out.begin(), out.end(), [&](const SearchEntry& e) { return e.id == id; });
        if (!known) {
            out.push_back({id, s.at("name"), "", {}});
        }
    }
    return out;
}

std::vector<std::string> ids(std::string_view query) {
    static const auto all = entries();
    std::vector<std::string> out;
    for (const auto& r : searchStructures(all, query)) {
        out.push_back(all[r.entry].id);
    }
    return out;
}

std::size_t rankOf(const std::vector<std::string>& list, const std::string& id) {
    return static_cast<std::size_t>(std::find(list.begin(), list.end(), id) - list.begin());
}

} // namespace

TEST(Search, FoldsCaseAccentsAndPunctuation) {
    EXPECT_EQ(foldForSearch("  Tensor fasciæ LATÆ "), "tensor fasciae latae");
    EXPECT_EQ(foldForSearch("Piriforme (muscle)"), "piriforme muscle");
    EXPECT_EQ(foldForSearch("ÉCHINE_dorsale"), "echine dorsale");
    EXPECT_EQ(foldForSearch("Großer Gesäßmuskel"), "grosser gesassmuskel");
    EXPECT_EQ(foldForSearch("pear-shaped"), "pear shaped");
    EXPECT_EQ(foldForSearch("--"), "");
}

TEST(Search, EmptyQueryFindsNothing) {
    EXPECT_TRUE(ids("").empty());
    EXPECT_TRUE(ids("   ").empty());
    EXPECT_TRUE(ids("-").empty());
    EXPECT_TRUE(ids("zzzz").empty());
}

TEST(Search, PrefixFindsThePiriformisFirst) {
    for (const char* q : {"piri", "Piri", "PIRIF", "piriformis", "pírí"}) {
        const auto r = ids(q);
        ASSERT_FALSE(r.empty()) << q;
        EXPECT_EQ(r[0], "piriformis") << q;
    }
}

TEST(Search, LayTermsFindTheGlutei) {
    for (const char* q : {"glutes", "butt muscle", "Butt", "buttock"}) {
        const auto r = ids(q);
        ASSERT_FALSE(r.empty()) << q;
        EXPECT_EQ(r[0], "gluteus_maximus") << q;
    }
    const auto glutes = ids("glutes");
    EXPECT_LT(rankOf(glutes, "gluteus_medius"), glutes.size());
    EXPECT_LT(rankOf(glutes, "gluteus_minimus"), glutes.size());
}

TEST(Search, SciaticaFindsTheSciaticNerveFirst) {
    const auto r = ids("sciatica");
    ASSERT_FALSE(r.empty());
    EXPECT_EQ(r[0], "sciatic_nerve");
    EXPECT_EQ(ids("sciatic")[0], "sciatic_nerve");
}

TEST(Search, RankingOrder) {
    static const auto all = entries();
    // Exact beats a prefix: "tibia" is the tibia before the tibial nerve.
    auto r = ids("tibia");
    ASSERT_GE(r.size(), 2u);
    EXPECT_EQ(r[0], "tibia");
    EXPECT_EQ(r[1], "tibial_nerve");
    // A prefix of the name beats a prefix of a later word: "gluteus m..." vs "... max".
    EXPECT_EQ(ids("gluteus ma")[0], "gluteus_maximus");
    // Every word a prefix, in any order.
    EXPECT_EQ(ids("max glut")[0], "gluteus_maximus");
    EXPECT_EQ(ids("nerve fib")[0], "common_fibular_nerve");
    // A name's prefix of a word beats a substring: "nerve" starts a word of every nerve.
    r = ids("nerve");
    ASSERT_GE(r.size(), 3u); // sciatic, tibial, common fibular
    for (std::size_t i = 0; i < 3; ++i) {
        EXPECT_NE(r[i].find("nerve"), std::string::npos) << r[i];
    }
    // Substring of a name.
    EXPECT_EQ(ids("formis")[0], "piriformis");
    // A synonym alone still finds its entry, and says which synonym matched.
    const auto results = searchStructures(all, "tfl");
    ASSERT_FALSE(results.empty());
    EXPECT_EQ(all[results[0].entry].id, "tensor_fasciae_latae");
    EXPECT_EQ(results[0].kind, MatchKind::SynonymExact);
    EXPECT_EQ(results[0].matched, "TFL");
    // The Latin name counts as a name, with accents folded.
    EXPECT_EQ(ids("ischiadicus")[0], "sciatic_nerve");
    EXPECT_EQ(ids("fasciae latae")[0], "tensor_fasciae_latae");
    // Results are ordered by kind, never worse before better.
    const auto nerve = searchStructures(all, "ne");
    for (std::size_t i = 1; i < nerve.size(); ++i) {
        EXPECT_LE(nerve[i - 1].kind, nerve[i].kind);
    }
}

TEST(Search, AnyNameMatchBeatsEverySynonymMatch) {
    const std::vector<SearchEntry> list = {
        {"a", "Alpha", "", {"beta"}}, {"b", "Xbetax", "", {}}, {"c", "Gamma", "", {"betamax"}}};
    const auto r = searchStructures(list, "beta");
    ASSERT_EQ(r.size(), 3u);
    EXPECT_EQ(r[0].entry, 1u); // substring of a name
    EXPECT_EQ(r[0].kind, MatchKind::Substring);
    EXPECT_EQ(r[1].entry, 0u); // exact synonym
    EXPECT_EQ(r[2].entry, 2u); // synonym prefix
    EXPECT_EQ(r[2].kind, MatchKind::SynonymPrefix);
}

TEST(Search, LimitCapsTheResults) {
    static const auto all = entries();
    EXPECT_EQ(searchStructures(all, "e", 3).size(), 3u);
}
