// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "anatomy/content.h"

#include <algorithm>

#include "anatomy/content_names.h"

namespace glutea {
namespace {

template <typename T> const T* findById(const std::vector<T>& items, std::string_view id) {
    auto it =
        std::find_if(items.begin(), items.end(), [&](const T& item) { return item.id == id; });
    return it == items.end() ? nullptr : &*it;
}

} // namespace

const std::string& LocalizedText::get(std::string_view language) const {
    static const std::string empty;
    if (auto it = byLanguage.find(std::string(language)); it != byLanguage.end()) {
        return it->second;
    }
    if (auto it = byLanguage.find("en"); it != byLanguage.end()) {
        return it->second;
    }
    return byLanguage.empty() ? empty : byLanguage.begin()->second;
}

const Statement* findRegister(const RegisterTexts& texts, std::string_view reg) {
    const auto it = texts.find(std::string(reg));
    return it == texts.end() ? nullptr : &it->second;
}

std::string_view toString(Evidence evidence) {
    return nameIn(evidenceNames(), evidence);
}

std::string_view toString(PressFrom from) {
    return nameIn(pressFromNames(), from);
}

std::string_view toString(Direction direction) {
    return direction == Direction::None ? "none" : nameIn(directionNames(), direction);
}

std::string_view toString(ShapeKind kind) {
    switch (kind) {
    case ShapeKind::Disc:
        return "disc";
    case ShapeKind::Ellipse:
        return "ellipse";
    case ShapeKind::Polygon:
        return "polygon";
    case ShapeKind::Corridor:
        return "corridor";
    }
    return "disc";
}

double Shape::reachCm() const {
    switch (kind) {
    case ShapeKind::Disc:
        return radiusCm;
    case ShapeKind::Ellipse:
        return std::max(majorRadiusCm, minorRadiusCm);
    case ShapeKind::Corridor:
        return widthCm / 2.0;
    case ShapeKind::Polygon:
        return 0.0; // only the vertices themselves are known without geometry
    }
    return 0.0;
}

std::vector<const Anchor*> TechniquePlacement::anchors() const {
    std::vector<const Anchor*> out;
    switch (form) {
    case PlacementForm::Point:
        out.push_back(&point);
        break;
    case PlacementForm::Path:
        for (const auto& anchor : path) {
            out.push_back(&anchor);
        }
        break;
    case PlacementForm::Area:
        for (const auto& shape : area) {
            if (shape.kind == ShapeKind::Disc || shape.kind == ShapeKind::Ellipse) {
                out.push_back(&shape.center);
            }
            for (const auto& anchor : shape.points) {
                out.push_back(&anchor);
            }
        }
        break;
    }
    return out;
}

const StructureInfo* Content::findStructure(std::string_view id) const {
    return findById(structures, id);
}

const ReferralPattern* Content::findReferral(std::string_view structureId) const {
    auto it = std::find_if(referralPatterns.begin(), referralPatterns.end(),
                           [&](const ReferralPattern& p) { return p.structure == structureId; });
    return it == referralPatterns.end() ? nullptr : &*it;
}

const Technique* Content::findTechnique(std::string_view id) const {
    return findById(techniques, id);
}

const TechniquePlacement* Content::findPlacement(std::string_view id) const {
    for (const auto& technique : techniques) {
        if (const auto* placement = findById(technique.placements, id)) {
            return placement;
        }
    }
    return nullptr;
}

const CautionZone* Content::findCautionZone(std::string_view id) const {
    return findById(cautionZones, id);
}

const RedFlag* Content::findRedFlag(std::string_view id) const {
    return findById(redFlags, id);
}

const Source* Content::findSource(std::string_view id) const {
    return findById(sources, id);
}

const Routine* Content::findRoutine(std::string_view id) const {
    return findById(routines, id);
}

ContentProblem Content::problemAt(const ContentOrigin& origin, std::string message) const {
    SourceLocation location;
    if (auto it = locations.find(origin.file); it != locations.end()) {
        location = it->second.find(origin.pointer);
    }
    return {origin.file, location, std::move(message), origin.pointer};
}

const std::vector<std::string>& bodyAreaIds() {
    static const std::vector<std::string> ids = {
        "lower_back",      "sacrum",        "buttock",        "hip",
        "posterior_thigh", "lateral_thigh", "anterior_thigh", "knee",
        "posterior_leg",   "lateral_leg",   "ankle",          "foot"};
    return ids;
}

} // namespace glutea
