// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "import/glb_reader.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <map>
#include <set>

#include <glm/gtc/matrix_transform.hpp>
#include <glm/gtc/quaternion.hpp>
#include <glm/gtc/type_ptr.hpp>
#include <nlohmann/json.hpp>

#include "base/error.h"

namespace glutea {

namespace {

using nlohmann::json;

constexpr int kFloat = 5126;
constexpr int kUnsignedByte = 5121;
constexpr int kUnsignedShort = 5123;
constexpr int kUnsignedInt = 5125;

// Where an accessor's elements lie in the file: `count` elements of `components` values of
// `componentBytes`, `stride` bytes apart, the first at `offset`.
struct AccessorData {
    std::uint64_t offset = 0;
    std::size_t count = 0;
    std::size_t stride = 0;
    int componentType = 0;
    std::size_t components = 0;
    std::size_t componentBytes = 0;
};

struct Unsupported {}; // thrown inside, turned into "let Assimp read it"

std::size_t componentSize(int type) {
    switch (type) {
    case kUnsignedByte:
        return 1;
    case kUnsignedShort:
        return 2;
    case kUnsignedInt:
    case kFloat:
        return 4;
    default:
        throw Unsupported{}; // signed and normalised integers: quantised meshes
    }
}

std::size_t componentCount(const std::string& type) {
    if (type == "SCALAR") {
        return 1;
    }
    if (type == "VEC3") {
        return 3;
    }
    if (type == "VEC4") {
        return 4;
    }
    throw Unsupported{};
}

std::size_t unsignedAt(const json& object, const char* key, std::size_t fallback) {
    if (!object.contains(key)) {
        return fallback;
    }
    const auto& v = object[key];
    if (!v.is_number_unsigned()) {
        throw Unsupported{};
    }
    return v.get<std::size_t>();
}

const json& element(const json& doc, const char* array, std::size_t index) {
    if (!doc.contains(array) || !doc[array].is_array() || index >= doc[array].size() ||
        !doc[array][index].is_object()) {
        throw Unsupported{};
    }
    return doc[array][index];
}

class GlbFile {
  public:
    GlbFile(const std::filesystem::path& file, std::ifstream& in, const json& doc,
            std::uint64_t binStart, std::uint64_t binLength)
        : file_(file), in_(in), doc_(doc), binStart_(binStart), binLength_(binLength) {}

    AccessorData accessor(std::size_t index, const std::string& where) const {
        const json& a = element(doc_, "accessors", index);
        if (a.contains("sparse") || !a.contains("bufferView") ||
            (a.contains("normalized") && a["normalized"] == true) || !a.contains("type") ||
            !a["type"].is_string()) {
            throw Unsupported{};
        }
        AccessorData d;
        d.componentType = static_cast<int>(unsignedAt(a, "componentType", 0));
        d.componentBytes = componentSize(d.componentType);
        d.components = componentCount(a["type"].get<std::string>());
        d.count = unsignedAt(a, "count", 0);
        const json& view = element(doc_, "bufferViews", unsignedAt(a, "bufferView", 0));
        if (unsignedAt(view, "buffer", 0) != 0) {
            throw Unsupported{};
        }
        const json& buffer = element(doc_, "buffers", 0);
        if (buffer.contains("uri")) {
            throw Unsupported{}; // an external file or a data URI, not the BIN chunk
        }
        const std::size_t elementBytes = d.components * d.componentBytes;
        d.stride = unsignedAt(view, "byteStride", elementBytes);
        const std::uint64_t viewOffset = unsignedAt(view, "byteOffset", 0);
        const std::uint64_t viewLength = unsignedAt(view, "byteLength", 0);
        const std::uint64_t accessorOffset = unsignedAt(a, "byteOffset", 0);
        const std::uint64_t span =
            d.count == 0 ? 0
                         : accessorOffset + std::uint64_t(d.stride) * (d.count - 1) + elementBytes;
        if (d.stride < elementBytes || viewOffset + viewLength > binLength_ || span > viewLength) {
            throw Error(file_.string() + ": cannot read model: the glb file is damaged: " + where +
                        " (accessor " + std::to_string(index) + ") reads past the end of its data");
        }
        d.offset = binStart_ + viewOffset + accessorOffset;
        return d;
    }

    // Calls `take(i, bytes)` for every element, reading the file in blocks of about 4 MB so that
    // nothing the size of the file is ever held.
    template <class Take> void forEach(const AccessorData& d, Take take) const {
        const std::size_t elementBytes = d.components * d.componentBytes;
        const std::size_t perBlock = std::max<std::size_t>(1, (4u << 20) / d.stride);
        std::vector<char> block;
        for (std::size_t first = 0; first < d.count; first += perBlock) {
            const std::size_t n = std::min(perBlock, d.count - first);
            const std::size_t bytes = d.stride * (n - 1) + elementBytes;
            block.resize(bytes);
            in_.seekg(static_cast<std::streamoff>(d.offset + std::uint64_t(d.stride) * first));
            in_.read(block.data(), static_cast<std::streamsize>(bytes));
            if (static_cast<std::size_t>(in_.gcount()) != bytes) {
                throw Error(file_.string() + ": cannot read model: the file ended early");
            }
            for (std::size_t i = 0; i < n; ++i) {
                take(first + i, block.data() + i * d.stride);
            }
        }
    }

