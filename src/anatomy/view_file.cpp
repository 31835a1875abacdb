// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "anatomy/view_file.h"

#include <algorithm>
#include <cmath>

#include "anatomy/json_util.h"
#include "base/error.h"

namespace glutea {

namespace {

using nlohmann::json;

// Field readers that record a problem at the value's place and fall back to the default.
class Fields {
  public:
    explicit Fields(const JsonDocument& doc) : reader_(doc) {}
    JsonReader& reader() { return reader_; }

    const json* object(const json& parent, const char* key, const std::string& at) {
        if (!parent.contains(key)) {
            return nullptr;
        }
        if (!parent[key].is_object()) {
            reader_.problem(appendPointer(at, key),
                            std::string("\"") + key + "\": expected an object");
            return nullptr;
        }
        return &parent[key];
    }
    const json* array(const json& parent, const char* key, const std::string& at) {
        if (!parent.contains(key)) {
            return nullptr;
        }
        if (!parent[key].is_array()) {
            reader_.problem(appendPointer(at, key),
                            std::string("\"") + key + "\": expected an array");
            return nullptr;
        }
        return &parent[key];
    }
    // Doubles, so a saved time (a double) reads back exactly; floats convert exactly both ways.
    double number(const json& parent, const char* key, const std::string& at, double fallback,
                  double lo, double hi) {
        if (!parent.contains(key)) {
            return fallback;
        }
        const json& v = parent[key];
        if (!v.is_number() || !std::isfinite(v.get<double>()) || v.get<double>() < lo ||
            v.get<double>() > hi) {
            reader_.problem(appendPointer(at, key), std::string("\"") + key +
                                                        "\": expected a number from " + trim(lo) +
                                                        " to " + trim(hi));
            return fallback;
        }
        return v.get<double>();
    }
    bool boolean(const json& parent, const char* key, const std::string& at, bool fallback) {
        if (!parent.contains(key)) {
            return fallback;
        }
        if (!parent[key].is_boolean()) {
            reader_.problem(appendPointer(at, key),
                            std::string("\"") + key + "\": expected true or false");
            return fallback;
        }
        return parent[key].get<bool>();
    }
    std::string string(const json& parent, const char* key, const std::string& at) {
        return reader_.optionalString(parent, key, at, "");
    }
    // A point of the view: the camera's target, a dab of paint, a pin. Near the body, in metres:
    // a coordinate past a float (1e55) would be written back as null, and the file saved from
    // this view would not open.
    glm::vec3 vec3(const json& v, const std::string& at) {
        constexpr double kFarthest = 1000.0;
        const bool ok =
            v.is_array() && v.size() == 3 && std::all_of(v.begin(), v.end(), [](const json& x) {
                return x.is_number() && std::isfinite(x.get<double>()) &&
                       std::abs(x.get<double>()) <= kFarthest;
            });
        if (!ok) {
            reader_.problem(at, "expected [x, y, z] in metres, each from -1000 to 1000");
            return glm::vec3(0.0f);
        }
        return {v[0].get<float>(), v[1].get<float>(), v[2].get<float>()};
    }
    glm::vec3 vec3(const json& parent, const char* key, const std::string& at, glm::vec3 fallback) {
        return parent.contains(key) ? vec3(parent[key], appendPointer(at, key)) : fallback;
    }

