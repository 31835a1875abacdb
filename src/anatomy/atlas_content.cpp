// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "anatomy/atlas_content.h"

#include <map>
#include <memory>

#include <glm/geometric.hpp>

#include "anatomy/anatomical_direction.h"
#include "anatomy/atlas_manifest.h"
#include "anatomy/skin_surface.h"

namespace glutea {
std::filesystem::path contentDirOf(const Atlas& atlas) {
    return atlas.manifest.dir.empty() ? std::filesystem::path() : contentDirIn(atlas.manifest.dir);
}

std::filesystem::path contentDirIn(const std::filesystem::path& atlasDir) {
    return atlasDir / "content";
}

std::vector<ContentProblem> contentOutsideAtlas(const std::filesystem::path& atlasDir) {
    std::vector<ContentProblem> problems;
    // The folder first: when it is a link out of the atlas, every file in it is too (one line).
    auto refused = [&](const std::filesystem::path& relative) {
        std::string why = outsideAtlasProblem(atlasDir, relative.string());
        if (why.empty()) {
            return false;
        }
        problems.push_back({(atlasDir / relative).string(), {}, std::move(why), std::nullopt});
        return true;
    };
    const std::filesystem::path folder = contentDirIn({}); // "content", relative to the atlas
    if (!atlasDir.empty() && !refused(folder)) {
        for (const auto& name : contentFileNames()) {
            refused(folder / name);
        }
    }
    return problems;
}

bool hasContentDir(const Atlas& atlas) {
    std::error_code ec;
    const auto dir = contentDirOf(atlas);
    return !dir.empty() && std::filesystem::is_directory(dir, ec) &&
           contentOutsideAtlas(atlas.manifest.dir).empty();
}

std::optional<ContentLoadResult> loadAtlasContent(const Atlas& atlas) {
    if (auto outside = contentOutsideAtlas(atlas.manifest.dir); !outside.empty()) {
        return ContentLoadResult{{}, std::move(outside)};
    }
    if (!hasContentDir(atlas)) {
        return std::nullopt;
    }
    return loadAndValidateContent(contentDirOf(atlas), knownIdsOf(atlas.manifest, atlas.landmarks));
}

std::optional<Content> loadAtlasContentUnchecked(const Atlas& atlas) {
    if (!hasContentDir(atlas)) {
        return std::nullopt;
    }
    return loadContent(contentDirOf(atlas)).content;
}

KnownIds knownIdsOf(const AtlasManifest& manifest, const Landmarks& landmarks) {
    KnownIds ids;
    for (const auto& s : manifest.structures) {
        ids.structures.insert(s.id);
    }
    for (const auto& [id, landmark] : landmarks) {
        ids.landmarks.insert(id);
    }
    return ids;
}

SkinPointResolver landmarkSkinResolver(const Landmarks& landmarks, Side side, LandmarkPoint use) {
    const std::string suffix(conventionSideSuffix(side == Side::Right ? Side::Right : Side::Left));
    auto skinOf = [&landmarks, suffix, use](const std::string& id) -> std::optional<glm::vec3> {
        auto it = landmarks.find(id + suffix);
        if (it == landmarks.end()) {
            it = landmarks.find(id);
        }
        if (it != landmarks.end()) {
            return use == LandmarkPoint::Skin ? it->second.skin : it->second.position;
        }
        return std::nullopt;
    };
    return [skinOf, side](const Anchor& anchor) -> std::optional<glm::vec3> {
        glm::vec3 point(0.0f);
        float total = 0.0f;
        for (const auto& entry : anchor.base) {
            auto p = skinOf(entry.landmark);
            if (!p) {
                return std::nullopt;
            }
            point += static_cast<float>(entry.weight) * *p;
            total += static_cast<float>(entry.weight);
        }
        if (total <= 0.0f) {
            return std::nullopt;
        }
        point /= total;
        if (!anchor.hasOffset()) {
            return point;
        }
        glm::vec3 direction = directionInAtlasFrame(anchor.towardDirection, side);
        if (!anchor.towardLandmark.empty()) {
            auto target = skinOf(anchor.towardLandmark);
            if (!target) {
                return std::nullopt;
            }
            direction = *target - point;
        }
        if (glm::length(direction) < 1e-9f) {
            return point;
        }
        return point + glm::normalize(direction) * static_cast<float>(anchor.distanceCm) * 0.01f;
    };
}

SkinPointResolver atlasSkinResolver(const Atlas& atlas, Side side) {
    // Surfaces are built on first use: a query touches a handful of structures.
    struct Surfaces {
        std::unique_ptr<SkinSurface> skin;
        std::map<std::string, std::unique_ptr<SkinSurface>> byStructure;
    };
    auto surfaces = std::make_shared<Surfaces>();
    static const Mesh kNoMesh;
    const int skinPart = atlas.skinPart();
    surfaces->skin =
        std::make_unique<SkinSurface>(skinPart >= 0 ? atlas.parts[skinPart].mesh : kNoMesh);
    auto onStructure = [&atlas, side, surfaces](const std::string& id) -> const SkinSurface* {
        auto it = surfaces->byStructure.find(id);
        if (it == surfaces->byStructure.end()) {
            int part = atlas.findPart(id, side);
            if (part < 0) {
                part = atlas.findPart(id, Side::None);
            }
            auto surface =
                part >= 0 ? std::make_unique<SkinSurface>(atlas.parts[part].mesh) : nullptr;
            it = surfaces->byStructure.emplace(id, std::move(surface)).first;
        }
        return it->second.get();
    };
    SkinPointResolver base = landmarkSkinResolver(atlas.landmarks, side);
    SkinPointResolver overStructure =
        [base, onStructure](const Anchor& anchor) -> std::optional<glm::vec3> {
        auto point = base(anchor);
        if (point && !anchor.on.empty()) {
            if (const SkinSurface* structure = onStructure(anchor.on);
                structure && !structure->empty()) {
                point = structure->closestPoint(*point);
            }
        }
        return point;
    };
    // projectOntoSkin keeps a reference to the skin surface; `surfaces` owns it and lives as long
    // as the returned resolver, which holds it too.
    SkinPointResolver projected = projectOntoSkin(overStructure, *surfaces->skin);
    return [projected, surfaces](const Anchor& anchor) { return projected(anchor); };
}

} // namespace glutea
