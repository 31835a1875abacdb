// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The structure search: type a name, a Latin name or an everyday word ("butt muscle", "sciatica"),
// move through the ranked results with the arrow keys, Enter selects.
#include <optional>
#include <string>
#include <vector>

#include "anatomy/search.h"

namespace glutea {

class SearchBox {
  public:
    void setEntries(std::vector<SearchEntry> entries) {
        entries_ = std::move(entries);
        resultsFor_.clear();
        results_ = searchStructures(entries_, "", 8);
    }
    // Draws the box and its results; returns the structure id chosen this frame.
    std::optional<std::string> draw();
    void focus() { focusNextFrame_ = true; }
    const char* query() const { return query_; }

  private:
    std::vector<SearchEntry> entries_;
    char query_[128] = {};
    std::string resultsFor_; // the query results_ were searched for
    std::vector<SearchResult> results_;
    int highlighted_ = 0;
    bool focusNextFrame_ = false;
};

} // namespace glutea
