// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The names the content enums take in the content files and in `glutea query` output: one table
// per enum, read by the loader and written by toString and whoever else prints a value.
#include <string_view>
#include <utility>
#include <vector>

#include "anatomy/content.h"

namespace glutea {

template <typename E> using NameTable = std::vector<std::pair<std::string_view, E>>;

const NameTable<Pressure>& pressureNames();             // none, light, moderate, firm, deep
const NameTable<FibreDirection>& fibreDirectionNames(); // along, across, circular, static
const NameTable<PlacementForm>& placementFormNames();   // point, path, area
// anatomy, clinical-observation, practitioner-advice, safety
const NameTable<Evidence>& evidenceNames();
// posterior, lateral, anterior, medial, superior, inferior
const NameTable<PressFrom>& pressFromNames();
// superior, inferior, medial, lateral, anterior, posterior: Direction::None has no name in the
// files, where a "toward" that names no direction is a landmark id.
const NameTable<Direction>& directionNames();

// The value's name in `table` ("" for a value the table lacks).
template <typename E> const char* nameIn(const NameTable<E>& table, E value) {
    for (const auto& [name, v] : table) {
        if (v == value) {
            return name.data(); // the tables hold string literals
        }
    }
    return "";
}

} // namespace glutea
