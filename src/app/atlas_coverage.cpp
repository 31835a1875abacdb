// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "app/atlas_coverage.h"

#include <fstream>
#include <set>

#include <nlohmann/json.hpp>

#include "anatomy/atlas_content.h"
#include "anatomy/convention_ids.h"
#include "app/asset_paths.h"
#include "base/skin_id.h"

namespace glutea {

namespace {

using IdSet = std::set<std::string, std::less<>>;

std::string joined(const IdSet& ids) {
    std::string out;
    for (const auto& id : ids) {
        out += (out.empty() ? "" : ", ") + id;
    }
    return out;
}

// The ids an atlas actually has: structures with a mesh (bare ids and id_l / id_r for sided
// parts) and its landmarks.
KnownIds presentIds(const Atlas& atlas) {
    KnownIds ids;
    for (const auto& part : atlas.parts) {
        ids.structures.insert(part.structureId);
        if (part.side != Side::None) {
            ids.structures.insert(part.structureId + std::string(conventionSideSuffix(part.side)));
        }
    }
    for (const auto& [id, landmark] : atlas.landmarks) {
        ids.landmarks.insert(id);
    }
    return ids;
}

// Every "landmark" and "structure" string anywhere under `node` (anchors, placements, zones).
void collectAnchors(const nlohmann::json& node, IdSet& landmarks, IdSet& structures) {
    if (node.is_object()) {
        for (const auto& [key, value] : node.items()) {
            if (value.is_string() && key == "landmark") {
                landmarks.insert(value.get<std::string>());
            } else if (value.is_string() && (key == "structure" || key == "muscle")) {
                structures.insert(value.get<std::string>());
            } else {
                collectAnchors(value, landmarks, structures);
            }
        }
    } else if (node.is_array()) {
        for (const auto& value : node) {
            collectAnchors(value, landmarks, structures);
        }
    }
}

// Per content file: how many of its top-level items (patterns, techniques, zones) name something
// the atlas lacks, and what.
std::vector<std::string> contentNotes(const std::filesystem::path& contentDir, const KnownIds& has,
                                      const std::string& prefix) {
    std::vector<std::string> notes;
    for (const char* name : {"referral.json", "techniques.json", "cautions.json"}) {
        std::ifstream in(contentDir / name);
        const auto root = nlohmann::json::parse(in, nullptr, false);
        if (!in.is_open() || !root.is_object()) {
            continue;
        }
        for (const auto& [key, list] : root.items()) {
            if (!list.is_array() || list.empty() || !list[0].is_object()) {
                continue;
            }
            std::size_t affected = 0;
            IdSet lackLandmarks, lackStructures;
            for (const auto& item : list) {
                IdSet landmarks, structures;
                collectAnchors(item, landmarks, structures);
                bool lacks = false;
                for (const auto& id : landmarks) {
                    if (!has.hasLandmark(id)) {
                        lackLandmarks.insert(id);
                        lacks = true;
                    }
                }
                for (const auto& id : structures) {
                    if (!has.hasStructure(id)) {
                        lackStructures.insert(id);
                        lacks = true;
                    }
                }
                affected += lacks ? 1 : 0;
            }
            if (affected == 0) {
                continue;
            }
            std::string text = prefix + (contentDir / name).string() + " " + key + ": " +
                               std::to_string(affected) + " of " + std::to_string(list.size()) +
                               " anchor to what this atlas lacks, and those anchors are off (";
            if (!lackStructures.empty()) {
                text += "structures " + joined(lackStructures);
            }
            if (!lackLandmarks.empty()) {
                text += std::string(lackStructures.empty() ? "" : "; ") + "landmarks " +
                        joined(lackLandmarks);
            }
            notes.push_back(text + ")");
        }
    }
    return notes;
}

} // namespace

std::vector<std::string> atlasCoverageNotes(const Atlas& atlas,
                                            const std::filesystem::path& contentDir) {
    const KnownIds conventions = conventionIds();
    const KnownIds has = presentIds(atlas);
    const std::string prefix = atlas.manifest.file.string() + ": note: ";
    std::vector<std::string> notes;

    IdSet lackStructures;
    for (const auto& id : conventions.structures) {
        if (!has.structures.count(id)) {
            lackStructures.insert(id);
        } else {
            const std::string left = id + std::string(conventionSideSuffix(Side::Left));
            const std::string right = id + std::string(conventionSideSuffix(Side::Right));
            if (has.structures.count(left) != has.structures.count(right)) {
                lackStructures.insert(has.structures.count(left) ? right : left);
            }
        }
    }
    if (!lackStructures.empty()) {
        notes.push_back(prefix +
                        "lacks structures of docs/CONVENTIONS.md: " + joined(lackStructures));
    }
    IdSet lackLandmarks;
    for (const auto& id : conventions.landmarks) {
        if (!has.landmarks.count(id)) {
            lackLandmarks.insert(id);
        }
    }
    if (!lackLandmarks.empty()) {
        notes.push_back(prefix +
                        "lacks landmarks of docs/CONVENTIONS.md: " + joined(lackLandmarks));
    }

    // What draws on which structure (README, docs/ANIMATION.md): everything shown on the body is
    // projected onto the skin; the caution band and the glow follow the sciatic nerve.
    if (!has.structures.count(kSkinId)) {
        notes.push_back(prefix +
                        "no skin: referral maps off, \"where does it hurt?\" off, technique and "
                        "routine markers on the body off, caution zones on the body off");
    }
    if (!has.structures.count("sciatic_nerve")) {
        notes.push_back(prefix + "no sciatic_nerve: its course, glow and caution band off, the "
                                 "sciatic referral band off");
    }
    if (!contentDir.empty() && std::filesystem::is_directory(contentDir)) {
        auto more = contentNotes(contentDir, has, prefix);
        notes.insert(notes.end(), more.begin(), more.end());
    }
    return notes;
}

std::vector<std::string> atlasCoverageNotes(const Atlas& atlas) {
    auto contentDir = contentDirOf(atlas);
    if (!hasContentDir(atlas)) {
        try {
            contentDir = contentDirIn(findAtlasDir(std::nullopt));
        } catch (const std::exception&) {
            contentDir.clear(); // no default atlas either: structures and landmarks only
        }
    }
    return atlasCoverageNotes(atlas, contentDir);
}

} // namespace glutea