    const json& doc() const { return doc_; }

  private:
    const std::filesystem::path& file_;
    std::ifstream& in_;
    const json& doc_;
    std::uint64_t binStart_;
    std::uint64_t binLength_;
};

glm::mat4 nodeTransform(const json& node) {
    if (node.contains("matrix")) {
        const json& m = node["matrix"];
        if (!m.is_array() || m.size() != 16) {
            throw Unsupported{};
        }
        float values[16];
        for (std::size_t i = 0; i < 16; ++i) {
            if (!m[i].is_number()) {
                throw Unsupported{};
            }
            values[i] = m[i].get<float>();
        }
        return glm::make_mat4(values); // glTF matrices are column-major, as glm's
    }
    auto vec = [&](const char* key, std::size_t n, std::vector<float> fallback) {
        if (!node.contains(key)) {
            return fallback;
        }
        const json& v = node[key];
        if (!v.is_array() || v.size() != n) {
            throw Unsupported{};
        }
        std::vector<float> out;
        for (const auto& x : v) {
            if (!x.is_number()) {
                throw Unsupported{};
            }
            out.push_back(x.get<float>());
        }
        return out;
    };
    const auto t = vec("translation", 3, {0, 0, 0});
    const auto r = vec("rotation", 4, {0, 0, 0, 1}); // x, y, z, w
    const auto s = vec("scale", 3, {1, 1, 1});
    const glm::quat q(r[3], r[0], r[1], r[2]);
    return glm::translate(glm::mat4(1.0f), glm::vec3(t[0], t[1], t[2])) * glm::mat4_cast(q) *
           glm::scale(glm::mat4(1.0f), glm::vec3(s[0], s[1], s[2]));
}

float readFloat(const char* p) {
    float f;
    std::memcpy(&f, p, 4);
    return f;
}

std::uint32_t readIndex(const char* p, int type) {
    switch (type) {
    case kUnsignedByte:
        return static_cast<unsigned char>(*p);
    case kUnsignedShort: {
        std::uint16_t v;
        std::memcpy(&v, p, 2);
        return v;
    }
    default: {
        std::uint32_t v;
        std::memcpy(&v, p, 4);
        return v;
    }
    }
}

struct Reader {
    const GlbFile& glb;
    MeshFaults& faults;
    std::map<std::string, Mesh> byName;
    std::vector<std::string> order;
    std::map<const Mesh*, std::vector<std::uint32_t>> display; // stored display levels
    std::set<const Mesh*> withoutLod; // meshes with a primitive that has none

