// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "import/assimp_loader.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>

#include <assimp/Importer.hpp>
#include <assimp/postprocess.h>
#include <assimp/scene.h>
#include <glm/gtc/matrix_transform.hpp>
#include <glm/gtc/type_ptr.hpp>

#include "base/display_lod.h"
#include "base/error.h"
#include "base/parallel_for.h"
#include "geometry/level_of_detail.h"
#include "import/glb_header.h"
#include "import/glb_reader.h"
#include "import/mesh_faults.h"

namespace glutea {

namespace {

glm::vec3 axisVector(const std::string& axis) {
    const float sign = axis[0] == '-' ? -1.0f : 1.0f;
    switch (axis[1]) {
    case 'X':
        return {sign, 0, 0};
    case 'Y':
        return {0, sign, 0};
    default:
        return {0, 0, sign};
    }
}

// Maps the model's (up, front) axes to the atlas frame (+Y up, +Z front) and its units to metres,
// after moving the model's `origin` to 0.
glm::mat4 frameConversion(const std::filesystem::path& file, const ModelRef& ref) {
    const glm::vec3 up = axisVector(ref.up);
    const glm::vec3 front = axisVector(ref.front);
    if (std::abs(glm::dot(up, front)) > 0.5f) {
        throw Error(file.string() + ": up (" + ref.up + ") and front (" + ref.front +
                    ") must be different axes");
    }
    const glm::vec3 left = glm::cross(up, front); // right-handed: X = Y x Z
    glm::mat3 rows(left, up, front);              // columns; transposed below to become rows
    glm::mat4 m(glm::transpose(rows));
    const glm::vec3 origin(static_cast<float>(ref.origin[0]), static_cast<float>(ref.origin[1]),
                           static_cast<float>(ref.origin[2]));
    return glm::scale(glm::mat4(1.0f), glm::vec3(static_cast<float>(ref.metresPerUnit))) * m *
           glm::translate(glm::mat4(1.0f), -origin);
}

glm::mat4 toGlm(const aiMatrix4x4& a) {
    return glm::transpose(glm::make_mat4(&a.a1));
}

bool finite(const aiVector3D& v) {
    return std::isfinite(v.x) && std::isfinite(v.y) && std::isfinite(v.z);
}

void appendMesh(const aiMesh& src, const glm::mat4& transform, Mesh& dst, MeshFaults& faults) {
    const auto base = static_cast<std::uint32_t>(dst.positions.size());
    const std::string meshName = src.mName.length > 0 ? src.mName.C_Str() : "(unnamed)";
    for (unsigned i = 0; i < src.mNumVertices; ++i) {
        if (!finite(src.mVertices[i]) && faults.badVertices++ == 0) {
            faults.firstBadVertex = "mesh \"" + meshName + "\" vertex " + std::to_string(i);
        }
    }
    const glm::mat3 normalMatrix = glm::transpose(glm::inverse(glm::mat3(transform)));
    const bool hasTangents = src.mTangents != nullptr;
    if (hasTangents && dst.tangents.size() < dst.positions.size()) {
        dst.tangents.resize(dst.positions.size(), glm::vec4(0.0f));
    }
    for (unsigned i = 0; i < src.mNumVertices; ++i) {
        const aiVector3D& p = src.mVertices[i];
        dst.positions.push_back(glm::vec3(transform * glm::vec4(p.x, p.y, p.z, 1.0f)));
        if (src.mNormals) {
            const aiVector3D& n = src.mNormals[i];
            dst.normals.push_back(glm::normalize(normalMatrix * glm::vec3(n.x, n.y, n.z)));
        }
        if (hasTangents) {
            const aiVector3D& t = src.mTangents[i];
            const glm::vec3 d = glm::mat3(transform) * glm::vec3(t.x, t.y, t.z);
            const float len = glm::length(d);
            dst.tangents.push_back(glm::vec4(len > 0 ? d / len : d, 1.0f));
        } else if (!dst.tangents.empty()) {
            dst.tangents.push_back(glm::vec4(0.0f));
        }
    }
    for (unsigned f = 0; f < src.mNumFaces; ++f) {
        const aiFace& face = src.mFaces[f];
        if (face.mNumIndices != 3) {
            continue; // points and lines carry no surface
        }
        bool inRange = true;
        for (unsigned k = 0; k < 3; ++k) {
            if (face.mIndices[k] >= src.mNumVertices && inRange) {
                inRange = false;
                if (faults.badFaces++ == 0) {
                    faults.firstBadFace = "mesh \"" + meshName + "\" face " + std::to_string(f) +
                                          " refers to vertex " + std::to_string(face.mIndices[k]) +
                                          " of " + std::to_string(src.mNumVertices);
                }
            }
        }
        if (!inRange) {
            continue;
        }
        for (unsigned k = 0; k < 3; ++k) {
            dst.indices.push_back(base + face.mIndices[k]);
        }
    }
}

void collect(const aiScene& scene, const aiNode& node, const glm::mat4& parent,
             std::map<std::string, Mesh>& byName, std::vector<std::string>& order,
             const std::string& fallbackName, MeshFaults& faults, int depth = 0) {
    // Nodes nest a few levels in real models; a file nesting thousands deep is hostile and would
    // overflow the stack.
    if (depth > 256) {
        throw Error("the node hierarchy is nested more than 256 levels deep");
    }
    const glm::mat4 transform = parent * toGlm(node.mTransformation);
    for (unsigned i = 0; i < node.mNumMeshes; ++i) {
        const aiMesh& mesh = *scene.mMeshes[node.mMeshes[i]];
        std::string name = node.mName.C_Str();
        if (name.empty() || &node == scene.mRootNode) {
            name = mesh.mName.length > 0 ? mesh.mName.C_Str() : fallbackName;
        }
        if (!byName.count(name)) {
            order.push_back(name);
        }
        appendMesh(mesh, transform, byName[name], faults);
    }
    for (unsigned c = 0; c < node.mNumChildren; ++c) {
        collect(scene, *node.mChildren[c], transform, byName, order, fallbackName, faults,
                depth + 1);
    }
}

} // namespace

// On every core: simplification takes longer than reading the model.
std::vector<std::vector<std::uint32_t>> displayIndicesOf(const std::vector<StructurePart>& parts) {
    std::vector<std::vector<std::uint32_t>> result(parts.size());
    parallelFor(parts.size(), threadsUpTo(4), [&](std::size_t i) {
        // Models from the generator carry their display level (glb_reader reads it).
        if (parts[i].displayIndices.empty()) {
            const DisplayLod& lod = displayLodOf(parts[i].structureId);
            result[i] = simplifiedIndices(parts[i].mesh, lod.ratio, lod.maxErrorMetres);
        }
    });
    return result;
}

bool needsDisplayMeshes(const std::vector<StructurePart>& parts) {
    for (const auto& part : parts) {
        if (part.displayIndices.empty() && !part.mesh.indices.empty()) {
            return true;
        }
    }
    return false;
}

void simplifyForDisplay(std::vector<StructurePart>& parts) {
    auto indices = displayIndicesOf(parts);
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (parts[i].displayIndices.empty()) {
            parts[i].displayIndices = std::move(indices[i]);
        }
    }
}

