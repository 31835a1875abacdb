// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "anatomy/selection.h"

#include <algorithm>

#include "anatomy/atlas.h"

namespace glutea {

Selection selectionOfPart(const Atlas& atlas, int part, bool bothSides) {
    if (part < 0 || static_cast<std::size_t>(part) >= atlas.parts.size()) {
        return {};
    }
    const StructurePart& p = atlas.parts[static_cast<std::size_t>(part)];
    return {p.structureId, p.side, bothSides && p.side != Side::None};
}

std::vector<int> selectedParts(const Atlas& atlas, const Selection& selection) {
    std::vector<int> parts;
    if (selection.empty()) {
        return parts;
    }
    for (std::size_t i = 0; i < atlas.parts.size(); ++i) {
        const StructurePart& p = atlas.parts[i];
        if (p.structureId == selection.structureId &&
            (selection.bothSides || p.side == selection.side)) {
            parts.push_back(static_cast<int>(i));
        }
    }
    return parts;
}

SelectionHistory::SelectionHistory(std::size_t capacity)
    : capacity_(std::max<std::size_t>(capacity, 2)), entries_{Selection{}} {}

bool SelectionHistory::select(const Selection& selection) {
    if (selection == current()) {
        return false;
    }
    entries_.erase(entries_.begin() + static_cast<std::ptrdiff_t>(index_) + 1, entries_.end());
    entries_.push_back(selection);
    if (entries_.size() > capacity_) {
        entries_.pop_front(); // the oldest goes: the history is short by design
    }
    index_ = entries_.size() - 1;
    return true;
}

bool SelectionHistory::setBothSides(bool both) {
    if (current().empty()) {
        return false;
    }
    Selection s = current();
    s.bothSides = both && s.side != Side::None; // an unpaired structure has no other side
    return select(s);
}

bool SelectionHistory::back() {
    if (!canGoBack()) {
        return false;
    }
    --index_;
    return true;
}

bool SelectionHistory::forward() {
    if (!canGoForward()) {
        return false;
    }
    ++index_;
    return true;
}

} // namespace glutea
