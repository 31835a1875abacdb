// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "anatomy/atlas_manifest.h"

#include <atomic>
#include <cerrno>
#include <cmath>
#include <fstream>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "anatomy/json_util.h"
#include "base/error.h"

namespace glutea {

using nlohmann::json;

const StructureDef* AtlasManifest::findStructure(const std::string& id) const {
    for (const auto& s : structures) {
        if (s.id == id) {
            return &s;
        }
    }
    return nullptr;
}

bool AtlasManifest::mapNode(const std::string& nodeName, NodeMapping& out) const {
    if (auto it = nodes.find(nodeName); it != nodes.end()) {
        out = it->second;
        return true;
    }
    for (const auto& [suffix, side] : sideSuffixes) {
        if (nodeName.size() > suffix.size() && nodeName.ends_with(suffix)) {
            const std::string base = nodeName.substr(0, nodeName.size() - suffix.size());
            if (findStructure(base)) {
                out = {base, side};
                return true;
            }
        }
    }
    if (findStructure(nodeName)) {
        out = {nodeName, Side::None};
        return true;
    }
    return false;
}

namespace {

std::atomic<bool> outsideAtlasAllowed{false};

// A model's units in metres per unit: from a micrometre to a kilometre. Beyond that no model of a
// body is meant (1e308 or 1e-300 would turn every vertex into infinity or zero).
constexpr double kMinMetresPerUnit = 1e-6;
constexpr double kMaxMetresPerUnit = 1e3;

double parseUnits(JsonReader& r, const json& node, const std::string& where) {
    if (node.is_number()) {
        const double units = node.get<double>();
        if (std::isfinite(units) && units >= kMinMetresPerUnit && units <= kMaxMetresPerUnit) {
            return units;
        }
        r.problem(where, "a number of metres per unit must lie between 1e-06 and 1000 (found " +
                             node.dump() +
                             "); a model in those units would not be the size of a body");
        return 1.0;
    }
    if (node.is_string()) {
        const auto s = node.get<std::string>();
        if (s == "m") {
            return 1.0;
        }
        if (s == "cm") {
            return 0.01;
        }
        if (s == "mm") {
            return 0.001;
        }
    }
    r.problem(where, "expected \"m\", \"cm\", \"mm\" or a positive number of metres per unit");
    return 1.0;
}

bool isInside(const std::filesystem::path& folder, const std::filesystem::path& file) {
    auto f = file.begin();
    for (auto d = folder.begin(); d != folder.end(); ++d, ++f) {
        if (d->empty()) {
            continue; // a trailing separator
        }
        if (f == file.end() || *f != *d) {
            return false;
        }
    }
    return true;
}

// An atlas is shared between people, so the files it names must lie in its folder: an absolute
// path, "..", or a symbolic link out of the folder is refused unless the user allowed it.
void checkInsideAtlas(JsonReader& r, const AtlasManifest& m, const std::string& file,
                      const std::string& pointer) {
    if (std::string why = outsideAtlasProblem(m.dir, file); !why.empty()) {
        r.problem(pointer, why);
    }
}

bool isAxis(const std::string& s) {
    static const std::set<std::string> axes = {"+X", "-X", "+Y", "-Y", "+Z", "-Z"};
    return axes.count(s) > 0;
}

// How far a model's origin may lie from the zero of its file, in metres (after "units"): a
// scanner-frame dataset puts the body within a room of its zero, not kilometres off. 1 km is also
// where the file's own coordinates, floats, step by 0.06 mm, still finer than any mesh of a body;
// and it keeps 1e308 (infinity as a float, every vertex with it) from reaching the model, where it
// was reported as a wrong "units".
constexpr double kMaxOriginMetres = 1000.0;

std::string decimal(double value) {
    std::ostringstream out;
    out << value;
    return out.str();
}

void readOrigin(JsonReader& r, const json& node, const std::string& where, ModelRef& ref) {
    if (!node.is_array() || node.size() != 3 || !node[0].is_number() || !node[1].is_number() ||
        !node[2].is_number()) {
        r.problem(where, "expected [x, y, z], three numbers in the model's units and axes");
        return;
    }
    for (std::size_t i = 0; i < 3; ++i) {
        const double c = node[i].get<double>();
        if (!std::isfinite(c) || std::abs(c) * ref.metresPerUnit > kMaxOriginMetres) {
            r.problem(where + "/" + std::to_string(i),
                      "a coordinate must lie within " + decimal(kMaxOriginMetres) +
                          " m of the model file's zero (found " + node[i].dump() + ", at " +
                          decimal(ref.metresPerUnit) +
                          " metres per unit); the origin is the model's point that becomes the "
                          "atlas origin");
            return;
        }
    }
    ref.origin = {node[0].get<double>(), node[1].get<double>(), node[2].get<double>()};
}

void readModels(JsonReader& r, const json& root, AtlasManifest& m) {
    const json* models = r.array(root, "models", "");
    if (!models) {
        return;
    }
    if (models->empty()) {
        r.problem("/models", "expected at least one model file");
    }
    for (std::size_t i = 0; i < models->size(); ++i) {
        const std::string at = "/models/" + std::to_string(i);
        const json& entry = (*models)[i];
        if (!entry.is_object()) {
            r.problem(at, "expected an object with \"file\"");
            continue;
        }
        r.allowKeys(entry, at, {"file", "units", "up", "front", "origin", "node"});
        ModelRef ref;
        ref.file = r.string(entry, "file", at);
        const std::size_t problemsBefore = r.problems().size();
        checkInsideAtlas(r, m, ref.file, at + "/file");
        const bool pathRefused = r.problems().size() > problemsBefore;
        if (entry.contains("units")) {
            ref.metresPerUnit = parseUnits(r, entry["units"], at + "/units");
        }
        if (entry.contains("origin")) {
            readOrigin(r, entry["origin"], at + "/origin", ref);
        }
        ref.node = r.optionalString(entry, "node", at, "");
        ref.up = r.optionalString(entry, "up", at, "+Y");
        ref.front = r.optionalString(entry, "front", at, "+Z");
        for (const auto& [axis, field] : {std::pair{ref.up, "up"}, std::pair{ref.front, "front"}}) {
            if (!isAxis(axis)) {
                r.problem(at + "/" + field, "expected one of +X, -X, +Y, -Y, +Z, -Z");
            }
        }
        if (!ref.file.empty() && !pathRefused && !std::filesystem::exists(m.dir / ref.file)) {
            r.problem(at + "/file", "model file not found: " + (m.dir / ref.file).string());
        }
        // The same file twice would draw every structure twice, on top of itself.
        for (std::size_t k = 0; k < m.models.size(); ++k) {
            const auto& other = m.models[k];
            if (!ref.file.empty() && std::filesystem::path(other.file).lexically_normal() ==
                                         std::filesystem::path(ref.file).lexically_normal()) {
                r.problem(at + "/file", "\"" + ref.file + "\" is listed twice (also /models/" +
                                            std::to_string(k) + "); list each model file once");
            }
        }
        m.models.push_back(ref);
    }
}

void readStructures(JsonReader& r, const json& root, AtlasManifest& m) {
    const json* list = r.array(root, "structures", "");
    if (!list) {
        return;
    }
    std::set<std::string> seen;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string at = "/structures/" + std::to_string(i);
        const json& entry = (*list)[i];
        if (!entry.is_object()) {
            r.problem(at, "expected an object");
            continue;
        }
        r.allowKeys(entry, at, {"id", "name", "kind", "group"});
        StructureDef s;
        s.id = r.string(entry, "id", at);
        s.displayName = r.string(entry, "name", at);
        const std::string kind = r.string(entry, "kind", at);
        if (auto k = parseStructureKind(kind)) {
            s.kind = *k;
        } else if (!kind.empty()) {
            r.problem(at + "/kind",
                      "expected bone, muscle, nerve, skin or other, got \"" + kind + "\"");
        }
        s.group = r.string(entry, "group", at);
        if (!s.id.empty() && !seen.insert(s.id).second) {
            r.problem(at + "/id", "duplicate structure id \"" + s.id + "\"");
        }
        m.structures.push_back(s);
    }
}

void readNodeMap(JsonReader& r, const json& root, AtlasManifest& m) {
    if (root.contains("side_suffixes")) {
        const json& suffixes = root["side_suffixes"];
        if (!suffixes.is_object()) {
            r.problem("/side_suffixes", "expected an object such as {\"_l\": \"left\"}");
        } else {
            for (const auto& [suffix, side] : suffixes.items()) {
                auto parsed = side.is_string() ? parseSide(side.get<std::string>()) : std::nullopt;
                if (!parsed) {
                    r.problem("/side_suffixes/" + suffix, "expected \"left\" or \"right\"");
                    continue;
                }
                m.sideSuffixes[suffix] = *parsed;
            }
        }
    }
    if (!root.contains("nodes")) {
        return;
    }
    const json& nodes = root["nodes"];
    if (!nodes.is_object()) {
        r.problem("/nodes", "expected an object mapping node names to {\"structure\", \"side\"}");
        return;
    }
    for (const auto& [name, entry] : nodes.items()) {
        const std::string at = "/nodes/" + name;
        if (!entry.is_object()) {
            r.problem(at, "expected an object with \"structure\"");
            continue;
        }
        r.allowKeys(entry, at, {"structure", "side"});
        NodeMapping mapping;
        mapping.structureId = r.string(entry, "structure", at);
        const std::string side = r.optionalString(entry, "side", at, "none");
        if (auto s = parseSide(side)) {
            mapping.side = *s;
        } else {
            r.problem(at + "/side", "expected \"left\", \"right\" or \"none\"");
        }
        if (!mapping.structureId.empty() && !m.findStructure(mapping.structureId)) {
            r.problem(at + "/structure", "unknown structure id \"" + mapping.structureId + "\"");
        }
        m.nodes[name] = mapping;
    }
}

std::vector<std::string> readIdList(JsonReader& r, const json& list, const std::string& at,
                                    const AtlasManifest& m) {
    std::vector<std::string> ids;
    if (!list.is_array()) {
        r.problem(at, "expected an array of structure ids");
        return ids;
    }
    for (std::size_t i = 0; i < list.size(); ++i) {
        if (!list[i].is_string() || !m.findStructure(list[i].get<std::string>())) {
            r.problem(at + "/" + std::to_string(i), "expected a structure id of \"structures\"");
            continue;
        }
        ids.push_back(list[i].get<std::string>());
    }
    return ids;
}

void readRelations(JsonReader& r, const json& root, AtlasManifest& m) {
    if (!root.contains("relations")) {
        return;
    }
    const json& relations = root["relations"];
    if (!relations.is_object()) {
        r.problem("/relations", "expected an object keyed by structure id");
        return;
    }
    for (const auto& [id, entry] : relations.items()) {
        const std::string at = "/relations/" + id;
        if (!m.findStructure(id)) {
            r.problem(at, "unknown structure id \"" + id + "\"");
            continue;
        }
        if (!entry.is_object()) {
            r.problem(at, "expected {\"outline\": [...], \"continues\": [...]}");
            continue;
        }
        r.allowKeys(entry, at, {"outline", "continues"});
        StructureRelations rel;
        if (entry.contains("outline")) {
            rel.outline = readIdList(r, entry["outline"], at + "/outline", m);
        }
        if (entry.contains("continues")) {
            rel.continues = readIdList(r, entry["continues"], at + "/continues", m);
        }
        m.relations[id] = rel;
    }
}

} // namespace