std::size_t maxTriangles() {
    if (const char* env = std::getenv("GLUTEA_MAX_TRIANGLES"); env && *env) {
        std::size_t value = 0;
        const char* end = env + std::strlen(env);
        const auto [ptr, error] = std::from_chars(env, end, value);
        if (error == std::errc() && ptr == end && value > 0) {
            return value;
        }
        throw Error(std::string("GLUTEA_MAX_TRIANGLES: expected a positive whole number, got \"") +
                    env + "\"");
    }
    return kDefaultMaxTriangles;
}

namespace {

// Refused before any copy is made: a model past the limit would take minutes and gigabytes.
void checkTriangleCount(const std::filesystem::path& file, const aiScene& scene) {
    std::size_t triangles = 0;
    for (unsigned i = 0; i < scene.mNumMeshes; ++i) {
        triangles += scene.mMeshes[i]->mNumFaces;
    }
    const std::size_t limit = maxTriangles();
    if (triangles > limit) {
        throw Error(file.string() + ": the model has " + std::to_string(triangles) +
                    " triangles, over the limit of " + std::to_string(limit) +
                    " (simplify it, or raise the limit with GLUTEA_MAX_TRIANGLES)");
    }
}

// A body is between a few millimetres (one small part in its own file) and a few metres: a size
// outside that is a wrong "units", or a file of nothing but coincident points.
constexpr float kMinModelMetres = 0.005f;
constexpr float kMaxModelMetres = 10.0f;

std::string metres(float m) {
    std::ostringstream out;
    out << m;
    return out.str();
}

void checkMeshes(const std::filesystem::path& file, const ModelRef& ref,
                 const std::map<std::string, Mesh>& byName, const std::vector<std::string>& order) {
    Bounds all;
    std::size_t triangles = 0;
    for (const auto& name : order) {
        const Mesh& mesh = byName.at(name);
        if (mesh.indices.empty()) {
            throw Error(file.string() + ": node \"" + name +
                        "\" holds only points or lines, no triangles: Glutea draws surfaces");
        }
        triangles += mesh.indices.size() / 3;
        all.add(mesh.bounds());
    }
    const glm::vec3 size = all.size();
    const float extent = std::max({size.x, size.y, size.z});
    if (!std::isfinite(extent)) {
        throw Error(file.string() + ": the model's size is not a number; check \"units\" (" +
                    metres(static_cast<float>(ref.metresPerUnit)) + " metres per unit)");
    }
    if (extent == 0.0f) {
        throw Error(file.string() + ": all " + std::to_string(triangles) +
                    " triangles lie on one point (is the binary data all zeros?)");
    }
    if (extent < kMinModelMetres || extent > kMaxModelMetres) {
        throw Error(file.string() + ": the model is " + metres(extent) +
                    " m across in the atlas (units: " + metres(float(ref.metresPerUnit)) +
                    " metres per unit); a model of a human body is between " +
                    metres(kMinModelMetres) + " and " + metres(kMaxModelMetres) +
                    " m, so check \"units\" in atlas.json");
    }
}

// Every format Assimp knows; for a .glb, what readGlbMeshes leaves to it.
void readWithAssimp(const std::filesystem::path& file, const glm::mat4& frame, bool faceNormals,
                    const std::optional<std::size_t>& declaredTriangles,
                    std::map<std::string, Mesh>& byName, std::vector<std::string>& order,
                    MeshFaults& faults) {
    // STL stores one normal per face; anatomy wants smooth shading, so drop them, weld the corners
    // and let the normals be recomputed from the welded mesh.
    Assimp::Importer importer;
    // Keep the node hierarchy (it carries the structure names); Assimp only triangulates and welds.
    // Its validation runs before the other steps: a PLY face naming a vertex past the file's made
    // the smooth-normals step corrupt the heap (an abort, or worse) before appendMesh could refuse
    // the face; it is now refused as "out of range".
    unsigned flags = aiProcess_ValidateDataStructure | aiProcess_Triangulate |
                     aiProcess_JoinIdenticalVertices | aiProcess_GenSmoothNormals |
                     aiProcess_SortByPType;
    if (faceNormals) {
        flags |= aiProcess_DropNormals;
    }
    const aiScene* scene = importer.ReadFile(file.string(), flags);
    if (!scene || !scene->mRootNode || (scene->mFlags & AI_SCENE_FLAGS_INCOMPLETE)) {
        std::string reason = importer.GetErrorString();
        if (reason == "std::bad_alloc") {
            reason = "it claims more data than fits in memory (the file is damaged)";
        } else if (reason.empty()) {
            std::error_code ec;
            reason = std::filesystem::file_size(file, ec) == 0
                         ? "the file is empty"
                         : "Assimp gave no reason; the file holds no complete scene";
        }
        throw Error(file.string() + ": cannot read model: " + reason);
    }
    checkTriangleCount(file, *scene);
    if (declaredTriangles) {
        std::size_t read = 0;
        for (unsigned i = 0; i < scene->mNumMeshes; ++i) {
            for (unsigned f = 0; f < scene->mMeshes[i]->mNumFaces; ++f) {
                read += scene->mMeshes[i]->mFaces[f].mNumIndices == 3 ? 1 : 0;
            }
        }
        if (read < *declaredTriangles) {
            throw Error(file.string() + ": " + std::to_string(*declaredTriangles - read) + " of " +
                        std::to_string(*declaredTriangles) +
                        " triangles refer to vertices the mesh does not have; the file is "
                        "damaged (export it again)");
        }
    }
    try {
        collect(*scene, *scene->mRootNode, frame, byName, order, file.stem().string(), faults);
    } catch (const Error& e) {
        throw Error(file.string() + ": " + e.what());
    }
}

} // namespace

