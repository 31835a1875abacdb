// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Builders of broken inputs for the hardening tests: a minimal binary glTF written byte by byte
// (so that a test can put NaN, out-of-range indices or zeros exactly where it wants), and a
// small valid atlas folder to break one field at a time.
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "test_support.h"

namespace glutea::test {

struct GlbSpec {
    std::vector<float> positions;       // x, y, z per vertex
    std::vector<std::uint32_t> indices; // empty: no index accessor
    // When set (with indices), a third accessor that the primitive's extras name as its display
    // level of detail ("glutea_display_indices", as meshgen writes).
    std::vector<std::uint32_t> displayIndices;
    int mode = 4; // glTF primitive mode: 0 points, 1 lines, 4 triangles
    std::string nodeName = "femur";
    bool zeroBinary = false; // every byte of the BIN chunk zero (accessors unchanged)
    // When set, the scene's root list and the nodes array, as JSON text (all nodes use mesh 0).
    std::string sceneNodes;
    std::string nodes;
};

inline void appendU32(std::string& out, std::uint32_t v) {
    char b[4];
    std::memcpy(b, &v, 4);
    out.append(b, 4);
}

// One node, one mesh, one primitive; positions then indices in one buffer.
inline std::string makeGlb(const GlbSpec& spec) {
    std::string bin(reinterpret_cast<const char*>(spec.positions.data()),
                    spec.positions.size() * sizeof(float));
    const std::size_t indexOffset = bin.size();
    bin.append(reinterpret_cast<const char*>(spec.indices.data()),
               spec.indices.size() * sizeof(std::uint32_t));
    const std::size_t lodOffset = bin.size();
    bin.append(reinterpret_cast<const char*>(spec.displayIndices.data()),
               spec.displayIndices.size() * sizeof(std::uint32_t));
    const bool lod = !spec.indices.empty() && !spec.displayIndices.empty();
    if (spec.zeroBinary) {
        bin.assign(bin.size(), '\0');
    }
    const std::size_t vertices = spec.positions.size() / 3;
    // glTF requires min/max on positions; any finite box will do, Assimp does not check it.
    const std::string nodes =
        spec.nodes.empty() ? R"([{"name":")" + spec.nodeName + R"(","mesh":0}])" : spec.nodes;
    std::string json = R"({"asset":{"version":"2.0"},"scene":0,"scenes":[{"nodes":)" +
                       (spec.sceneNodes.empty() ? std::string("[0]") : spec.sceneNodes) +
                       R"(}],"nodes":)" + nodes + R"(,"meshes":[{"name":")" + spec.nodeName +
                       R"(","primitives":[{"attributes":)"
                       R"({"POSITION":0})" +
                       (spec.indices.empty() ? std::string() : R"(,"indices":1)") + R"(,"mode":)" +
                       std::to_string(spec.mode) +
                       (lod ? R"(,"extras":{"glutea_display_indices":2})" : "") +
                       R"(}]}],"buffers":[{"byteLength":)" + std::to_string(bin.size()) +
                       R"(}],"bufferViews":[{"buffer":0,"byteOffset":0,"byteLength":)" +
                       std::to_string(indexOffset) + "}";
    if (!spec.indices.empty()) {
        json += R"(,{"buffer":0,"byteOffset":)" + std::to_string(indexOffset) +
                R"(,"byteLength":)" + std::to_string(spec.indices.size() * 4) + "}";
    }
    if (lod) {
        json += R"(,{"buffer":0,"byteOffset":)" + std::to_string(lodOffset) + R"(,"byteLength":)" +
                std::to_string(spec.displayIndices.size() * 4) + "}";
    }
    json += R"(],"accessors":[{"bufferView":0,"componentType":5126,"count":)" +
            std::to_string(vertices) + R"(,"type":"VEC3","min":[-1,-1,-1],"max":[1,1,1]})";
    if (!spec.indices.empty()) {
        json += R"(,{"bufferView":1,"componentType":5125,"count":)" +
                std::to_string(spec.indices.size()) + R"(,"type":"SCALAR"})";
    }
    if (lod) {
        json += R"(,{"bufferView":2,"componentType":5125,"count":)" +
                std::to_string(spec.displayIndices.size()) + R"(,"type":"SCALAR"})";
    }
    json += "]}";
    while (json.size() % 4 != 0) {
        json += ' ';
    }
    while (bin.size() % 4 != 0) {
        bin += '\0';
    }
    std::string out = "glTF";
    appendU32(out, 2);
    appendU32(out, static_cast<std::uint32_t>(12 + 8 + json.size() + 8 + bin.size()));
    appendU32(out, static_cast<std::uint32_t>(json.size()));
    out += "JSON";
    out += json;
    appendU32(out, static_cast<std::uint32_t>(bin.size()));
    out.append("BIN\0", 4);
    out += bin;
    return out;
}

// A closed box of `size` (in file units) centred on the origin: 8 vertices, 12 triangles.
inline GlbSpec boxSpec(float size = 0.3f) {
    const float h = size / 2;
    GlbSpec spec;
    spec.positions = {-h, -h, -h, h, -h, -h, h, h, -h, -h, h, -h,
                      -h, -h, h,  h, -h, h,  h, h, h,  -h, h, h};
    spec.indices = {0, 2, 1, 0, 3, 2, 4, 5, 6, 4, 6, 7, 0, 1, 5, 0, 5, 4,
                    2, 3, 7, 2, 7, 6, 1, 2, 6, 1, 6, 5, 0, 4, 7, 0, 7, 3};
    return spec;
}

inline const char* kHardeningStructures =
    R"([{"id": "femur", "name": "Femur", "kind": "bone", "group": "bones"}])";

// atlas.json of one model file; `extraModel` and `extraRoot` are spliced in as JSON text.
inline std::string atlasJson(const std::string& modelFields = R"("file": "m.glb")",
                             const std::string& extraRoot = "") {
    return R"({"format": "glutea-atlas", "name": "t", "models": [{)" + modelFields +
           R"(}], "structures": )" + kHardeningStructures + extraRoot + "}";
}

// A folder with atlas.json and m.glb (a 30 cm box named femur).
inline std::filesystem::path boxAtlas(const std::filesystem::path& dir,
                                      const std::string& manifest = atlasJson()) {
    writeFile(dir / "m.glb", makeGlb(boxSpec()));
    writeFile(dir / "atlas.json", manifest);
    return dir;
}

} // namespace glutea::test
