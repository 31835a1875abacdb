// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// What the atlas knows about each structure: identity, kind and layer group.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace glutea {

enum class StructureKind { Bone, Muscle, Nerve, Skin, Other };
enum class Side { None, Left, Right };

std::string_view toString(StructureKind kind);
std::optional<StructureKind> parseStructureKind(std::string_view text);
// The same names as (name, kind) pairs, the shape a content reader's choice() takes.
const std::vector<std::pair<std::string_view, StructureKind>>& structureKindNames();
std::string_view toString(Side side);
std::optional<Side> parseSide(std::string_view text);

// The side suffix of Glutea's own ids (docs/CONVENTIONS.md: "piriformis_l", "psis_r"; "" for
// None). A model's node names may use others: atlas.json declares them as side_suffixes.
std::string_view conventionSideSuffix(Side side);

struct StructureDef {
    std::string id;          // e.g. "gluteus_maximus"
    std::string displayName; // e.g. "Gluteus maximus"
    StructureKind kind = StructureKind::Other;
    std::string group; // skin, superficial_muscles, deep_muscles, nerves, bones
};

} // namespace glutea