void allowPathsOutsideAtlas(bool allow) {
    outsideAtlasAllowed = allow;
}

std::string outsideAtlasProblem(const std::filesystem::path& dir, const std::string& file) {
    if (file.empty()) {
        return {};
    }
    std::error_code ec;
    const std::filesystem::path path(file);
    const auto target = std::filesystem::weakly_canonical(dir / path, ec);
    if (ec) {
        return ec.value() == ELOOP ? "\"" + file +
                                         "\": a symbolic link in this path points back at itself "
                                         "(a symlink loop)"
                                   : "\"" + file + "\": cannot resolve the path: " + ec.message();
    }
    if (outsideAtlasAllowed) {
        return {};
    }
    const auto folder = std::filesystem::weakly_canonical(dir, ec);
    if (path.is_absolute()) {
        return "\"" + file +
               "\" is an absolute path; an atlas may only read files inside its folder (a relative "
               "path), unless glutea is run with --allow-outside-atlas";
    }
    if (ec || !isInside(folder, target)) {
        return "\"" + file + "\" leads outside the atlas folder (" + folder.string() +
               "); an atlas may only read files inside it, unless glutea is run with "
               "--allow-outside-atlas";
    }
    return {};
}

AtlasManifest loadAtlasManifest(const std::filesystem::path& dir) {
    AtlasManifest m;
    m.dir = dir;
    m.file = dir / "atlas.json";
    const JsonDocument document = readJsonOrThrow(m.file);
    const json& root = document.root;
    JsonReader r(document);
    if (!root.is_object()) {
        r.problem("", "expected a JSON object at the top level");
        r.throwIfProblems();
    }
    r.allowKeys(root, "",
                {"$schema", "format", "version", "name", "placeholder", "models", "side_suffixes",
                 "structures", "nodes", "focus", "relations", "landmarks"});
    if (r.optionalString(root, "format", "", "glutea-atlas") != "glutea-atlas") {
        r.problem("/format", "expected \"glutea-atlas\"");
    }
    if (root.contains("version") && root["version"] != 1) {
        r.problem("/version", "expected 1 (this Glutea reads atlas version 1)");
    }
    m.name = r.string(root, "name", "");
    m.placeholder = r.optionalBoolean(root, "placeholder", "", false);
    readModels(r, root, m);
    readStructures(r, root, m);
    readNodeMap(r, root, m);
    readRelations(r, root, m);
    if (root.contains("focus")) {
        m.focus = readIdList(r, root["focus"], "/focus", m);
    }
    m.landmarksFile = r.optionalString(root, "landmarks", "", "");
    checkInsideAtlas(r, m, m.landmarksFile, "/landmarks");
    r.throwIfProblems();
    return m;
}

} // namespace glutea
