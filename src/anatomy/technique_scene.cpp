// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "anatomy/technique_scene.h"

#include <algorithm>
#include <limits>
#include <unordered_map>

#include <glm/geometric.hpp>

#include "anatomy/anatomical_direction.h"
#include "anatomy/atlas_content.h"
#include "anatomy/content_query.h"

namespace glutea {
namespace {

// A set of zones' cache key, the same whatever their order.
std::string keyOf(const std::vector<const CautionZone*>& zones) {
    std::vector<std::string> ids;
    for (const auto* z : zones) {
        ids.push_back(z->id);
    }
    std::sort(ids.begin(), ids.end());
    std::string key;
    for (const auto& id : ids) {
        key += id + ",";
    }
    return key;
}

// A point standing for a shape: its centre, a corridor's middle point (of an even count, the one
// nearer its start: a corridor down the leg is labelled on the buttock, in the usual framing), a
// polygon's mean.
std::optional<glm::vec3> labelPointOf(const Shape& s, const SkinPointResolver& resolve) {
    if (s.kind == ShapeKind::Disc || s.kind == ShapeKind::Ellipse) {
        return resolve(s.center);
    }
    if (s.points.empty()) {
        return std::nullopt;
    }
    if (s.kind == ShapeKind::Corridor) {
        return resolve(s.points[(s.points.size() - 1) / 2]);
    }
    glm::vec3 sum(0.0f);
    for (const auto& a : s.points) {
        auto p = resolve(a);
        if (!p) {
            return std::nullopt;
        }
        sum += *p;
    }
    return sum / float(s.points.size());
}

} // namespace

TechniqueScene::TechniqueScene(const Atlas& atlas, const Content& content,
                               std::shared_ptr<const PressResolver> press)
    : atlas_(&atlas), content_(&content), press_(std::move(press)) {
    skinPart_ = atlas.skinPart();
    if (skinPart_ >= 0) {
        skin_ = SkinProjector(atlas.parts[skinPart_].mesh);
    }
    if (!press_) {
        press_ = std::make_shared<const PressResolver>(atlas, content);
    }
    field_ = std::make_unique<SkinField>(atlas);
    for (Side side : {Side::Left, Side::Right}) {
        // atlasSkinResolver caches by what an anchor says, not where it lives: shape code resolves
        // temporary anchors, whose addresses repeat.
        resolvers_[side] = atlasSkinResolver(atlas, side);
    }
}

SkinPointResolver TechniqueScene::placementResolver(const Technique& technique,
                                                    const TechniquePlacement& placement,
                                                    Side side) const {
    return pressSkinResolver(*press_, side == Side::Right ? Side::Right : Side::Left,
                             PressResolver::pressFromOf(technique, placement));
}

const SkinPointResolver& TechniqueScene::resolver(Side side) const {
    return resolvers_.at(side == Side::Right ? Side::Right : Side::Left);
}

glm::vec3 TechniqueScene::fibreAt(const std::string& structure, Side side,
                                  const glm::vec3& p) const {
    int part = atlas_->findPart(structure, side);
    if (part < 0) {
        part = atlas_->findPart(structure, Side::None);
    }
    if (part < 0) {
        return glm::vec3(0.0f);
    }
    const Mesh& m = atlas_->parts[part].mesh;
    if (m.tangents.size() != m.positions.size()) {
        return glm::vec3(0.0f);
    }
    // The muscle's fibre direction where it lies closest under the skin point: the mean of the
    // nearest few vertices' tangents, signs aligned (a fibre has no arrow).
    std::vector<std::pair<float, std::size_t>> near;
    for (std::size_t i = 0; i < m.positions.size(); ++i) {
        const glm::vec3 d = m.positions[i] - p;
        near.emplace_back(glm::dot(d, d), i);
    }
    const std::size_t k = std::min<std::size_t>(8, near.size());
    std::partial_sort(near.begin(), near.begin() + long(k), near.end());
    glm::vec3 sum(0.0f);
    for (std::size_t j = 0; j < k; ++j) {
        glm::vec3 t(m.tangents[near[j].second]);
        if (glm::dot(t, sum) < 0.0f) {
            t = -t;
        }
        sum += t;
    }
    const float len = glm::length(sum);
    return len > 0.0f ? sum / len : glm::vec3(0.0f);
}

std::optional<PlacementSite> TechniqueScene::site(const Technique& technique,
                                                  const TechniquePlacement& placement,
                                                  Side side) const {
    const SkinPointResolver resolve = placementResolver(technique, placement, side);
    PlacementSite s;
    s.side = side;
    auto onSkin = [&](const Anchor& a) -> std::optional<SkinSample> {
        auto p = resolve(a);
        if (!p) {
            return std::nullopt;
        }
        SkinSample sample = skin_.project(*p);
        sample.position = *p; // exactly the query's point (already on the skin)
        return sample;
    };
    if (placement.form == PlacementForm::Point) {
        auto p = onSkin(placement.point);
        if (!p) {
            return std::nullopt;
        }
        s.points.push_back(*p);
    } else if (placement.form == PlacementForm::Path) {
        for (const auto& a : placement.path) {
            auto p = onSkin(a);
            if (!p) {
                return std::nullopt;
            }
            s.points.push_back(*p);
        }
    } else {
        if (placement.area.empty()) {
            return std::nullopt;
        }
        const Shape& shape = placement.area.front();
        if (shape.kind == ShapeKind::Disc || shape.kind == ShapeKind::Ellipse) {
            auto c = onSkin(shape.center);
            if (!c) {
                return std::nullopt;
            }
            s.points.push_back(*c);
            const bool disc = shape.kind == ShapeKind::Disc;
            s.majorM = float((disc ? shape.radiusCm : shape.majorRadiusCm) / 100.0);
            s.minorM = float((disc ? shape.radiusCm : shape.minorRadiusCm) / 100.0);
            glm::vec3 axis(0.0f);
            if (!shape.majorTowardLandmark.empty()) {
                Anchor to;
                to.base = {{shape.majorTowardLandmark, 1.0}};
                if (auto q = resolve(to)) {
                    axis = *q - c->position;
                }
            } else if (shape.majorTowardDirection != Direction::None) {
                axis = directionInAtlasFrame(shape.majorTowardDirection, side);
            }
            if (glm::length(axis) > 1e-6f) {
                s.majorAxis = glm::normalize(axis);
            }
        } else {
            const auto pts = placementPoints(placement, resolve);
            if (pts.empty()) {
                return std::nullopt;
            }
            glm::vec3 mean(0.0f);
            for (const auto& p : pts) {
                mean += p;
            }
            mean /= float(pts.size());
            float reach = 0.02f;
            for (const auto& p : pts) {
                reach = std::max(reach, glm::length(p - mean));
            }
            s.points.push_back(skin_.project(mean));
            s.majorM = s.minorM = reach;
        }
    }
    glm::vec3 fibre = fibreAt(placement.structure, side, s.points.front().position);
    if (glm::length(fibre) < 0.5f && s.points.size() > 1) {
        fibre = glm::normalize(s.points.back().position - s.points.front().position);
    }
    if (glm::length(fibre) < 0.5f) {
        fibre = s.majorAxis;
    }
    // Fibres have no arrow; point them the way a path runs, else downward and outward.
    if (s.points.size() > 1 &&
        glm::dot(fibre, s.points.back().position - s.points.front().position) < 0.0f) {
        fibre = -fibre;
    }
    s.fibre = fibre;
    return s;
}

std::optional<TechniqueTrack> TechniqueScene::track(const Technique& technique,
                                                    const TechniquePlacement& placement,
                                                    Side side) const {
    auto s = site(technique, placement, side);
    if (!s) {
        return std::nullopt;
    }
    return buildTrack(technique, placement, *s, skin_);
}

std::vector<const CautionZone*> TechniqueScene::zonesFor(const TechniqueTrack& track,
                                                         float nearM) const {
    std::vector<const CautionZone*> zones;
    const SkinPointResolver& resolve = resolver(track.side);
    std::vector<glm::vec3> points;
    for (std::size_t i = 0; i < track.path.size(); i += 4) {
        points.push_back(track.path[i].position);
    }
    points.push_back(track.centre.position);
    const bool area = track.placement && track.placement->form == PlacementForm::Area;
    const float reach = area ? std::max(track.majorM, track.minorM) : track.contactRadiusM;
    for (const auto& z : content_->cautionZones) {
        bool named = track.technique && std::find(track.technique->cautionZones.begin(),
                                                  track.technique->cautionZones.end(),
                                                  z.id) != track.technique->cautionZones.end();
        // A stretch presses on nothing: only the zones its technique names.
        const bool presses = track.placement && track.placement->pressure != Pressure::None;
        if (!named && presses) {
            const auto d = distanceToZone(points, z, resolve);
            named = d && *d < nearM + reach;
        }
        if (named) {
            zones.push_back(&z);
        }
    }
    return zones;
}

std::vector<const CautionZone*> TechniqueScene::allZones() const {
    std::vector<const CautionZone*> zones;
    for (const auto& z : content_->cautionZones) {
        zones.push_back(&z);
    }
    return zones;
}

const std::vector<glm::vec4>&
TechniqueScene::cautionPaint(const std::vector<const CautionZone*>& zones) const {
    const std::string key = keyOf(zones);
    if (auto it = paintCache_.find(key); it != paintCache_.end()) {
        return it->second;
    }
    std::vector<glm::vec4> paint;
    if (skinPart_ >= 0 && field_ && !field_->empty()) {
        const Mesh& mesh = atlas_->parts[skinPart_].mesh;
        paint.assign(mesh.positions.size(), glm::vec4(0.0f));
        for (const CautionZone* z : zones) {
            const int channel = z->rule == CautionRule::NoSustainedPressure ? 0 : 1;
            for (Side side : {Side::Left, Side::Right}) {
                // Each zone side once: weights over the skin (zone_field), 0.5 on the boundary.
                auto it = zoneWeights_.find({z, side});
                if (it == zoneWeights_.end()) {
                    auto w = field_->weights(z->shapes, resolver(side));
                    it = zoneWeights_
                             .emplace(std::make_pair(z, side), w.value_or(std::vector<float>{}))
                             .first;
                }
                const std::vector<float>& w = it->second;
                for (std::size_t i = 0; i < w.size() && i < paint.size(); ++i) {
                    paint[i][channel] = std::max(paint[i][channel], w[i]);
                }
            }
        }
    }
    return paintCache_.emplace(key, std::move(paint)).first->second;
}

std::vector<CautionLabel>
TechniqueScene::cautionLabels(const std::vector<const CautionZone*>& zones) const {
    std::vector<CautionLabel> labels;
    for (const CautionZone* z : zones) {
        for (Side side : {Side::Left, Side::Right}) {
            if (z->shapes.empty()) {
                continue;
            }
            auto p = labelPointOf(z->shapes.front(), resolver(side));
            if (!p) {
                continue;
            }
            const bool again = std::any_of(labels.begin(), labels.end(), [&](const auto& l) {
                return l.zone == z && glm::length(l.position - *p) < 0.06f;
            });
            if (!again) {
                labels.push_back({z, *p});
            }
        }
    }
    return labels;
}

const TechniquePlacement* firstPlacementOn(const Technique& technique,
                                           const std::string& structure) {
    for (const auto& p : technique.placements) {
        if (structure.empty() || p.structure == structure) {
            return &p;
        }
    }
    return nullptr;
}

const Technique* techniqueOfPlacement(const Content& content, const TechniquePlacement* placement) {
    for (const auto& t : content.techniques) {
        for (const auto& p : t.placements) {
            if (&p == placement) {
                return &t;
            }
        }
    }
    return nullptr;
}

void applyCautions(const TechniqueScene& scene, const std::vector<const CautionZone*>& zones,
                   SceneOverlay& overlay) {
    if (zones.empty()) {
        return;
    }
    const auto& paint = scene.cautionPaint(zones);
    if (overlay.skin.caution.size() != paint.size() ||
        !std::equal(paint.begin(), paint.end(), overlay.skin.caution.begin())) {
        overlay.skin.caution = paint;
        overlay.skin.version = newSkinPaintVersion();
    }
    overlay.showCautions = true;
    for (const auto& l : scene.cautionLabels(zones)) {
        overlay.labels.push_back({l.position, l.zone->id});
    }
}

void applyTechniqueFrame(const TechniqueScene& scene, const TechniqueTrack& track, double seconds,
                         SceneOverlay& overlay, bool showNearbyCautions) {
    TechniqueFrame f = playTechnique(track, scene.skin(), seconds, overlay.highContrast);
    overlay.markers.insert(overlay.markers.end(), f.markers.begin(), f.markers.end());
    overlay.props.insert(overlay.props.end(), f.props.begin(), f.props.end());
    if (showNearbyCautions) {
        applyCautions(scene, scene.zonesFor(track), overlay);
    }
}

} // namespace glutea
