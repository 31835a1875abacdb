// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// What `glutea render` shows besides the anatomy: the referral (issue 8) and technique (issue 9)
// options of RenderOptions, each applied by its own file (referral_render.cpp,
// technique_render.cpp) onto the view before the frame is drawn.
#include "anatomy/atlas.h"
#include "anatomy/content.h"
#include "anatomy/technique_scene.h"
#include "anatomy/view_state.h"
#include "app/commands.h"
#include "app/scene_queries.h"
#include "imaging/image.h"

namespace glutea {

struct RenderScene {
    const Atlas& atlas;
    const Content& content; // empty when the atlas has no content folder
    SceneQueries& queries;  // BVH over the atlas (x-ray, best views)
    ViewState& view;
    float aspect = 1.0f;
    std::vector<std::string> notes; // lines `render` prints after the picture (what was shown)
};

// --show referral, --trigger-point, --reduced-motion, --pain-at, --radius. Throws glutea::Error for
// options that do not fit this atlas (unknown trigger point, no pattern for the selection).
void applyReferralOptions(const RenderOptions& options, RenderScene& scene);
// --show technique:ID[/PLACEMENT], --show cautions, --routine, --step. The first form builds the
// technique scene (ray casting and skin-distance structures over the atlas, the costly part) when
// the options need it; the second uses one built by the caller, for callers that draw many frames.
void applyTechniqueOptions(const RenderOptions& options, RenderScene& scene);
void applyTechniqueOptions(const RenderOptions& options, RenderScene& scene,
                           const TechniqueScene& techniques);

// --mask markers / --mask props: the view with every part hidden and nothing but the overlay's
// markers (or its props) drawn; whiteWhereDrawn turns that picture into a white-on-black mask.
ViewState overlayMaskView(const Atlas& atlas, const ViewState& view, bool props);
Image whiteWhereDrawn(const Image& picture);

// The --show list split at commas ("referral,cautions" -> {"referral", "cautions"}).
std::vector<std::string> showItems(const RenderOptions& options);

} // namespace glutea
