// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "anatomy/section.h"

#include <cmath>
#include <cstdlib>

#include "base/error.h"

namespace glutea {

std::string SectionPlane::facingView() const {
    if (kind == "coronal") {
        return "posterior";
    }
    if (kind == "sagittal") {
        return "left";
    }
    return "superior";
}

SectionPlane axialSection(float y) {
    return {true, "axial", {0.0f, 1.0f, 0.0f}, y}; // away: above
}

SectionPlane coronalSection(float z) {
    return {true, "coronal", {0.0f, 0.0f, -1.0f}, -z}; // away: behind
}

SectionPlane sagittalSection(float x) {
    return {true, "sagittal", {1.0f, 0.0f, 0.0f}, x}; // away: the subject's left
}

SectionPlane parseSection(const std::string& text, const std::string& option) {
    const auto colon = text.find(':');
    const std::string kind = text.substr(0, colon);
    const std::string value = colon == std::string::npos ? "" : text.substr(colon + 1);
    char* end = nullptr;
    const float v = value.empty() ? NAN : std::strtof(value.c_str(), &end);
    const bool number = !value.empty() && end && *end == '\0' && std::isfinite(v);
    if (!number || std::abs(v) > 10.0f ||
        (kind != "axial" && kind != "coronal" && kind != "sagittal")) {
        throw Error(option + ": \"" + text +
                    "\" is not a section; expected axial:Y, coronal:Z or sagittal:X with the "
                    "position in metres in the atlas frame, e.g. axial:0.05");
    }
    return kind == "axial"     ? axialSection(v)
           : kind == "coronal" ? coronalSection(v)
                               : sagittalSection(v);
}

} // namespace glutea
