// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "meshgen/landmarks_json.h"

#include <nlohmann/json.hpp>

#include <cstdio>

namespace glutea::meshgen {
namespace {

std::string vec(glm::vec3 v) {
    char buf[96];
    // +0.0 instead of -0.0 so mirrored midline values print identically.
    auto z = [](float f) { return std::abs(f) < 5e-6f ? 0.0 : double(f); };
    std::snprintf(buf, sizeof buf, "[%.5f, %.5f, %.5f]", z(v.x), z(v.y), z(v.z));
    return buf;
}

std::string str(const std::string& s) {
    return nlohmann::json(s).dump();
}

} // namespace

std::string encodeLandmarksJson(const std::vector<Landmark>& landmarks) {
    std::string out = "{\n  \"units\": \"m\",\n";
    out +=
        "  \"frame\": \"+X subject's left, +Y up, +Z anterior; origin midway between the hip joint "
        "centres\",\n";
    out += "  \"landmarks\": [\n";
    for (size_t i = 0; i < landmarks.size(); ++i) {
        const auto& l = landmarks[i];
        out += "    {\"id\": " + str(l.id) + ", \"name\": {\"en\": " + str(l.name) +
               "}, \"structure\": " + str(l.structure) + ", \"position\": " + vec(l.position) +
               ", \"skin\": " + vec(l.skin) + "}";
        out += i + 1 < landmarks.size() ? ",\n" : "\n";
    }
    out += "  ]\n}\n";
    return out;
}

} // namespace glutea::meshgen