std::vector<NamedMesh> loadModelMeshes(const std::filesystem::path& file, const ModelRef& ref) {
    std::error_code ec;
    const auto status = std::filesystem::status(file, ec);
    if (ec.value() == ELOOP) {
        throw Error(file.string() +
                    ": cannot read model: a symbolic link in its path points back at itself "
                    "(a symlink loop)");
    }
    if (!std::filesystem::exists(status)) {
        throw Error(file.string() + ": model file not found");
    }
    if (std::filesystem::is_directory(status)) {
        throw Error(file.string() + ": cannot read model: it is a folder, not a file");
    }
    const std::optional<std::size_t> declaredTriangles = checkGlbHeader(file);
    if (!std::isfinite(static_cast<float>(ref.metresPerUnit)) ||
        static_cast<float>(ref.metresPerUnit) <= 0.0f) {
        throw Error(file.string() + ": the model's units (" + metres(float(ref.metresPerUnit)) +
                    " metres per unit) cannot give a body's size; check \"units\" in atlas.json");
    }
    const glm::mat4 frame = frameConversion(file, ref);
    std::map<std::string, Mesh> byName;
    std::map<std::string, std::vector<std::uint32_t>> displayByName;
    std::vector<std::string> order;
    MeshFaults faults;
    const std::string ext = file.extension().string();
    const bool faceNormals = ext == ".stl" || ext == ".STL";
    std::optional<std::vector<GlbMesh>> direct;
    // GLUTEA_GLB_READER=assimp reads a .glb through Assimp too: for a file the direct reader
    // reads wrongly, and for the test that compares the two.
    const char* reader = std::getenv("GLUTEA_GLB_READER");
    const bool assimpOnly = reader && std::string(reader) == "assimp";
    try {
        if (!assimpOnly) {
            direct = readGlbMeshes(file, frame, maxTriangles(), faults);
        }
    } catch (const Error& e) {
        const std::string what = e.what();
        throw Error(what.rfind(file.string(), 0) == 0 ? what : file.string() + ": " + what);
    }
    if (direct) {
        for (auto& named : *direct) {
            order.push_back(named.name);
            byName[named.name] = std::move(named.mesh);
            displayByName[named.name] = std::move(named.displayIndices);
        }
    } else {
        readWithAssimp(file, frame, faceNormals, declaredTriangles, byName, order, faults);
    }
    if (faults.badVertices > 0) {
        throw Error(file.string() + ": " + std::to_string(faults.badVertices) +
                    " vertex positions are not numbers (NaN or infinite), first " +
                    faults.firstBadVertex + "; export the model again");
    }
    if (faults.badFaces > 0) {
        throw Error(file.string() + ": " + std::to_string(faults.badFaces) +
                    " triangles refer to vertices the mesh does not have, first " +
                    faults.firstBadFace + "; the file is damaged");
    }
    if (order.empty()) {
        throw Error(file.string() + ": the model holds no triangle mesh");
    }
    checkMeshes(file, ref, byName, order);
    std::vector<NamedMesh> result;
    for (const auto& name : order) {
        Mesh& mesh = byName[name];
        if (faceNormals || mesh.normals.size() != mesh.positions.size()) {
            mesh.computeNormals();
        }
        if (!mesh.tangents.empty() && mesh.tangents.size() != mesh.positions.size()) {
            mesh.tangents.clear();
        }
        result.push_back({name, std::move(mesh), std::move(displayByName[name])});
    }
    return result;
}