  private:
    static std::string trim(double v) {
        std::string s = std::to_string(v);
        s.erase(s.find_last_not_of('0') + 1);
        if (!s.empty() && s.back() == '.') {
            s.pop_back();
        }
        return s;
    }
    JsonReader reader_;
};

// The fields each kind of animation has (docs/VIEW-FILE.md); any other key is refused with the
// nearest known one, and a field of another kind says which kind has it.
const std::vector<std::string_view>& animationKeys(const std::string& kind) {
    static const std::vector<std::string_view> referral = {"kind", "time", "structure",
                                                           "trigger_point"};
    static const std::vector<std::string_view> technique = {"kind", "time", "technique",
                                                            "placement"};
    static const std::vector<std::string_view> routine = {"kind", "time", "routine", "step"};
    return kind == "referral" ? referral : kind == "technique" ? technique : routine;
}

void readAnimation(Fields& f, const json& a, const std::string& at, ViewAnimation& out) {
    out.kind = f.string(a, "kind", at);
    if (out.kind != "referral" && out.kind != "technique" && out.kind != "routine") {
        f.reader().problem(a.contains("kind") ? appendPointer(at, "kind") : at,
                           "\"kind\": expected \"referral\", \"technique\" or \"routine\"");
        out.kind.clear();
        return;
    }
    const auto& own = animationKeys(out.kind);
    for (auto it = a.begin(); it != a.end(); ++it) {
        const std::string& key = it.key();
        if (std::find(own.begin(), own.end(), key) != own.end()) {
            continue;
        }
        std::string kinds; // the kinds that have this field
        for (const char* kind : {"referral", "technique", "routine"}) {
            const auto& keys = animationKeys(kind);
            if (std::find(keys.begin(), keys.end(), key) != keys.end()) {
                kinds += (kinds.empty() ? "" : " or ") + std::string(kind);
            }
        }
        f.reader().problem(appendPointer(at, key),
                           kinds.empty() ? unknownKeyMessage(key, own)
                                         : "\"" + key + "\": not a field of a " + out.kind +
                                               " animation (a " + kinds + " animation has it)");
    }
    out.structure = f.string(a, "structure", at);
    out.triggerPoint = f.string(a, "trigger_point", at);
    out.technique = f.string(a, "technique", at);
    out.placement = f.string(a, "placement", at);
    out.routine = f.string(a, "routine", at);
    const double step = f.number(a, "step", at, 0.0, 0.0, 100.0);
    if (step != std::floor(step)) {
        f.reader().problem(appendPointer(at, "step"),
                           "\"step\": expected a whole number (0: the warm-up, 1..N: the steps)");
    }
    out.step = int(step);
    out.time = f.number(a, "time", at, 0.0, 0.0, 1e6);
    const char* needs = out.kind == "referral"    ? "structure"
                        : out.kind == "technique" ? "technique"
                                                  : "routine";
    if (!a.contains(needs)) {
        f.reader().problem(at, std::string("a ") + out.kind + " animation needs \"" + needs + "\"");
    } else if (a[needs].is_string() && a[needs].get<std::string>().empty()) {
        f.reader().problem(appendPointer(at, needs),
                           std::string("\"") + needs + "\": expected an id, not an empty string");
    }
}

ViewFile readRoot(const JsonDocument& doc) {
    Fields f(doc);
    ViewFile v;
    const json& root = doc.root;
    if (!root.is_object()) {
        f.reader().problem("", "expected a JSON object (a .glutea-view file)");
        f.reader().throwIfProblems();
    }
    if (f.string(root, "format", "") != "glutea-view") {
        f.reader().problem(root.contains("format") ? "/format" : "",
                           "\"format\": expected \"glutea-view\"");
    }
    const double version = f.number(root, "format_version", "", -1.0f, 1.0f, 1000.0f);
    if (version > float(kViewFileVersion)) {
        f.reader().problem("/format_version", "\"format_version\": this Glutea reads version " +
                                                  std::to_string(kViewFileVersion) +
                                                  "; the file is newer");
    } else if (version < 0.0f && !root.contains("format_version")) {
        f.reader().problem("", "missing \"format_version\"");
    }
    // A misspelled key is an error with the nearest known key, as in the content files: a view
    // that silently drops "animaton" would open something else than what was saved.
    f.reader().allowKeys(root, "",
                         {"format", "format_version", "atlas", "camera", "selection", "hidden",
                          "layers", "peel", "isolate", "xray", "animation", "paint",
                          "annotations"});
    v.atlas = f.string(root, "atlas", "");
    if (const json* c = f.object(root, "camera", "")) {
        const std::string at = "/camera";
        f.reader().allowKeys(*c, at, {"target", "yaw_deg", "pitch_deg", "distance", "fov_deg"});
        v.target = f.vec3(*c, "target", at, v.target);
        v.yawDegrees = f.number(*c, "yaw_deg", at, v.yawDegrees, -3600.0f, 3600.0f);
        v.pitchDegrees = f.number(*c, "pitch_deg", at, v.pitchDegrees, -89.0f, 89.0f);
        v.distance = f.number(*c, "distance", at, v.distance, 0.01f, 100.0f);
        v.fovYDegrees = f.number(*c, "fov_deg", at, v.fovYDegrees, 5.0f, 120.0f);
    }
    if (const json* s = f.object(root, "selection", "")) {
        f.reader().allowKeys(*s, "/selection", {"part", "both_sides"});
        v.selection = f.string(*s, "part", "/selection");
        v.bothSides = f.boolean(*s, "both_sides", "/selection", false);
    }
    if (const json* hidden = f.array(root, "hidden", "")) {
        for (std::size_t i = 0; i < hidden->size(); ++i) {
            if ((*hidden)[i].is_string()) {
                v.hidden.push_back((*hidden)[i].get<std::string>());
            } else {
                f.reader().problem(appendPointer("/hidden", i), "expected a part name");
            }
        }
    }
    if (const json* layers = f.object(root, "layers", "")) {
        for (auto it = layers->begin(); it != layers->end(); ++it) {
            const auto g = std::find(kLayerGroupIds.begin(), kLayerGroupIds.end(), it.key());
            const std::string at = appendPointer("/layers", it.key());
            if (g == kLayerGroupIds.end()) {
                f.reader().problem(at, "\"" + it.key() +
                                           "\": not a layer group (skin, superficial_muscles, "
                                           "deep_muscles, nerves, bones)");
                continue;
            }
            if (!it->is_object()) {
                f.reader().problem(at, "expected {\"visible\": ..., \"opacity\": ...}");
                continue;
            }
            f.reader().allowKeys(*it, at, {"visible", "opacity"});
            LayerSettings& l = v.layers[std::size_t(g - kLayerGroupIds.begin())];
            l.visible = f.boolean(*it, "visible", at, l.visible);
            l.opacity = f.number(*it, "opacity", at, l.opacity, 0.0f, 1.0f);
        }
    }
    v.peel =
        static_cast<float>(f.number(root, "peel", "", 0.0, 0.0, double(kLayerGroupIds.size())));
    v.isolate = f.boolean(root, "isolate", "", false);
    v.xray = f.boolean(root, "xray", "", true);
    if (const json* a = f.object(root, "animation", "")) {
        readAnimation(f, *a, "/animation", v.animation);
    }
    if (const json* paint = f.array(root, "paint", "")) {
        for (std::size_t i = 0; i < paint->size(); ++i) {
            const std::string at = appendPointer("/paint", i);
            const json& d = (*paint)[i];
            if (!d.is_object() || !d.contains("at")) {
                f.reader().problem(at, "expected {\"at\": [x, y, z], \"radius_cm\": ...}");
                continue;
            }
            f.reader().allowKeys(d, at, {"at", "radius_cm", "erase"});
            ViewPaintDab dab;
            dab.at = f.vec3(d, "at", at, dab.at);
            dab.radiusCm = f.number(d, "radius_cm", at, dab.radiusCm, 0.1f, 50.0f);
            dab.erase = f.boolean(d, "erase", at, false);
            v.paint.push_back(dab);
        }
    }
    if (const json* notes = f.array(root, "annotations", "")) {
        for (std::size_t i = 0; i < notes->size(); ++i) {
            const std::string at = appendPointer("/annotations", i);
            const json& n = (*notes)[i];
            if (!n.is_object() || !n.contains("at") || !n.contains("text")) {
                f.reader().problem(at, "expected {\"at\": [x, y, z], \"text\": \"...\"}");
                continue;
            }
            f.reader().allowKeys(n, at, {"at", "part", "text"});
            ViewAnnotation a;
            a.at = f.vec3(n, "at", at, a.at);
            a.part = f.string(n, "part", at);
            a.text = f.string(n, "text", at);
            if (a.text.size() > kMaxAnnotationChars) {
                f.reader().problem(appendPointer(at, "text"),
                                   "\"text\": at most " + std::to_string(kMaxAnnotationChars) +
                                       " characters (a pin's label is short)");
            }
            v.annotations.push_back(std::move(a));
        }
    }
    f.reader().throwIfProblems();
    return v;
}

json vec(const glm::vec3& p) {
    return {p.x, p.y, p.z};
}

} // namespace

bool ViewFile::operator==(const ViewFile& o) const {
    for (std::size_t g = 0; g < layers.size(); ++g) {
        if (layers[g].visible != o.layers[g].visible || layers[g].opacity != o.layers[g].opacity) {
            return false;
        }
    }
    return atlas == o.atlas && target == o.target && yawDegrees == o.yawDegrees &&
           pitchDegrees == o.pitchDegrees && distance == o.distance &&
           fovYDegrees == o.fovYDegrees && selection == o.selection && bothSides == o.bothSides &&
           hidden == o.hidden && peel == o.peel && isolate == o.isolate && xray == o.xray &&
           animation == o.animation && paint == o.paint && annotations == o.annotations;
}

ViewFile readViewFile(const std::filesystem::path& file) {
    return readRoot(readJsonOrThrow(file));
}

ViewFile parseViewFile(std::string_view text, const std::string& fileName) {
    std::vector<ContentProblem> problems;
    auto doc = parseJsonDocument(text, fileName, problems);
    if (!doc) {
        throw Error(formatProblems(problems));
    }
    return readRoot(*doc);
}

std::string viewFileText(const ViewFile& v) {
    json root = {{"format", "glutea-view"},
                 {"format_version", kViewFileVersion},
                 {"atlas", v.atlas},
                 {"camera",
                  {{"target", vec(v.target)},
                   {"yaw_deg", v.yawDegrees},
                   {"pitch_deg", v.pitchDegrees},
                   {"distance", v.distance},
                   {"fov_deg", v.fovYDegrees}}}};
    if (!v.selection.empty()) {
        root["selection"] = {{"part", v.selection}, {"both_sides", v.bothSides}};
    }
    root["hidden"] = v.hidden;
    json layers = json::object();
    for (std::size_t g = 0; g < kLayerGroupIds.size(); ++g) {
        layers[kLayerGroupIds[g]] = {{"visible", v.layers[g].visible},
                                     {"opacity", v.layers[g].opacity}};
    }
    root["layers"] = layers;
    root["peel"] = v.peel;
    root["isolate"] = v.isolate;
    root["xray"] = v.xray;
    if (!v.animation.kind.empty()) {
        const ViewAnimation& a = v.animation;
        json anim = {{"kind", a.kind}, {"time", a.time}};
        if (a.kind == "referral") {
            anim["structure"] = a.structure;
            if (!a.triggerPoint.empty()) {
                anim["trigger_point"] = a.triggerPoint;
            }
        } else if (a.kind == "technique") {
            anim["technique"] = a.technique;
            if (!a.placement.empty()) {
                anim["placement"] = a.placement;
            }
        } else {
            anim["routine"] = a.routine;
            anim["step"] = a.step;
        }
        root["animation"] = anim;
    }
    json paint = json::array();
    for (const auto& d : v.paint) {
        json dab = {{"at", vec(d.at)}, {"radius_cm", d.radiusCm}};
        if (d.erase) {
            dab["erase"] = true;
        }
        paint.push_back(dab);
    }
    root["paint"] = paint;
    json notes = json::array();
    for (const auto& a : v.annotations) {
        notes.push_back({{"at", vec(a.at)}, {"part", a.part}, {"text", a.text}});
    }
    root["annotations"] = notes;
    return root.dump(2) + "\n";
}

ViewFile captureView(const Atlas& atlas, const ViewState& state) {
    ViewFile v;
    v.atlas = atlas.manifest.name;
    v.target = state.camera.target;
    v.yawDegrees = state.camera.yawDegrees;
    v.pitchDegrees = state.camera.pitchDegrees;
    v.distance = state.camera.distance;
    v.fovYDegrees = state.camera.fovYDegrees;
    const Selection& s = state.selection.current();
    if (!s.empty()) {
        const auto parts = selectedParts(atlas, s);
        int part = atlas.findPart(s.structureId, s.side);
        if (part < 0 && !parts.empty()) {
            part = parts.front();
        }
        if (part >= 0) {
            v.selection = atlas.parts[std::size_t(part)].nodeName;
            v.bothSides = s.bothSides;
        }
    }
    for (std::size_t i = 0; i < atlas.parts.size(); ++i) {
        if (!state.isVisible(i)) {
            v.hidden.push_back(atlas.parts[i].nodeName);
        }
    }
    v.layers = state.layers;
    v.peel = state.peel;
    v.isolate = state.isolateSelection;
    v.xray = state.xray;
    return v;
}

std::vector<std::string> applyView(const ViewFile& v, const Atlas& atlas, ViewState& state) {
    std::vector<std::string> missing;
    if (!v.atlas.empty() && v.atlas != atlas.manifest.name) {
        missing.push_back("made on the atlas \"" + v.atlas + "\", opened on \"" +
                          atlas.manifest.name + "\": what this atlas lacks is skipped");
    }
    auto partNamed = [&](const std::string& name) {
        for (std::size_t i = 0; i < atlas.parts.size(); ++i) {
            if (atlas.parts[i].nodeName == name) {
                return int(i);
            }
        }
        return -1;
    };
    state.camera.target = v.target;
    state.camera.yawDegrees = v.yawDegrees;
    state.camera.pitchDegrees = v.pitchDegrees;
    state.camera.distance = v.distance;
    state.camera.fovYDegrees = v.fovYDegrees;
    state.partVisible.assign(atlas.parts.size(), true);
    for (const auto& name : v.hidden) {
        const int part = partNamed(name);
        if (part < 0) {
            missing.push_back("hidden part \"" + name + "\": not in this atlas");
        } else {
            state.partVisible[std::size_t(part)] = false;
        }
    }
    state.layers = v.layers;
    state.peel = v.peel;
    state.isolateSelection = v.isolate;
    state.xray = v.xray;
    if (v.selection.empty()) {
        state.selection.clear();
    } else if (const int part = partNamed(v.selection); part >= 0) {
        state.selection.select(selectionOfPart(atlas, part, v.bothSides));
    } else {
        missing.push_back("selection \"" + v.selection + "\": not in this atlas");
    }
    return missing;
}

} // namespace glutea