    // Appends one triangle-list primitive: positions moved into the atlas frame, normals and
    // fibre directions turned with them (as Assimp's path does), faces with a corner past the
    // primitive's vertices counted and left out.
    void appendPrimitive(const json& p, const std::string& meshName, const glm::mat4& transform,
                         Mesh& dst, std::size_t primitiveIndex) {
        const std::size_t mode = unsignedAt(p, "mode", 4);
        const std::string where =
            "mesh \"" + meshName + "\" primitive " + std::to_string(primitiveIndex);
        if (mode <= 3) {
            return; // points and lines carry no surface
        }
        if (mode != 4 || !p.contains("indices") || !p.contains("attributes") ||
            !p["attributes"].is_object() || !p["attributes"].contains("POSITION")) {
            throw Unsupported{};
        }
        const json& attributes = p["attributes"];
        const AccessorData pos = glb.accessor(unsignedAt(attributes, "POSITION", 0), where);
        if (pos.componentType != kFloat || pos.components != 3) {
            throw Unsupported{};
        }
        const auto base = static_cast<std::uint32_t>(dst.positions.size());
        dst.positions.reserve(dst.positions.size() + pos.count);
        glb.forEach(pos, [&](std::size_t i, const char* bytes) {
            const glm::vec3 v(readFloat(bytes), readFloat(bytes + 4), readFloat(bytes + 8));
            if (!(std::isfinite(v.x) && std::isfinite(v.y) && std::isfinite(v.z)) &&
                faults.badVertices++ == 0) {
                faults.firstBadVertex = "mesh \"" + meshName + "\" vertex " + std::to_string(i);
            }
            dst.positions.push_back(glm::vec3(transform * glm::vec4(v, 1.0f)));
        });
        if (attributes.contains("NORMAL")) {
            const AccessorData n = glb.accessor(unsignedAt(attributes, "NORMAL", 0), where);
            if (n.componentType != kFloat || n.components != 3 || n.count != pos.count) {
                throw Unsupported{};
            }
            const glm::mat3 normalMatrix = glm::transpose(glm::inverse(glm::mat3(transform)));
            dst.normals.reserve(dst.positions.size());
            glb.forEach(n, [&](std::size_t, const char* bytes) {
                const glm::vec3 v(readFloat(bytes), readFloat(bytes + 4), readFloat(bytes + 8));
                dst.normals.push_back(glm::normalize(normalMatrix * v));
            });
        }
        if (attributes.contains("TANGENT")) {
            const AccessorData t = glb.accessor(unsignedAt(attributes, "TANGENT", 0), where);
            if (t.componentType != kFloat || t.components != 4 || t.count != pos.count) {
                throw Unsupported{};
            }
            dst.tangents.resize(base, glm::vec4(0.0f));
            glb.forEach(t, [&](std::size_t, const char* bytes) {
                const glm::vec3 d =
                    glm::mat3(transform) *
                    glm::vec3(readFloat(bytes), readFloat(bytes + 4), readFloat(bytes + 8));
                const float len = glm::length(d);
                dst.tangents.push_back(glm::vec4(len > 0 ? d / len : d, 1.0f));
            });
        } else if (!dst.tangents.empty()) {
            dst.tangents.resize(dst.positions.size(), glm::vec4(0.0f));
        }
        const AccessorData idx = glb.accessor(unsignedAt(p, "indices", 0), where);
        readTriangles(idx, pos.count, base, meshName, dst.indices, &faults);
        // The stored display level: used only when every primitive of the mesh has one.
        std::vector<std::uint32_t>& lod = display[&dst];
        const bool hasLod = p.contains("extras") && p["extras"].is_object() &&
                            p["extras"].contains("glutea_display_indices");
        if (!hasLod) {
            lod.clear();
            withoutLod.insert(&dst);
        } else if (!withoutLod.count(&dst)) {
            const AccessorData lodIdx =
                glb.accessor(unsignedAt(p["extras"], "glutea_display_indices", 0), where);
            MeshFaults lodFaults;
            readTriangles(lodIdx, pos.count, base, meshName, lod, &lodFaults);
            if (lodFaults.badFaces > 0) {
                throw Error(where +
                            ": its display level of detail (extras "
                            "\"glutea_display_indices\"): " +
                            lodFaults.firstBadFace + "; the file is damaged");
            }
        }
    }

    // Appends the whole triangles of index accessor `idx` (offset by `base`) to `out`; a face
    // with a corner past the primitive's `vertexCount` vertices is counted in `faults` and left
    // out.
    void readTriangles(const AccessorData& idx, std::size_t vertexCount, std::uint32_t base,
                       const std::string& meshName, std::vector<std::uint32_t>& out,
                       MeshFaults* faultsOut) {
        if (idx.components != 1 || idx.componentType == kFloat) {
            throw Unsupported{};
        }
        out.reserve(out.size() + idx.count / 3 * 3);
        std::uint32_t corner[3];
        const std::size_t whole = idx.count / 3 * 3;
        glb.forEach(idx, [&](std::size_t i, const char* bytes) {
            if (i >= whole) {
                return;
            }
            corner[i % 3] = readIndex(bytes, idx.componentType);
            if (i % 3 != 2) {
                return;
            }
            for (const std::uint32_t c : corner) {
                if (c >= vertexCount) {
                    if (faultsOut->badFaces++ == 0) {
                        faultsOut->firstBadFace = "mesh \"" + meshName + "\" face " +
                                                  std::to_string(i / 3) + " refers to vertex " +
                                                  std::to_string(c) + " of " +
                                                  std::to_string(vertexCount);
                    }
                    return;
                }
            }
            for (const std::uint32_t c : corner) {
                out.push_back(base + c);
            }
        });
    }

