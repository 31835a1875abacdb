// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Content shapes (referral zones, caution zones, brushes) resolved onto an atlas's skin as smooth
// per-vertex weights, from distances measured over the skin surface (geometry/surface_distance),
// never straight through the body. The window's picture, `glutea render` and `glutea query` all
// read these fields, so what is shown and what is answered always agree. docs/ANIMATION.md.
#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include <glm/vec3.hpp>
#include <glm/vec4.hpp>

#include "anatomy/atlas.h"
#include "anatomy/caution_check.h"
#include "anatomy/content.h"
#include "geometry/surface_distance.h"

namespace glutea {

// Soft edge of every zone, centred on its boundary: 1.5 cm from full weight to none.
inline constexpr float kZoneFeatherM = 0.015f;

// 1 inside, 0 beyond the feather, smooth between; exactly 0.5 on the boundary (distance 0).
float zoneWeight(float signedDistanceM);

struct SkinArea {
    bool resolved = false;  // false when an anchor does not resolve on this atlas
    double areaCm2 = 0.0;   // skin area where the weight (linear across triangles) is at least 0.5
    glm::vec3 lowest{0.0f}; // lowest and highest skin points of that area
    glm::vec3 highest{0.0f};
};

// The atlas's skin part, ready to resolve shapes on.
class SkinField {
  public:
    explicit SkinField(const Atlas& atlas); // the part "skin"; empty() when the atlas has none
    bool empty() const;
    int skinPart() const; // index into atlas.parts, -1 when empty
    const SurfaceDistance& surface() const;
    // Per skin vertex, the signed distance in metres over the skin to the union of `shapes`
    // (negative inside); nothing when an anchor of a shape does not resolve.
    std::optional<std::vector<float>> signedDistance(const std::vector<Shape>& shapes,
                                                     const SkinPointResolver& resolve) const;
    // The same, measured only as far as `maxOutside` metres outside the shapes: vertices farther
    // out are +infinity (and polygon vertices farther in may be -infinity). Much faster for small
    // shapes; weights() uses it with half a feather.
    std::optional<std::vector<float>> signedDistance(const std::vector<Shape>& shapes,
                                                     const SkinPointResolver& resolve,
                                                     float maxOutside) const;
    // Per skin vertex weights of the shapes (zoneWeight of the signed distance).
    std::optional<std::vector<float>> weights(const std::vector<Shape>& shapes,
                                              const SkinPointResolver& resolve) const;
    SkinArea measure(const std::vector<float>& weights) const;
    // Per skin vertex, a third of the area of its triangles (m²), the weight of a vertex in areas.
    const std::vector<float>& vertexAreas() const;
    // A per-vertex field read at the skin point closest to `point`.
    float sample(const std::vector<float>& field, const glm::vec3& point) const;

  private:
    struct Impl;
    std::shared_ptr<const Impl> impl_;
};

// Where a trigger point lands on one side: the point on its muscle (the marker) and the skin over
// it (where the pain starts to spread). The technique issue's press resolver provides the real
// locator (the skin point along the direction from which a hand presses); without one the skin
// point is the closest skin point to the muscle point.
struct AnchorSite {
    glm::vec3 target{0.0f};
    glm::vec3 skin{0.0f};
};
using AnchorSiteLocator = std::function<std::optional<AnchorSite>(const TriggerPoint&, Side)>;

struct TriggerPointSite {
    const TriggerPoint* triggerPoint = nullptr;
    AnchorSite site;
    std::vector<float> arrival; // per skin vertex: distance in metres over the skin from site.skin
};

struct ZoneField {
    const ReferralZone* zone = nullptr;
    std::vector<float> weight; // per skin vertex, 0..1
    SkinArea area;
};

struct PatternField {
    const ReferralPattern* pattern = nullptr;
    Side side = Side::Left;
    std::vector<TriggerPointSite> triggerPoints;
    std::vector<ZoneField> zones;
    // Per skin vertex: where the pain starts for the whole pattern (nearest trigger point's skin
    // point; a neural pattern: distance from the top of its band, for pulses travelling down it).
    std::vector<float> arrival;
};

class ReferralFields {
  public:
    ReferralFields() = default;
    // Resolves every pattern of `content` on both sides of `atlas`. Takes hundreds of
    // milliseconds: call it off the UI thread. `progress` (0..1) is updated when given. `atlas`
    // and `content` must outlive the result. An empty locator: closest skin points.
    static ReferralFields compute(const Atlas& atlas, const Content& content,
                                  const AnchorSiteLocator& locate = {},
                                  std::atomic<float>* progress = nullptr);

    bool empty() const { return patterns_.empty(); }
    // Ids of the patterns compute() skipped: their structure is content ahead of the model
    // (plannedStructureIds()) that this atlas does not have yet.
    const std::vector<std::string>& skipped() const { return skipped_; }
    const SkinField& skin() const; // an empty skin before compute()
    const std::vector<PatternField>& patterns() const { return patterns_; }
    // The pattern of a structure (e.g. "gluteus_minimus", "sciatic_nerve") on a side, or null.
    const PatternField* find(std::string_view structureId, Side side) const;

    // Skin paint (SceneOverlay::SkinPaint::pain) for one pattern: x essential and y spillover
    // weights (the zones fed by `triggerPointId`, or all zones when it is empty), z arrival
    // distance (from that trigger point, else from the nearest; neural: along the band), w 0.
    // Zones naming no trigger point are fed by all. Skin no source reaches: arrival 100 m.
    std::vector<glm::vec4> paint(const PatternField& field,
                                 std::string_view triggerPointId = {}) const;
    // A brush on the skin: per skin vertex weight (zoneWeight of the distance over the skin to the
    // nearest centre, minus the radius). Centres are points on or near the skin.
    std::vector<float> brush(const std::vector<glm::vec3>& centres, float radiusM) const;

    struct Rank {
        const PatternField* field = nullptr;
        const ReferralZone* zone = nullptr; // the zone that ranks it (its best)
        ZoneKind kind = ZoneKind::Essential;
        double share = 0.0; // 0..1 of the painted area (area-weighted) that zone covers
    };
    // Every pattern side whose zones cover some of the painted area (per-vertex weights, e.g. from
    // brush()): muscles (myofascial patterns) before nerves (neural patterns), then essential
    // before spillover, then by share, largest first. Shares are area-weighted
    // (vertex areas); a pattern ranks by its best zone (an essential one when any covers at least
    // 1%), and patterns covering less than 1% (a neighbour's feather) are left out.
    std::vector<Rank> rank(const std::vector<float>& painted) const;

  private:
    std::shared_ptr<const SkinField> skin_;
    std::vector<std::string> skipped_;
    std::vector<PatternField> patterns_;
};

} // namespace glutea
