// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The technique player's view of one atlas: placements resolved on each side (the same skin
// points `glutea query techniques` reports), fibre directions from the muscles' meshes, the skin
// to keep markers on, and the caution zones as skin paint and labels. Shared by the window,
// `glutea render` and `glutea bench`; the atlas and content must outlive it.
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "anatomy/atlas.h"
#include "anatomy/caution_check.h"
#include "anatomy/content.h"
#include "anatomy/press_point.h"
#include "anatomy/scene_overlay.h"
#include "anatomy/skin_projector.h"
#include "anatomy/technique_player.h"
#include "anatomy/zone_field.h"

namespace glutea {

struct CautionLabel {
    const CautionZone* zone = nullptr;
    glm::vec3 position{0.0f}; // on the skin
    // No text: the app words it in the window's language (core has no translations).
};

class TechniqueScene {
  public:
    // `press`: a resolver over the same atlas and content to share, else one is built.
    TechniqueScene(const Atlas& atlas, const Content& content,
                   std::shared_ptr<const PressResolver> press = nullptr);

    // Where hands press (anatomy/press_point), shared with whoever else needs it: the referral
    // fields' trigger-point locator (anatomy/trigger_point_sites.h) gives the same places.
    const std::shared_ptr<const PressResolver>& pressResolver() const { return press_; }

    const Atlas& atlas() const { return *atlas_; }
    const Content& content() const { return *content_; }
    const SkinProjector& skin() const { return skin_; }
    int skinPart() const { return skinPart_; }
    // Caution zones' anchors on this side (nearest skin points, as queries and validate resolve
    // them).
    const SkinPointResolver& resolver(Side side) const;
    // A placement's anchors on this side: where the hand presses from its technique's direction
    // (anatomy/press_point), as `glutea query techniques` reports them.
    SkinPointResolver placementResolver(const Technique& technique,
                                        const TechniquePlacement& placement, Side side) const;

    // The placement's anchors on the skin with fibre direction and extent; nothing when an anchor
    // does not resolve on this atlas.
    std::optional<PlacementSite> site(const Technique& technique,
                                      const TechniquePlacement& placement, Side side) const;
    std::optional<TechniqueTrack> track(const Technique& technique,
                                        const TechniquePlacement& placement, Side side) const;

    // The caution zones to draw while this track plays: those its technique names, and (when it
    // presses at all) any within `nearM` of its path.
    std::vector<const CautionZone*> zonesFor(const TechniqueTrack& track,
                                             float nearM = 0.03f) const;
    // SkinPaint::caution for these zones on both sides (x: no sustained pressure, y: no direct
    // pressure). Cached per set of zones.
    const std::vector<glm::vec4>& cautionPaint(const std::vector<const CautionZone*>& zones) const;
    // One label per zone and side (midline zones once).
    std::vector<CautionLabel> cautionLabels(const std::vector<const CautionZone*>& zones) const;
    // Every caution zone of the content.
    std::vector<const CautionZone*> allZones() const;

  private:
    glm::vec3 fibreAt(const std::string& structure, Side side, const glm::vec3& p) const;

    const Atlas* atlas_;
    const Content* content_;
    int skinPart_ = -1;
    SkinProjector skin_;
    std::shared_ptr<const PressResolver> press_;
    std::map<Side, SkinPointResolver> resolvers_;
    std::unique_ptr<SkinField> field_; // distances over the skin, as the referral paint uses
    mutable std::map<std::pair<const CautionZone*, Side>, std::vector<float>> zoneWeights_;
    mutable std::map<std::string, std::vector<glm::vec4>> paintCache_;
};

// The technique's first placement on `structure` (any placement when `structure` is empty), or
// null.
const TechniquePlacement* firstPlacementOn(const Technique& technique,
                                           const std::string& structure);
// The technique a placement belongs to, or null.
const Technique* techniqueOfPlacement(const Content& content, const TechniquePlacement* placement);

// Fills `overlay` with a technique frame: markers, props, and the caution zones near it (paint and
// labels; paint only when `zones` is non-empty).
void applyTechniqueFrame(const TechniqueScene& scene, const TechniqueTrack& track, double seconds,
                         SceneOverlay& overlay, bool showNearbyCautions = true);
// Adds the caution zones' paint and labels to `overlay` (the C toggle, --show cautions).
void applyCautions(const TechniqueScene& scene, const std::vector<const CautionZone*>& zones,
                   SceneOverlay& overlay);

} // namespace glutea
