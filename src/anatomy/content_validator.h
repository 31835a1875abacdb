// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Cross-checks loaded content against itself and against the atlas: ids that must exist
// (sources, structures, landmarks, techniques, placements, trigger points, caution zones),
// duplicate ids, zones and placements that anchor to nothing, routine steps that point nowhere,
// patient texts that are too long, and sustained pressure inside a caution zone.
#include <cstddef>
#include <filesystem>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "anatomy/content.h"
#include "anatomy/content_loader.h"
#include "anatomy/json_source.h"

namespace glutea {

// The ids the atlas defines (atlas.json for structures, landmarks.json for landmarks). Content
// names paired things without a side: "psis" is known when the set holds "psis", or both
// "psis_l" and "psis_r".
struct KnownIds {
    std::set<std::string, std::less<>> structures;
    std::set<std::string, std::less<>> landmarks;

    [[nodiscard]] bool hasStructure(std::string_view id) const { return contains(structures, id); }
    [[nodiscard]] bool hasLandmark(std::string_view id) const { return contains(landmarks, id); }
    // The set's ids with the side suffix removed from pairs (psis_l, psis_r -> psis).
    [[nodiscard]] static std::set<std::string, std::less<>>
    sideless(const std::set<std::string, std::less<>>& ids);

  private:
    static bool contains(const std::set<std::string, std::less<>>& ids, std::string_view id);
};

struct ValidationOptions {
    // Every atlas structure needs an entry in structures.json.
    bool requireEveryStructure = true;
    // The patient register is read aloud to patients: short and plain.
    std::size_t maxPatientWords = 60;
};

// The structures docs/CONVENTIONS.md lists as "content ahead of the model": content may describe
// them (structures.json, referral patterns, relations) before the atlas has their meshes.
const std::set<std::string, std::less<>>& plannedStructureIds();

// The structures of the content that the atlas lacks (all of them planned, or validation reports
// them): `glutea validate` prints them as a note, not a problem.
std::vector<std::string> structuresAheadOfModel(const Content& content, const KnownIds& ids);

std::vector<ContentProblem> validateContent(const Content& content, const KnownIds& ids,
                                            const ValidationOptions& options = {});

// Loads `contentDir` and validates it: every problem of both, the caller decides what is fatal.
ContentLoadResult loadAndValidateContent(const std::filesystem::path& contentDir,
                                         const KnownIds& ids,
                                         const ValidationOptions& options = {});

// The same, throwing glutea::Error whose message lists every problem, one per line, when there is
// any.
Content loadValidatedContent(const std::filesystem::path& contentDir, const KnownIds& ids,
                             const ValidationOptions& options = {});

} // namespace glutea
