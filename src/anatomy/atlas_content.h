// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Glue between an atlas (manifest, landmarks) and its content: where its content lives, loading it
// checked against the atlas, the ids the validator checks against, and a first anchor resolver
// built on the landmarks' skin points alone.
#include <filesystem>
#include <optional>
#include <vector>

#include "anatomy/atlas.h"
#include "anatomy/atlas_manifest.h"
#include "anatomy/caution_check.h"
#include "anatomy/content_loader.h"
#include "anatomy/content_validator.h"
#include "anatomy/landmarks.h"

namespace glutea {

// Where an atlas keeps its content files: content/ beside its manifest (docs/CONTENT-FORMAT.md).
// Empty for an atlas that was not loaded from a folder.
std::filesystem::path contentDirOf(const Atlas& atlas);
// The same for the atlas folder `atlasDir` (its manifest's folder).
std::filesystem::path contentDirIn(const std::filesystem::path& atlasDir);
// The content folder of the atlas folder `atlasDir`, or a content file in it, that leads outside
// the atlas folder (a symbolic link out of it): the rule of the files atlas.json names
// (outsideAtlasProblem; --allow-outside-atlas lifts it). One problem for the folder, else one for
// each such file; none when everything lies inside.
std::vector<ContentProblem> contentOutsideAtlas(const std::filesystem::path& atlasDir);
// Whether the atlas has a content folder that may be read (false for one outside the atlas).
bool hasContentDir(const Atlas& atlas);
// The atlas's content, loaded and cross-checked against the atlas's structures and landmarks,
// every problem of both collected (the caller decides whether they are fatal); nothing when the
// atlas has no content folder. A content folder or file outside the atlas is not read: its
// problems are the result.
std::optional<ContentLoadResult> loadAtlasContent(const Atlas& atlas);
// The atlas's content as it loads, unchecked, for what only reads it (benchmarks, labels, press
// points; the commands report the problems); nothing when the atlas has no content folder, or
// one outside the atlas.
std::optional<Content> loadAtlasContentUnchecked(const Atlas& atlas);

// Structure ids of the manifest and landmark ids of landmarks.json (with their side suffixes).
KnownIds knownIdsOf(const AtlasManifest& manifest, const Landmarks& landmarks);

// Resolves anchors for one side (Left or Right) from landmark skin points: the weighted blend of
// the base landmarks' skin points, moved in a straight line toward a landmark's skin point or
// along an anatomical direction of the atlas frame. It does not project onto the skin mesh or
// honour "on"; the app can wrap it with a projection onto the skin over that structure.
// Paired landmarks get the side's suffix; unpaired ones (sacral_base, coccyx_tip, ...) are used
// as they are. LandmarkPoint::Position uses the points on the bone instead, e.g. to check content
// when an atlas's skin points are not trustworthy.
enum class LandmarkPoint { Skin, Position };
SkinPointResolver landmarkSkinResolver(const Landmarks& landmarks, Side side,
                                       LandmarkPoint use = LandmarkPoint::Skin);

// The full resolver on a loaded atlas for one side: landmarkSkinResolver's point, moved onto the
// structure named by the anchor's "on" (closest point of that structure's mesh on this side),
// then onto the closest point of the skin. Without "on", or when the atlas lacks that structure,
// the point goes straight to the skin. Results are cached; the atlas must outlive the resolver.
SkinPointResolver atlasSkinResolver(const Atlas& atlas, Side side);

} // namespace glutea
