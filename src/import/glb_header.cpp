// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "import/glb_header.h"

#include <cctype>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <string>

#include <nlohmann/json.hpp>

#include "base/error.h"

namespace glutea {

// A .glb declares its total length and its chunks' lengths in a 12-byte header: a file shorter
// than declared was cut off (a failed download), which Assimp reports as "no suitable reader".
// Returns how many triangles its JSON chunk declares (index count / 3 of every triangle-list
// primitive), or nothing when that cannot be told (not a .glb, strips or fans, odd JSON): Assimp
// drops triangles with out-of-range indices without a word, and this count is how that is seen.
std::optional<std::size_t> checkGlbHeader(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    char header[20] = {};
    in.read(header, sizeof header);
    const auto got = static_cast<std::size_t>(in.gcount());
    if (got < 4 || std::memcmp(header, "glTF", 4) != 0) {
        std::string ext = file.extension().string();
        for (char& c : ext) {
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
        if (ext == ".glb") {
            // Else Assimp tries every other importer on it, and some of them read past the end
            // of such a file (found by fuzz_glb).
            throw Error(file.string() + ": cannot read model: it is not a binary glTF file (a .glb "
                                        "begins with \"glTF\")");
        }
        return std::nullopt; // not a binary glTF; Assimp decides
    }
    std::error_code ec;
    const auto size = std::filesystem::file_size(file, ec);
    if (got < 20) {
        throw Error(file.string() + ": cannot read model: the glb file is truncated (" +
                    std::to_string(size) + " bytes; its headers alone take 20)");
    }
    std::uint32_t version = 0;
    std::uint32_t declared = 0;
    std::uint32_t jsonLength = 0;
    std::memcpy(&version, header + 4, 4);
    std::memcpy(&declared, header + 8, 4);
    std::memcpy(&jsonLength, header + 12, 4);
    if (!ec && size < declared) {
        throw Error(file.string() +
                    ": cannot read model: the glb file is truncated: its header says " +
                    std::to_string(declared) + " bytes, the file has " + std::to_string(size));
    }
    // Refused here rather than left to Assimp: its glTF reader turns such a file down, and then
    // Assimp tries every other importer on it, one of which leaks (found by fuzz_glb).
    if (version != 2) {
        throw Error(file.string() +
                    ": cannot read model: the glb file is damaged or of another "
                    "version: its header says glTF version " +
                    std::to_string(version) + ", expected 2");
    }
    if (std::memcmp(header + 16, "JSON", 4) != 0) {
        throw Error(file.string() + ": cannot read model: the glb file is damaged: its first "
                                    "chunk is not of type \"JSON\" (a glTF 2 .glb begins with "
                                    "its JSON chunk)");
    }
    if (ec) {
        return std::nullopt;
    }
    // Assimp allocates and clears whatever a chunk header claims before it reads a byte: a
    // damaged length of 2 GB costs seconds and gigabytes (found by fuzz_glb), so check it here.
    if (jsonLength > size - 20) {
        throw Error(file.string() +
                    ": cannot read model: the glb file is damaged: its JSON chunk "
                    "claims " +
                    std::to_string(jsonLength) + " bytes, the file has " +
                    std::to_string(size - 20) + " after the headers");
    }
    const std::uintmax_t binStart = 20 + std::uintmax_t{jsonLength};
    if (binStart + 8 <= size) {
        char binHeader[8] = {};
        std::ifstream bin(file, std::ios::binary);
        bin.seekg(static_cast<std::streamoff>(binStart));
        bin.read(binHeader, 8);
        std::uint32_t binLength = 0;
        std::memcpy(&binLength, binHeader, 4);
        if (bin && binLength > size - binStart - 8) {
            throw Error(file.string() +
                        ": cannot read model: the glb file is damaged: its binary chunk claims " +
                        std::to_string(binLength) + " bytes, the file has " +
                        std::to_string(size - binStart - 8) + " after the chunk header");
        }
    }
    std::string text(jsonLength, '\0');
    in.read(text.data(), static_cast<std::streamsize>(jsonLength));
    const auto json = nlohmann::json::parse(text, nullptr, false);
    if (json.is_discarded()) {
        // glTF's JSON must be UTF-8 JSON. Assimp's own parser takes some broken text and then
        // trusts what it read: a line strip without positions made it allocate 64 GB (found by
        // fuzz_glb), past every check here.
        throw Error(file.string() +
                    ": cannot read model: the glb file is damaged: its JSON chunk is not valid "
                    "JSON (glTF requires UTF-8 JSON text)");
    }
    if (!json.is_object() || !json.contains("meshes") || !json["meshes"].is_array()) {
        return std::nullopt;
    }
    // Meshes without accessors (a misspelt "accessors") have no vertex positions either: the
    // check below refuses them, where Assimp asked for 64 GB for a fan (found by CI's fuzz_glb).
    static const nlohmann::json kNoAccessors = nlohmann::json::array();
    const bool hasAccessors = json.contains("accessors") && json["accessors"].is_array();
    const auto& accessors = hasAccessors ? json["accessors"] : kNoAccessors;
    auto countOf = [&](const nlohmann::json& index) -> std::optional<std::size_t> {
        if (!index.is_number_unsigned() || index.get<std::size_t>() >= accessors.size()) {
            return std::nullopt;
        }
        const auto& a = accessors[index.get<std::size_t>()];
        if (!a.is_object() || !a.contains("count") || !a["count"].is_number_unsigned()) {
            return std::nullopt;
        }
        return a["count"].get<std::size_t>();
    };
    // Every primitive needs vertex positions: without them Assimp takes the vertex count as 0
    // and, for strips and fans, computes 0 - 2 triangles, then allocates 4 billion of them
    // (found by fuzz_glb).
    std::size_t triangles = 0;
    bool countable = true;
    for (std::size_t m = 0; m < json["meshes"].size(); ++m) {
        const auto& mesh = json["meshes"][m];
        // glTF requires primitives; a mesh without them is refused, not left to Assimp, which may
        // read another copy of a duplicated "meshes" key than this parser kept (a fan without
        // positions again, 64 GB asked for: found by CI's fuzz_glb).
        if (!mesh.is_object() || !mesh.contains("primitives") || !mesh["primitives"].is_array() ||
            mesh["primitives"].empty()) {
            throw Error(file.string() + ": cannot read model: the glb file is damaged: mesh " +
                        std::to_string(m) + " has no \"primitives\" (glTF requires at least one)");
        }
        for (std::size_t k = 0; k < mesh["primitives"].size(); ++k) {
            const auto& p = mesh["primitives"][k];
            const std::string where =
                "mesh " + std::to_string(m) + " primitive " + std::to_string(k);
            if (!p.is_object()) {
                return std::nullopt;
            }
            const bool hasPositions = p.contains("attributes") && p["attributes"].is_object() &&
                                      p["attributes"].contains("POSITION");
            const std::optional<std::size_t> vertices =
                hasPositions ? countOf(p["attributes"]["POSITION"]) : std::nullopt;
            if (!vertices) {
                throw Error(file.string() +
                            ": cannot read model: the glb file is damaged: " + where +
                            " has no vertex positions (attributes/POSITION naming an accessor)");
            }
            const auto mode = p.contains("mode") ? p["mode"] : nlohmann::json(4);
            if (!mode.is_number_unsigned()) {
                return std::nullopt;
            }
            const std::optional<std::size_t> corners =
                p.contains("indices") ? countOf(p["indices"]) : vertices;
            if (!corners) {
                throw Error(file.string() + ": cannot read model: the glb file is damaged: " +
                            where + " has \"indices\" that name no accessor");
            }
            const unsigned primitiveMode = mode.get<unsigned>();
            if ((primitiveMode == 5 || primitiveMode == 6) && *corners < 3) {
                throw Error(file.string() + ": cannot read model: the glb file is damaged: " +
                            where + " is a triangle strip or fan of " + std::to_string(*corners) +
                            " corners (at least 3 make a triangle)");
            }
            if (primitiveMode == 4) {
                triangles += *corners / 3;
            } else if (primitiveMode > 3) {
                countable = false; // strips and fans: Assimp's count is not index count / 3
            }
        }
    }
    if (!countable) {
        return std::nullopt;
    }
    return triangles;
}

} // namespace glutea
