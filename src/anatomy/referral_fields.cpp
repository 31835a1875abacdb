// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// ReferralFields (zone_field.h): every referral pattern resolved on both sides of the skin.
#include <algorithm>
#include <map>

#include "anatomy/atlas_content.h"
#include "anatomy/content_validator.h"
#include "anatomy/skin_surface.h"
#include "anatomy/zone_field.h"
#include "base/parallel_for.h"

namespace glutea {
namespace {

// Arrival distances of vertices no source reaches (another component of the skin): far enough
// that no animated front ever gets there, finite so that a shader never meets infinity.
constexpr float kFarM = 100.0f;
// A pattern must cover at least this share of the painted area to be ranked: less is the feather
// of a neighbouring zone, not a match.
constexpr double kMinShare = 0.01;

// The default locator: the point of the trigger point's muscle (this side) nearest the anchor's
// landmark point, and the skin point nearest to that.
class DefaultSites {
  public:
    DefaultSites(const Atlas& atlas, const SkinField& skin, Side side)
        : atlas_(atlas), skin_(skin), side_(side),
          landmarks_(landmarkSkinResolver(atlas.landmarks, side)) {}

    std::optional<AnchorSite> operator()(const TriggerPoint& trp) {
        auto p = landmarks_(trp.anchor);
        if (!p) {
            return std::nullopt;
        }
        AnchorSite site{*p, *p};
        if (const SkinSurface* muscle = structure(trp.anchor.on)) {
            site.target = muscle->closestPoint(*p);
        }
        site.skin = skin_.surface().closestPoint(site.target).position;
        return site;
    }

  private:
    const SkinSurface* structure(const std::string& id) {
        if (id.empty()) {
            return nullptr;
        }
        auto it = surfaces_.find(id);
        if (it == surfaces_.end()) {
            int part = atlas_.findPart(id, side_);
            if (part < 0) {
                part = atlas_.findPart(id, Side::None);
            }
            auto surface =
                part >= 0 ? std::make_unique<SkinSurface>(atlas_.parts[part].mesh) : nullptr;
            it = surfaces_.emplace(id, std::move(surface)).first;
        }
        return it->second && !it->second->empty() ? it->second.get() : nullptr;
    }

