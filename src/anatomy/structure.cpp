// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "anatomy/structure.h"

#include <array>
#include <utility>

namespace glutea {

namespace {
// In the order the content loader's message lists them ("must be one of muscle, nerve, ...").
constexpr std::array<std::pair<StructureKind, std::string_view>, 5> kKinds = {{
    {StructureKind::Muscle, "muscle"},
    {StructureKind::Nerve, "nerve"},
    {StructureKind::Bone, "bone"},
    {StructureKind::Skin, "skin"},
    {StructureKind::Other, "other"},
}};
constexpr std::array<std::pair<Side, std::string_view>, 3> kSides = {{
    {Side::None, "none"},
    {Side::Left, "left"},
    {Side::Right, "right"},
}};

template <typename Enum, std::size_t N>
std::string_view nameOf(const std::array<std::pair<Enum, std::string_view>, N>& table, Enum v) {
    for (const auto& [value, name] : table) {
        if (value == v) {
            return name;
        }
    }
    return "?";
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, std::string_view>, N>& table,
                            std::string_view text) {
    for (const auto& [value, name] : table) {
        if (name == text) {
            return value;
        }
    }
    return std::nullopt;
}
} // namespace

std::string_view toString(StructureKind kind) {
    return nameOf(kKinds, kind);
}
std::optional<StructureKind> parseStructureKind(std::string_view text) {
    return valueOf(kKinds, text);
}
const std::vector<std::pair<std::string_view, StructureKind>>& structureKindNames() {
    static const auto names = [] {
        std::vector<std::pair<std::string_view, StructureKind>> out;
        for (const auto& [kind, name] : kKinds) {
            out.emplace_back(name, kind);
        }
        return out;
    }();
    return names;
}
std::string_view toString(Side side) {
    return nameOf(kSides, side);
}
std::optional<Side> parseSide(std::string_view text) {
    return valueOf(kSides, text);
}

std::string_view conventionSideSuffix(Side side) {
    return side == Side::Left ? "_l" : side == Side::Right ? "_r" : "";
}

} // namespace glutea
