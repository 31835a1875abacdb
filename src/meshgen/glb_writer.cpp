// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "meshgen/glb_writer.h"

#include "base/display_lod.h"
#include "base/error.h"
#include "base/kind_colours.h"

#include <nlohmann/json.hpp>

#include <cstring>
#include <fstream>
#include <map>

namespace glutea::meshgen {
namespace {

using nlohmann::json;

constexpr int kFloat = 5126, kUint = 5125, kArrayBuffer = 34962, kElementBuffer = 34963;

// The kinds' materials: colours from base/kind_colours.h (what the app draws), the skin
// see-through.
struct KindStyle {
    const char* kind;
    float alpha;
};
constexpr KindStyle kStyles[] = {
    {"bone", 1.0f}, {"muscle", 1.0f}, {"nerve", 1.0f}, {"other", 1.0f}, {"skin", 0.35f}};

// Floats go into JSON as the float's own value (not a double with extra digits) so the text
// is stable.
json num(float v) {
    return json(double(v));
}

} // namespace

std::vector<uint8_t> encodeGlb(const std::vector<Structure>& structures) {
    std::vector<uint8_t> bin;
    json views = json::array(), accessors = json::array(), meshes = json::array(),
         nodes = json::array(), sceneNodes = json::array(), materials = json::array();
    std::map<std::string, int> materialIndex;
    for (const auto& s : kStyles) {
        json m;
        m["name"] = s.kind;
        // glTF's baseColorFactor is linear (glTF 2.0, 3.9.2): what other viewers (f3d) show.
        const SrgbColour c = kindColourSrgb(s.kind);
        m["pbrMetallicRoughness"] = {
            {"baseColorFactor",
             {num(linearFromSrgb(c.r)), num(linearFromSrgb(c.g)), num(linearFromSrgb(c.b)),
              num(s.alpha)}},
            {"metallicFactor", 0.0},
            {"roughnessFactor", std::string(s.kind) == "nerve" ? 0.5 : 0.7}};
        if (s.alpha < 1.0f) {
            m["alphaMode"] = "BLEND";
        }
        materialIndex[s.kind] = int(materials.size());
        materials.push_back(m);
    }
    auto addView = [&](const void* data, size_t bytes, int target) {
        while (bin.size() % 4) {
            bin.push_back(0);
        }
        const size_t offset = bin.size();
        bin.resize(offset + bytes);
        std::memcpy(bin.data() + offset, data, bytes);
        views.push_back(
            {{"buffer", 0}, {"byteOffset", offset}, {"byteLength", bytes}, {"target", target}});
        return int(views.size() - 1);
    };
    auto addAccessor = [&](int view, int componentType, size_t count, const char* type) {
        accessors.push_back({{"bufferView", view},
                             {"componentType", componentType},
                             {"count", count},
                             {"type", type}});
        return int(accessors.size() - 1);
    };
    for (const auto& s : structures) {
        const Mesh& m = s.mesh;
        const int pos =
            addAccessor(addView(m.positions.data(), m.positions.size() * 12, kArrayBuffer), kFloat,
                        m.positions.size(), "VEC3");
        const Box b = bounds(m);
        accessors[pos]["min"] = {num(b.lo.x), num(b.lo.y), num(b.lo.z)};
        accessors[pos]["max"] = {num(b.hi.x), num(b.hi.y), num(b.hi.z)};
        json attributes = {{"POSITION", pos}};
        attributes["NORMAL"] =
            addAccessor(addView(m.normals.data(), m.normals.size() * 12, kArrayBuffer), kFloat,
                        m.normals.size(), "VEC3");
        if (!m.tangents.empty()) {
            attributes["TANGENT"] =
                addAccessor(addView(m.tangents.data(), m.tangents.size() * 16, kArrayBuffer),
                            kFloat, m.tangents.size(), "VEC4");
        }
        const int idx = addAccessor(addView(m.indices.data(), m.indices.size() * 4, kElementBuffer),
                                    kUint, m.indices.size(), "SCALAR");
        const auto mat = materialIndex.find(s.kind);
        json prim = {{"attributes", attributes}, {"indices", idx}, {"mode", 4}};
        // The display level of detail, made here once so that loading simplifies nothing
        // (base/display_lod.h; the app makes the same list for models that lack it). A small mesh
        // is its own display level: the same accessor.
        const std::vector<uint32_t> lod = displayLodTriangles(&m.positions[0].x, m.positions.size(),
                                                              m.indices, displayLodOf(s.id));
        prim["extras"] = {{"glutea_display_indices",
                           lod == m.indices
                               ? idx
                               : addAccessor(addView(lod.data(), lod.size() * 4, kElementBuffer),
                                             kUint, lod.size(), "SCALAR")}};
        if (mat != materialIndex.end()) {
            prim["material"] = mat->second;
        }
        meshes.push_back({{"name", s.node}, {"primitives", json::array({prim})}});
        sceneNodes.push_back(int(nodes.size()));
        nodes.push_back({{"name", s.node}, {"mesh", int(meshes.size() - 1)}});
    }
    while (bin.size() % 4) {
        bin.push_back(0);
    }
    json doc;
    doc["asset"] = {{"version", "2.0"}, {"generator", "glutea-meshgen"}};
    doc["scene"] = 0;
    doc["scenes"] = json::array({{{"name", "atlas"}, {"nodes", sceneNodes}}});
    doc["nodes"] = nodes;
    doc["meshes"] = meshes;
    doc["materials"] = materials;
    doc["accessors"] = accessors;
    doc["bufferViews"] = views;
    doc["buffers"] = json::array({{{"byteLength", bin.size()}}});
    std::string text = doc.dump();
    while (text.size() % 4) {
        text.push_back(' ');
    }

    std::vector<uint8_t> out;
    auto u32 = [&](uint32_t v) {
        for (int i = 0; i < 4; ++i) {
            out.push_back(uint8_t(v >> (8 * i)));
        }
    };
    u32(0x46546C67); // "glTF"
    u32(2);
    u32(uint32_t(12 + 8 + text.size() + 8 + bin.size()));
    u32(uint32_t(text.size()));
    u32(0x4E4F534A); // "JSON"
    out.insert(out.end(), text.begin(), text.end());
    u32(uint32_t(bin.size()));
    u32(0x004E4942); // "BIN\0"
    out.insert(out.end(), bin.begin(), bin.end());
    return out;
}

void writeFile(const std::string& path, const std::vector<uint8_t>& bytes) {
    std::ofstream f(path, std::ios::binary);
    if (!f) {
        throw Error("meshgen: cannot open '" + path + "' for writing");
    }
    f.write(reinterpret_cast<const char*>(bytes.data()), std::streamsize(bytes.size()));
    if (!f) {
        throw Error("meshgen: failed writing '" + path + "'");
    }
}

} // namespace glutea::meshgen
