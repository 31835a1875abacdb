// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "anatomy/atlas.h"

#include "base/error.h"

namespace glutea {

const StructureDef& Atlas::structureOf(const StructurePart& part) const {
    const auto& all = manifest.structures;
    if (part.structureIndex >= 0 && static_cast<std::size_t>(part.structureIndex) < all.size() &&
        all[static_cast<std::size_t>(part.structureIndex)].id == part.structureId) {
        return all[static_cast<std::size_t>(part.structureIndex)];
    }
    const StructureDef* def = manifest.findStructure(part.structureId);
    if (!def) {
        throw Error("internal: part " + part.nodeName + " has no structure definition");
    }
    return *def;
}

int Atlas::findPart(const std::string& structureId, Side side) const {
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (parts[i].structureId == structureId && parts[i].side == side) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

Bounds Atlas::focusBounds() const {
    Bounds focus;
    for (const auto& part : parts) {
        for (const auto& id : manifest.focus) {
            if (part.structureId == id) {
                focus.add(part.bounds);
            }
        }
    }
    return focus.empty() ? bounds : focus;
}

std::size_t Atlas::triangleCount() const {
    std::size_t n = 0;
    for (const auto& p : parts) {
        n += p.mesh.triangleCount();
    }
    return n;
}

std::size_t Atlas::displayTriangleCount() const {
    std::size_t n = 0;
    for (const auto& p : parts) {
        n += (p.displayIndices.empty() ? p.mesh.indices.size() : p.displayIndices.size()) / 3;
    }
    return n;
}

} // namespace glutea
