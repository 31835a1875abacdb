// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "anatomy/scene_labels.h"

namespace glutea {

namespace {

// Structures first, nerves and muscles before bones, the skin and landmarks last: when room runs
// out the finer points give way.
int priorityOf(const Atlas& atlas, const LabelAnchor& a) {
    if (a.landmark) {
        return 4;
    }
    switch (atlas.structureOf(atlas.parts[a.part]).kind) {
    case StructureKind::Muscle:
    case StructureKind::Nerve:
        return 0;
    case StructureKind::Bone:
        return 1;
    case StructureKind::Other:
        return 2;
    case StructureKind::Skin:
        return 3;
    }
    return 3;
}

} // namespace

std::string labelText(const Atlas& atlas, const Content* content, const LabelAnchor& anchor,
                      bool latin) {
    if (anchor.landmark) {
        auto it = atlas.landmarks.find(anchor.id);
        return it != atlas.landmarks.end() && !it->second.name.empty() ? it->second.name
                                                                       : anchor.id;
    }
    if (latin && content) {
        if (const StructureInfo* info = content->findStructure(anchor.id);
            info && !info->latin.empty()) {
            return info->latin;
        }
    }
    return atlas.structureOf(atlas.parts[anchor.part]).displayName;
}

std::vector<SceneLabel> SceneLabels::update(const Atlas& atlas, const Content* content,
                                            const Bvh& bvh, const ViewState& view, glm::vec2 size,
                                            bool latin, const MeasureText& measure) {
    const std::vector<LabelAnchor> anchors = anchors_.update(atlas, bvh, view, size);
    std::vector<LabelCandidate> candidates;
    std::map<std::string, const LabelAnchor*> byId;
    for (const auto& a : anchors) {
        std::string text = labelText(atlas, content, a, latin);
        const glm::vec2 textSize = measure(text);
        candidates.push_back({a.id, std::move(text), a.pixel, textSize, priorityOf(atlas, a)});
        byId[a.id] = &a;
    }
    std::vector<SceneLabel> labels;
    for (auto& placed : layout_.place(std::move(candidates), size)) {
        const LabelAnchor* a = byId.at(placed.id);
        labels.push_back({std::move(placed), a->part, a->landmark});
    }
    return labels;
}

} // namespace glutea
