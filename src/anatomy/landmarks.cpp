// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "anatomy/landmarks.h"

#include <cmath>

#include "anatomy/json_util.h"

namespace glutea {

using nlohmann::json;

namespace {
// Landmarks lie on a body in metres: anything farther than this is a mistake in the file (and a
// 1e308 would become infinity in every distance computed from it).
constexpr double kMaxLandmarkMetres = 5.0;

bool readPoint(JsonReader& r, const json& entry, const char* key, const std::string& at,
               glm::vec3& out) {
    if (!entry.contains(key)) {
        r.problem(at, std::string("missing field \"") + key + "\" ([x, y, z] in metres)");
        return false;
    }
    const json& v = entry[key];
    if (!v.is_array() || v.size() != 3 || !v[0].is_number() || !v[1].is_number() ||
        !v[2].is_number()) {
        r.problem(at + "/" + key, "expected [x, y, z], three numbers in metres");
        return false;
    }
    for (std::size_t i = 0; i < 3; ++i) {
        const double c = v[i].get<double>();
        if (!std::isfinite(c) || std::abs(c) > kMaxLandmarkMetres) {
            r.problem(at + "/" + key + "/" + std::to_string(i),
                      "a coordinate must lie within " + std::to_string(int(kMaxLandmarkMetres)) +
                          " m of the atlas origin (found " + v[i].dump() +
                          "); landmarks are points on a body");
            return false;
        }
    }
    out = {v[0].get<float>(), v[1].get<float>(), v[2].get<float>()};
    return true;
}
} // namespace

Landmarks loadLandmarks(const std::filesystem::path& file) {
    const JsonDocument document = readJsonOrThrow(file);
    const json& root = document.root;
    JsonReader r(document);
    Landmarks result;
    if (!root.is_object()) {
        r.problem("", "expected a JSON object with \"landmarks\"");
        r.throwIfProblems();
    }
    r.allowKeys(root, "",
                {"$schema", "format", "version", "units", "frame", "source", "landmarks"});
    if (root.contains("units") && root["units"] != "m") {
        r.problem("/units", "expected \"m\": landmark positions are in metres");
    }
    if (const json* list = r.array(root, "landmarks", "")) {
        for (std::size_t i = 0; i < list->size(); ++i) {
            const std::string at = "/landmarks/" + std::to_string(i);
            const json& entry = (*list)[i];
            if (!entry.is_object()) {
                r.problem(at, "expected an object");
                continue;
            }
            r.allowKeys(entry, at, {"id", "name", "structure", "position", "skin", "how"});
            Landmark l;
            l.id = r.string(entry, "id", at);
            if (entry.contains("name")) {
                if (entry["name"].is_object()) {
                    l.name = r.optionalString(entry["name"], "en", at + "/name", l.id);
                } else {
                    r.problem(at + "/name", "expected {\"en\": \"...\"}");
                }
            }
            l.structure = r.optionalString(entry, "structure", at, "");
            readPoint(r, entry, "position", at, l.position);
            if (!entry.contains("skin") || !readPoint(r, entry, "skin", at, l.skin)) {
                l.skin = l.position;
            }
            if (!l.id.empty() && !result.emplace(l.id, l).second) {
                r.problem(at + "/id", "duplicate landmark id \"" + l.id + "\"");
            }
        }
    }
    r.throwIfProblems();
    return result;
}

} // namespace glutea