    const Atlas& atlas_;
    const SkinField& skin_;
    Side side_;
    SkinPointResolver landmarks_;
    std::map<std::string, std::unique_ptr<SkinSurface>> surfaces_;
};

std::vector<float> finiteArrival(std::vector<float> d) {
    for (float& x : d) {
        x = std::min(x, kFarM);
    }
    return d;
}

// Where a pattern without trigger points starts: the first anchor of its first corridor (the top
// of a nerve band), else the centre of its first disc or ellipse.
const Anchor* startOfBand(const ReferralPattern& pattern) {
    for (const auto& zone : pattern.zones) {
        for (const auto& shape : zone.shapes) {
            if (shape.kind == ShapeKind::Corridor && !shape.points.empty()) {
                return &shape.points.front();
            }
        }
    }
    for (const auto& zone : pattern.zones) {
        for (const auto& shape : zone.shapes) {
            if (shape.kind == ShapeKind::Disc || shape.kind == ShapeKind::Ellipse) {
                return &shape.center;
            }
        }
    }
    return nullptr;
}

PatternField resolvePattern(const ReferralPattern& pattern, Side side, const SkinField& skin,
                            const SkinPointResolver& resolve, const AnchorSiteLocator& locate,
                            DefaultSites& defaults) {
    const SurfaceDistance& surface = skin.surface();
    const std::size_t n = skin.vertexAreas().size();
    PatternField field;
    field.pattern = &pattern;
    field.side = side;
    std::vector<float> nearest(n, SurfaceDistance::kUnreached);
    for (const auto& trp : pattern.triggerPoints) {
        auto site = locate ? locate(trp, side) : defaults(trp);
        if (!site) {
            continue;
        }
        TriggerPointSite out{&trp, *site, surface.distances({surface.closestPoint(site->skin)})};
        for (std::size_t v = 0; v < n; ++v) {
            nearest[v] = std::min(nearest[v], out.arrival[v]);
        }
        out.arrival = finiteArrival(std::move(out.arrival));
        field.triggerPoints.push_back(std::move(out));
    }
    if (field.triggerPoints.empty()) {
        const Anchor* start = startOfBand(pattern);
        auto p = start ? resolve(*start) : std::nullopt;
        nearest = p ? surface.distances({surface.closestPoint(*p)}) : std::vector<float>(n, 0.0f);
    }
    field.arrival = finiteArrival(std::move(nearest));
    for (const auto& zone : pattern.zones) {
        ZoneField z;
        z.zone = &zone;
        if (auto w = skin.weights(zone.shapes, resolve)) {
            z.weight = std::move(*w);
            z.area = skin.measure(z.weight);
        } else {
            z.weight.assign(n, 0.0f);
        }
        field.zones.push_back(std::move(z));
    }
    return field;
}

bool feeds(const ReferralZone& zone, std::string_view triggerPointId) {
    // Zones that name no trigger point (a nerve's) are fed by the whole pattern.
    return triggerPointId.empty() || zone.fromTriggerPoints.empty() ||
           std::find(zone.fromTriggerPoints.begin(), zone.fromTriggerPoints.end(),
                     triggerPointId) != zone.fromTriggerPoints.end();
}

} // namespace

ReferralFields ReferralFields::compute(const Atlas& atlas, const Content& content,
                                       const AnchorSiteLocator& locate,
                                       std::atomic<float>* progress) {
    ReferralFields out;
    out.skin_ = std::make_shared<const SkinField>(atlas);
    const SkinField& skin = *out.skin_;
    // Patterns of structures the model does not have yet (content ahead of the model) are
    // skipped, and noted: their anchors may need meshes the atlas lacks.
    std::vector<const ReferralPattern*> usable;
    for (const auto& pattern : content.referralPatterns) {
        const bool ahead = plannedStructureIds().count(pattern.structure) > 0 &&
                           atlas.findPart(pattern.structure, Side::Left) < 0 &&
                           atlas.findPart(pattern.structure, Side::None) < 0;
        if (!ahead) {
            usable.push_back(&pattern);
        } else {
            out.skipped_.push_back(pattern.id);
        }
    }
    const std::size_t count = usable.size();
    if (skin.empty() || count == 0) {
        if (progress) {
            progress->store(1.0f);
        }
        return out;
    }
    std::atomic<int> done{0};
    std::vector<PatternField> left(count), right(count);
    // One thread per side: the sides share nothing but the skin (read only) and its path cache.
    auto resolveSide = [&](Side side, std::vector<PatternField>& fields) {
        const SkinPointResolver resolve = atlasSkinResolver(atlas, side);
        DefaultSites defaults(atlas, skin, side);
        for (std::size_t i = 0; i < count; ++i) {
            fields[i] = resolvePattern(*usable[i], side, skin, resolve, locate, defaults);
            const int finished = ++done;
            if (progress) {
                progress->store(static_cast<float>(finished) / static_cast<float>(2 * count));
            }
        }
    };
    parallelFor(2, 2, [&](std::size_t i) {
        i == 0 ? resolveSide(Side::Left, left) : resolveSide(Side::Right, right);
    });
    for (std::size_t i = 0; i < count; ++i) {
        out.patterns_.push_back(std::move(left[i]));
        out.patterns_.push_back(std::move(right[i]));
    }
    return out;
}

const SkinField& ReferralFields::skin() const {
    if (!skin_) {
        static const Atlas none;
        static const SkinField noSkin(none);
        return noSkin;
    }
    return *skin_;
}

const PatternField* ReferralFields::find(std::string_view structureId, Side side) const {
    for (const auto& field : patterns_) {
        if (field.side == side && field.pattern->structure == structureId) {
            return &field;
        }
    }
    return nullptr;
}

std::vector<glm::vec4> ReferralFields::paint(const PatternField& field,
                                             std::string_view triggerPointId) const {
    const std::vector<float>* arrival = &field.arrival;
    for (const auto& trp : field.triggerPoints) {
        if (!triggerPointId.empty() && trp.triggerPoint->id == triggerPointId) {
            arrival = &trp.arrival;
        }
    }
    std::vector<glm::vec4> out(arrival->size(), glm::vec4(0.0f));
    for (std::size_t v = 0; v < out.size(); ++v) {
        out[v].z = (*arrival)[v];
    }
    for (const auto& zone : field.zones) {
        if (!feeds(*zone.zone, triggerPointId)) {
            continue;
        }
        const int channel = zone.zone->kind == ZoneKind::Essential ? 0 : 1;
        for (std::size_t v = 0; v < out.size() && v < zone.weight.size(); ++v) {
            out[v][channel] = std::max(out[v][channel], zone.weight[v]);
        }
    }
    return out;
}

std::vector<float> ReferralFields::brush(const std::vector<glm::vec3>& centres,
                                         float radiusM) const {
    if (!skin_ || skin_->empty()) {
        return {};
    }
    const SurfaceDistance& surface = skin_->surface();
    std::vector<SurfacePoint> sources;
    for (const auto& c : centres) {
        sources.push_back(surface.closestPoint(c));
    }
    auto d = surface.distances(sources, radiusM + 0.5f * kZoneFeatherM + 0.001f);
    for (float& x : d) {
        x = zoneWeight(x - radiusM);
    }
    return d;
}

std::vector<ReferralFields::Rank> ReferralFields::rank(const std::vector<float>& painted) const {
    std::vector<Rank> out;
    if (!skin_ || painted.size() != skin_->vertexAreas().size()) {
        return out;
    }
    const auto& area = skin_->vertexAreas();
    double total = 0.0;
    for (std::size_t v = 0; v < painted.size(); ++v) {
        total += static_cast<double>(area[v]) * painted[v];
    }
    if (total <= 0.0) {
        return out;
    }
    for (const auto& field : patterns_) {
        std::optional<Rank> best;
        for (const auto& zone : field.zones) {
            double covered = 0.0;
            for (std::size_t v = 0; v < painted.size(); ++v) {
                if (painted[v] > 0.0f && zone.weight[v] > 0.0f) {
                    covered += static_cast<double>(area[v]) * painted[v] * zone.weight[v];
                }
            }
            const Rank candidate{&field, zone.zone, zone.zone->kind, covered / total};
            if (candidate.share < kMinShare) {
                continue;
            }
            // A pattern ranks by its best zone: an essential one if any covers the painting.
            const bool better =
                !best ||
                (candidate.kind == ZoneKind::Essential && best->kind == ZoneKind::Spillover) ||
                (candidate.kind == best->kind && candidate.share > best->share);
            if (better) {
                best = candidate;
            }
        }
        if (best) {
            out.push_back(*best);
        }
    }
    // "Where does it hurt?" answers with muscles first: a nerve's band is a different kind of pain
    // (a reason to see a clinician), listed after every muscle whose pattern covers the area.
    std::stable_sort(out.begin(), out.end(), [](const Rank& a, const Rank& b) {
        const bool aNerve = a.field->pattern->kind != "myofascial"; // neural or radicular
        const bool bNerve = b.field->pattern->kind != "myofascial";
        if (aNerve != bNerve) {
            return bNerve;
        }
        if (a.kind != b.kind) {
            return a.kind == ZoneKind::Essential;
        }
        return a.share > b.share;
    });
    return out;
}

} // namespace glutea
