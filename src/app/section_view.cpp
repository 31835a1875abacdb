// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "app/section_view.h"

#include <sstream>

namespace glutea {

void applySection(ViewState& view, const SectionPlane& section) {
    view.section = section;
    if (section.on) {
        view.layers[static_cast<std::size_t>(LayerGroup::Skin)].opacity = 1.0f;
    }
}

std::string sectionNote(const SectionPlane& section) {
    std::ostringstream out;
    const char* axis = section.kind == "axial" ? "y" : section.kind == "coronal" ? "z" : "x";
    const float at = section.kind == "coronal" ? -section.offset : section.offset;
    out << "section " << section.kind << " at " << axis << " = " << at << " m, facing view "
        << section.facingView();
    return out.str();
}

} // namespace glutea
