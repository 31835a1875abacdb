// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "anatomy/view_effects.h"

#include <algorithm>
#include <cmath>

namespace glutea {

LayerGroup layerGroupOf(const StructureDef& def) {
    for (std::size_t i = 0; i < kLayerGroupIds.size(); ++i) {
        if (def.group == kLayerGroupIds[i]) {
            return static_cast<LayerGroup>(i);
        }
    }
    switch (def.kind) {
    case StructureKind::Skin:
        return LayerGroup::Skin;
    case StructureKind::Nerve:
        return LayerGroup::Nerves;
    case StructureKind::Bone:
        return LayerGroup::Bones;
    case StructureKind::Muscle:
        return LayerGroup::DeepMuscles;
    case StructureKind::Other:
        break;
    }
    return LayerGroup::SuperficialMuscles;
}

namespace {

bool contains(const std::vector<int>& list, int value) {
    return std::find(list.begin(), list.end(), value) != list.end();
}

// Related structures of the selection on the same side (e.g. the piriformis for the sciatic nerve).
std::vector<int> relatedParts(const Atlas& atlas, const std::vector<int>& selected,
                              const std::vector<std::string> StructureRelations::*field) {
    std::vector<int> parts;
    for (int s : selected) {
        const StructurePart& part = atlas.parts[s];
        auto it = atlas.manifest.relations.find(part.structureId);
        if (it == atlas.manifest.relations.end()) {
            continue;
        }
        for (const auto& id : it->second.*field) {
            for (Side side : {part.side, Side::None}) {
                if (int i = atlas.findPart(id, side); i >= 0) {
                    parts.push_back(i);
                    break;
                }
            }
        }
    }
    return parts;
}

} // namespace

std::vector<PartLook> targetLooks(const Atlas& atlas, const ViewState& view,
                                  const std::vector<int>& xrayParts) {
    const std::vector<int> selected = selectedParts(atlas, view.selection.current());
    const std::vector<int> outlined = relatedParts(atlas, selected, &StructureRelations::outline);
    const std::vector<int> glowing = relatedParts(atlas, selected, &StructureRelations::continues);
    const bool isolating = view.isolateSelection && !selected.empty();

    std::vector<PartLook> looks(atlas.parts.size());
    for (std::size_t i = 0; i < atlas.parts.size(); ++i) {
        const int index = static_cast<int>(i);
        const auto group =
            static_cast<std::size_t>(layerGroupOf(atlas.structureOf(atlas.parts[i])));
        const LayerSettings& layer = view.layers[group];
        const bool isSelected = contains(selected, index);
        const bool isRelated = contains(outlined, index) || contains(glowing, index);

        // Peel removes whole groups from the outside in; its fraction fades the next group.
        const float peeled = std::clamp(view.peel - static_cast<float>(group), 0.0f, 1.0f);
        float opacity = layer.visible && view.isVisible(i) ? layer.opacity * (1.0f - peeled) : 0.0f;
        if (isolating && !isSelected && !isRelated) {
            opacity = 0.0f;
        }
        if (isSelected) {
            opacity = std::max(opacity, 1.0f); // a selected structure is always shown whole
        } else if (view.xray && !selected.empty() && contains(xrayParts, index)) {
            opacity = std::min(opacity, kXrayOpacity);
        }
        PartLook& look = looks[i];
        look.opacity = opacity;
        look.highlight = isSelected ? 1.0f : contains(glowing, index) ? 0.6f : 0.0f;
        look.hover = index == view.hoveredPart && !isSelected ? 1.0f : 0.0f;
        look.outline = isSelected                  ? Outline::Selected
                       : contains(outlined, index) ? Outline::Related
                                                   : Outline::None;
    }
    return looks;
}

bool easeLooks(ViewState& view, const std::vector<PartLook>& target, float seconds) {
    if (seconds <= 0.0f || view.look.size() != target.size()) {
        view.look = target;
        return false;
    }
    // Exponential approach: about 95% of the way in 0.35 s, whatever the frame rate; the last
    // bit snaps so an idle window can stop redrawing.
    const float k = 1.0f - std::exp(-seconds / 0.12f);
    bool moving = false;
    auto approach = [&](float& value, float goal) {
        value += (goal - value) * k;
        if (std::abs(goal - value) < 0.004f) {
            value = goal;
        } else {
            moving = true;
        }
    };
    for (std::size_t i = 0; i < target.size(); ++i) {
        PartLook& look = view.look[i];
        approach(look.opacity, target[i].opacity);
        approach(look.highlight, target[i].highlight);
        approach(look.hover, target[i].hover);
        look.outline = target[i].outline;
    }
    return moving;
}

} // namespace glutea
