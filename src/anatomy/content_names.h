// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The names the technique enums take in techniques.json and in `glutea query` output: one table
// per enum, read by the loader and written by whoever prints a value.
#include <string_view>
#include <utility>
#include <vector>

#include "anatomy/content.h"

namespace glutea {

template <typename E> using NameTable = std::vector<std::pair<std::string_view, E>>;

const NameTable<Pressure>& pressureNames();             // none, light, moderate, firm, deep
const NameTable<FibreDirection>& fibreDirectionNames(); // along, across, circular, static
const NameTable<PlacementForm>& placementFormNames();   // point, path, area

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
