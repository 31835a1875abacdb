// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The facts a structure of structures.json may state, each with the heading its card shows: one
// list for the loader (which keys it reads) and the card (what it shows), so a fact that loads
// always shows.
#include <array>
#include <string_view>

namespace glutea {

struct StructureFact {
    std::string_view key;     // the field in structures.json
    std::string_view heading; // the card's heading over it
};

// In the order the card shows them: what it is, where it attaches, what it does, its supply, its
// path, then its neighbours.
inline constexpr std::array<StructureFact, 11> kStructureFacts = {{
    {"description", "Description"},
    {"features", "Features"},
    {"origin", "Origin"},
    {"insertion", "Insertion"},
    {"action", "Action"},
    {"innervation", "Innervation"},
    {"blood_supply", "Blood supply"},
    {"roots", "Roots"},
    {"course", "Course"},
    {"supplies", "Supplies"},
    {"relations", "Relations"},
}};

} // namespace glutea
