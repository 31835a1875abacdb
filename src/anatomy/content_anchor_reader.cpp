// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// ContentReader's anchors and shapes: the position format of referral zones, technique
// placements and caution zones (docs/CONTENT-FORMAT.md, "Anchors").
#include "anatomy/content_reader.h"

namespace glutea {

Anchor ContentReader::anchorValue(const json& value, const std::string& pointer) {
    Anchor out;
    out.origin = origin(pointer);
    if (!expectObject(value, pointer)) {
        return out;
    }
    allowKeys(value, pointer, {"on", "from", "blend", "toward", "distance_cm"});
    out.on = string(value, pointer, "on", false);

    const bool hasFrom = value.contains("from");
    const bool hasBlend = value.contains("blend");
    if (hasFrom && hasBlend) {
        problem(pointer, "anchor gives both \"from\" and \"blend\"; use one");
    } else if (!hasFrom && !hasBlend) {
        problem(pointer, "anchor has neither \"from\" nor \"blend\": it anchors to nothing");
    }
    if (hasFrom) {
        const std::string from = string(value, pointer, "from");
        if (!from.empty()) {
            out.base.push_back({from, 1.0});
        }
    } else if (hasBlend) {
        out.isBlend = true;
        double total = 0.0;
        eachObject(value, pointer, "blend", true, [&](const json& item, const std::string& p) {
            allowKeys(item, p, {"landmark", "weight"});
            LandmarkWeight entry{string(item, p, "landmark"), number(item, p, "weight")};
            total += entry.weight;
            if (!entry.landmark.empty()) {
                out.base.push_back(std::move(entry));
            }
        });
        const json& blend = value["blend"];
        if (blend.is_array() && blend.size() < 2) {
            problem(appendPointer(pointer, "blend"),
                    "\"blend\" needs at least two landmarks; use \"from\" for one");
        }
        if (!out.base.empty() && total <= 0.0) {
            out.base.clear();
        }
    }

    const bool hasToward = value.contains("toward");
    const bool hasDistance = value.contains("distance_cm");
    if (hasToward != hasDistance) {
        problem(pointer, hasToward ? "\"toward\" needs \"distance_cm\""
                                   : "\"distance_cm\" needs \"toward\"");
    }
    if (hasToward) {
        const std::string toward = string(value, pointer, "toward");
        if (auto direction = directionFromName(toward)) {
            out.towardDirection = *direction;
        } else {
            out.towardLandmark = toward;
        }
    }
    if (hasDistance) {
        out.distanceCm = number(value, pointer, "distance_cm", true, 0.0, false, kMaxBodyLengthCm);
    }
    return out;
}

Anchor ContentReader::anchor(const json& object, const std::string& pointer, std::string_view key) {
    const json* value = field(object, pointer, key, true);
    if (value == nullptr) {
        Anchor empty;
        empty.origin = origin(pointer);
        return empty;
    }
    return anchorValue(*value, appendPointer(pointer, key));
}

std::vector<Anchor> ContentReader::anchorList(const json& object, const std::string& pointer,
                                              std::string_view key, std::size_t minCount) {
    std::vector<Anchor> out;
    const json* array =
        eachElement(object, pointer, key, true, [&](const json& v, const std::string& at) {
            out.push_back(anchorValue(v, at));
        });
    if (array != nullptr && array->size() < minCount) {
        problem(appendPointer(pointer, key), "\"" + std::string(key) + "\" needs at least " +
                                                 std::to_string(minCount) + " anchors");
    }
    return out;
}

Shape ContentReader::shapeValue(const json& value, const std::string& pointer) {
    Shape out;
    out.origin = origin(pointer);
    if (!expectObject(value, pointer)) {
        return out;
    }
    out.kind = choice<ShapeKind>(value, pointer, "shape",
                                 {{"disc", ShapeKind::Disc},
                                  {"ellipse", ShapeKind::Ellipse},
                                  {"polygon", ShapeKind::Polygon},
                                  {"corridor", ShapeKind::Corridor}},
                                 ShapeKind::Disc);
    switch (out.kind) {
    case ShapeKind::Disc:
        allowKeys(value, pointer, {"shape", "center", "radius_cm"});
        out.center = anchor(value, pointer, "center");
        out.radiusCm = number(value, pointer, "radius_cm", true, 0.0, false, kMaxBodyLengthCm);
        break;
    case ShapeKind::Ellipse: {
        allowKeys(value, pointer, {"shape", "center", "radii_cm", "major_toward"});
        out.center = anchor(value, pointer, "center");
        if (const json* radii = field(value, pointer, "radii_cm", true)) {
            if (radii->is_array() && radii->size() == 2 && (*radii)[0].is_number() &&
                (*radii)[1].is_number() && (*radii)[0].get<double>() >= (*radii)[1].get<double>() &&
                (*radii)[1].get<double>() > 0.0 && (*radii)[0].get<double>() <= kMaxBodyLengthCm) {
                out.majorRadiusCm = (*radii)[0].get<double>();
                out.minorRadiusCm = (*radii)[1].get<double>();
            } else {
                problem(
                    appendPointer(pointer, "radii_cm"),
                    "\"radii_cm\" must be [major, minor], numbers with 200 >= major >= minor > 0");
            }
        }
        const std::string toward = string(value, pointer, "major_toward");
        if (auto direction = directionFromName(toward)) {
            out.majorTowardDirection = *direction;
        } else {
            out.majorTowardLandmark = toward;
        }
        break;
    }
    case ShapeKind::Polygon:
        allowKeys(value, pointer, {"shape", "vertices"});
        out.points = anchorList(value, pointer, "vertices", 3);
        break;
    case ShapeKind::Corridor:
        allowKeys(value, pointer, {"shape", "path", "width_cm"});
        out.points = anchorList(value, pointer, "path", 2);
        out.widthCm = number(value, pointer, "width_cm", true, 0.0, false, kMaxBodyLengthCm);
        break;
    }
    return out;
}

std::vector<Shape> ContentReader::shapeList(const json& object, const std::string& pointer,
                                            std::string_view key) {
    return listOf<Shape>(object, pointer, key, true,
                         [&](const json& v, const std::string& at) { return shapeValue(v, at); });
}

} // namespace glutea
