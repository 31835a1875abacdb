// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// What is selected (a structure, one side or both) and the back/forward history of selections.
#include <cstddef>
#include <deque>
#include <string>
#include <vector>

#include "anatomy/structure.h"

namespace glutea {

struct Atlas;

struct Selection {
    std::string structureId; // empty: nothing selected
    Side side = Side::None;  // the side picked; None for unpaired structures
    bool bothSides = false;  // paired structures: both sides are selected

    bool empty() const { return structureId.empty(); }
    bool operator==(const Selection&) const = default;
};

// The selection for a picked part (a click, a list row), or an empty one for part < 0.
Selection selectionOfPart(const Atlas& atlas, int part, bool bothSides = false);
// Indices into atlas.parts of the selected parts: one, or both sides, or none.
std::vector<int> selectedParts(const Atlas& atlas, const Selection& selection);

// Every change of selection is an entry, clearing included, so Back after Escape brings the
// selection back. Selecting after going back drops the entries ahead, as a browser does.
class SelectionHistory {
  public:
    static constexpr std::size_t kDefaultCapacity = 32;

    explicit SelectionHistory(std::size_t capacity = kDefaultCapacity);

    const Selection& current() const { return entries_[index_]; }
    // Makes `selection` current and a new entry; selecting what is already current adds nothing.
    // Returns whether the selection changed.
    bool select(const Selection& selection);
    // Escape: an empty selection, itself an entry (nothing when already empty).
    bool clear() { return select(Selection{}); }
    // The "both sides" toggle on the current selection, as a new entry; false when empty.
    bool setBothSides(bool both);

    bool canGoBack() const { return index_ > 0; }
    bool canGoForward() const { return index_ + 1 < entries_.size(); }
    // Step through the history; false (and no change) at either end.
    bool back();
    bool forward();

    std::size_t size() const { return entries_.size(); }

  private:
    std::size_t capacity_;
    std::deque<Selection> entries_; // oldest first; always holds at least the initial empty one
    std::size_t index_ = 0;
};

} // namespace glutea