Atlas loadAtlas(const std::filesystem::path& dir, std::vector<std::string>* problemsOut) {
    Atlas atlas;
    atlas.manifest = loadAtlasManifest(dir);
    std::vector<std::string> problems;
    for (const auto& ref : atlas.manifest.models) {
        const auto file = dir / ref.file;
        std::vector<NamedMesh> meshes;
        try {
            meshes = loadModelMeshes(file, ref);
        } catch (const Error& e) {
            problems.push_back(e.what());
        }
        for (auto& named : meshes) {
            if (!ref.node.empty()) {
                named.name = ref.node; // one part per file, named by the manifest
            }
            NodeMapping mapping;
            if (!atlas.manifest.mapNode(named.name, mapping)) {
                problems.push_back(file.string() + ": node \"" + named.name +
                                   "\" maps to no structure of atlas.json (add it to \"nodes\" or "
                                   "\"structures\")");
                continue;
            }
            StructurePart part;
            part.structureId = mapping.structureId;
            if (const StructureDef* def = atlas.manifest.findStructure(part.structureId)) {
                part.structureIndex = static_cast<int>(def - atlas.manifest.structures.data());
            }
            part.side = mapping.side;
            part.nodeName = named.name;
            part.mesh = std::move(named.mesh);
            part.displayIndices = std::move(named.displayIndices);
            part.bounds = part.mesh.bounds();
            part.centroid = part.mesh.surfaceCentroid();
            atlas.bounds.add(part.bounds);
            atlas.parts.push_back(std::move(part));
        }
    }
    if (!atlas.manifest.landmarksFile.empty()) {
        try {
            atlas.landmarks = loadLandmarks(dir / atlas.manifest.landmarksFile);
        } catch (const Error& e) {
            problems.push_back(e.what());
        }
    }
    if (problemsOut) {
        problemsOut->insert(problemsOut->end(), problems.begin(), problems.end());
    } else if (!problems.empty()) {
        std::string message;
        for (const auto& p : problems) {
            message += (message.empty() ? "" : "\n") + p;
        }
        throw Error(message);
    }
    return atlas;
}

} // namespace glutea