    void node(std::size_t index, const glm::mat4& parent, bool soleRoot,
              const std::string& fallbackName, int depth) {
        if (depth > 256) {
            throw Error("the node hierarchy is nested more than 256 levels deep");
        }
        const json& n = element(glb.doc(), "nodes", index);
        const glm::mat4 transform = parent * nodeTransform(n);
        if (n.contains("mesh")) {
            const json& mesh = element(glb.doc(), "meshes", unsignedAt(n, "mesh", 0));
            const std::string meshName = mesh.contains("name") && mesh["name"].is_string()
                                             ? mesh["name"].get<std::string>()
                                             : "";
            std::string name =
                n.contains("name") && n["name"].is_string() ? n["name"].get<std::string>() : "";
            if (name.empty() || soleRoot) {
                name = meshName.empty() ? fallbackName : meshName;
            }
            if (!byName.count(name)) {
                order.push_back(name);
            }
            if (!mesh.contains("primitives") || !mesh["primitives"].is_array()) {
                throw Unsupported{};
            }
            for (std::size_t k = 0; k < mesh["primitives"].size(); ++k) {
                appendPrimitive(mesh["primitives"][k], meshName.empty() ? "(unnamed)" : meshName,
                                transform, byName[name], k);
            }
        }
        if (n.contains("children")) {
            if (!n["children"].is_array()) {
                throw Unsupported{};
            }
            for (const auto& child : n["children"]) {
                if (!child.is_number_unsigned()) {
                    throw Unsupported{};
                }
                node(child.get<std::size_t>(), transform, false, fallbackName, depth + 1);
            }
        }
    }
};

std::size_t declaredTriangles(const json& doc) {
    std::size_t triangles = 0;
    for (const auto& mesh : doc["meshes"]) {
        if (!mesh.is_object() || !mesh.contains("primitives") || !mesh["primitives"].is_array()) {
            throw Unsupported{};
        }
        for (const auto& p : mesh["primitives"]) {
            if (!p.is_object() || !p.contains("indices") || unsignedAt(p, "mode", 4) != 4) {
                continue;
            }
            triangles +=
                unsignedAt(element(doc, "accessors", unsignedAt(p, "indices", 0)), "count", 0) / 3;
        }
    }
    return triangles;
}

} // namespace

std::optional<std::vector<GlbMesh>> readGlbMeshes(const std::filesystem::path& file,
                                                  const glm::mat4& frame, std::size_t maxTriangles,
                                                  MeshFaults& faults) {
    std::ifstream in(file, std::ios::binary);
    char header[20] = {};
    in.read(header, sizeof header);
    if (in.gcount() != 20 || std::memcmp(header, "glTF", 4) != 0 ||
        std::memcmp(header + 16, "JSON", 4) != 0) {
        return std::nullopt;
    }
    std::uint32_t version = 0;
    std::uint32_t jsonLength = 0;
    std::memcpy(&version, header + 4, 4);
    std::memcpy(&jsonLength, header + 12, 4);
    std::error_code ec;
    const std::uint64_t size = std::filesystem::file_size(file, ec);
    if (ec || version != 2 || std::uint64_t{jsonLength} + 28 > size) {
        return std::nullopt; // checkGlbHeader has said what is damaged; Assimp says the rest
    }
    std::string text(jsonLength, '\0');
    in.read(text.data(), static_cast<std::streamsize>(jsonLength));
    char binHeader[8] = {};
    in.read(binHeader, 8);
    std::uint32_t binLength = 0;
    std::memcpy(&binLength, binHeader, 4);
    const std::uint64_t binStart = 28 + std::uint64_t{jsonLength};
    if (!in || std::memcmp(binHeader + 4, "BIN\0", 4) != 0 || binStart + binLength > size) {
        return std::nullopt;
    }
    const json doc = json::parse(text, nullptr, false);
    try {
        if (!doc.is_object() || !doc.contains("meshes") || !doc["meshes"].is_array() ||
            !doc.contains("scenes") || !doc["scenes"].is_array() ||
            (doc.contains("extensionsRequired") && !doc["extensionsRequired"].empty())) {
            return std::nullopt;
        }
        const std::size_t triangles = declaredTriangles(doc);
        if (triangles > maxTriangles) {
            throw Error(file.string() + ": the model has " + std::to_string(triangles) +
                        " triangles, over the limit of " + std::to_string(maxTriangles) +
                        " (simplify it, or raise the limit with GLUTEA_MAX_TRIANGLES)");
        }
        const json& scene = element(doc, "scenes", unsignedAt(doc, "scene", 0));
        if (!scene.contains("nodes") || !scene["nodes"].is_array()) {
            return std::nullopt;
        }
        GlbFile glb(file, in, doc, binStart, binLength);
        Reader reader{glb, faults, {}, {}};
        // Assimp makes a scene's only root node the root, and names a root's meshes by the mesh:
        // the same here, so both readers name the parts alike.
        const bool soleRoot = scene["nodes"].size() == 1;
        for (const auto& root : scene["nodes"]) {
            if (!root.is_number_unsigned()) {
                return std::nullopt;
            }
            reader.node(root.get<std::size_t>(), frame, soleRoot, file.stem().string(), 0);
        }
        std::vector<GlbMesh> result;
        for (const auto& name : reader.order) {
            Mesh& mesh = reader.byName[name];
            std::vector<std::uint32_t> lod;
            if (!reader.withoutLod.count(&mesh)) {
                lod = std::move(reader.display[&mesh]);
            }
            result.push_back({name, std::move(mesh), std::move(lod)});
        }
        return result;
    } catch (const Unsupported&) {
        return std::nullopt;
    }
}

} // namespace glutea
