// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The statements a structure's card shows, in order and by section, without drawing them: the
// card draws these rows, and tests check them without a window.
#include <string>
#include <vector>

#include "anatomy/content.h"
#include "ui/settings.h"

namespace glutea {

enum class CardSection {
    Summary,  // the reader's text, then (for a patient) the separately labelled notes
    Anatomy,  // the facts of anatomy/structure_facts.h, each under its heading
    Clinical, // clinical notes, one bullet each
};

struct CardRow {
    CardSection section;
    std::string heading;        // the fact's heading in Anatomy; empty elsewhere
    const Statement* statement; // points into the StructureInfo
};

std::vector<CardRow> infoCardRows(const StructureInfo& info, Audience audience);

} // namespace glutea
