// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Glue between an atlas (manifest, landmarks) and its content: the ids the validator checks
// against, and a first anchor resolver built on the landmarks' skin points alone.
#include "anatomy/atlas.h"
#include "anatomy/atlas_manifest.h"
#include "anatomy/caution_check.h"
#include "anatomy/content_validator.h"
#include "anatomy/landmarks.h"

namespace glutea {

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
