// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// A point as "x,y,z" in metres, as the render notes and the query print it (tests parse it).
#include <cstdio>
#include <string>

#include <glm/vec3.hpp>

namespace glutea {

inline std::string pointText(const glm::vec3& p, int decimals = 5) {
    char text[96];
    std::snprintf(text, sizeof text, "%.*f,%.*f,%.*f", decimals, p.x, decimals, p.y, decimals, p.z);
    return text;
}

} // namespace glutea
