#include "import/assimp_loader.h"

#include <algorithm>
#include <atomic>
#include <map>
#include <thread>

#include <assimp/Importer.hpp>
#include <assimp/postprocess.h>
#include <assimp/scene.h>
#include <glm/gtc/matrix_transform.hpp>
#include <glm/gtc/type_ptr.hpp>

#include "base/error.h"
#include "geometry/level_of_detail.h"

namespace glutea {

namespace {

// Drawn meshes keep about a fifth of the triangles, moving the surface by at most half a
// millimetre: invisible at screen size, and what keeps a frame within 16 ms on a software
// rasteriser.
constexpr float kDisplayTriangleRatio = 0.15f;
constexpr float kDisplayMaxErrorMetres = 0.001f;

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

void appendMesh(const aiMesh& src, const glm::mat4& transform, Mesh& dst) {
    const auto base = static_cast<std::uint32_t>(dst.positions.size());
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
        for (unsigned k = 0; k < 3; ++k) {
            dst.indices.push_back(base + face.mIndices[k]);
        }
    }
}

void collect(const aiScene& scene, const aiNode& node, const glm::mat4& parent,
             std::map<std::string, Mesh>& byName, std::vector<std::string>& order,
             const std::string& fallbackName) {
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
        appendMesh(mesh, transform, byName[name]);
    }
    for (unsigned c = 0; c < node.mNumChildren; ++c) {
        collect(scene, *node.mChildren[c], transform, byName, order, fallbackName);
    }
}

// The display meshes of all parts, on every core: simplification is most of the load time.
void simplifyForDisplay(std::vector<StructurePart>& parts) {
    const unsigned workers = std::max(1u, std::min(4u, std::thread::hardware_concurrency()));
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        for (std::size_t i = next++; i < parts.size(); i = next++) {
            parts[i].displayIndices =
                simplifiedIndices(parts[i].mesh, kDisplayTriangleRatio, kDisplayMaxErrorMetres);
        }
    };
    std::vector<std::thread> threads;
    for (unsigned w = 1; w < workers; ++w) {
        threads.emplace_back(work);
    }
    work();
    for (auto& t : threads) {
        t.join();
    }
}

} // namespace

std::vector<NamedMesh> loadModelMeshes(const std::filesystem::path& file, const ModelRef& ref) {
    if (!std::filesystem::exists(file)) {
        throw Error(file.string() + ": model file not found");
    }
    // STL stores one normal per face; anatomy wants smooth shading, so drop them, weld the corners
    // and let the normals be recomputed from the welded mesh.
    const std::string ext = file.extension().string();
    const bool faceNormals = ext == ".stl" || ext == ".STL";
    Assimp::Importer importer;
    // Keep the node hierarchy (it carries the structure names); Assimp only triangulates and welds.
    unsigned flags = aiProcess_Triangulate | aiProcess_JoinIdenticalVertices |
                     aiProcess_GenSmoothNormals | aiProcess_SortByPType;
    if (faceNormals) {
        flags |= aiProcess_DropNormals;
    }
    const aiScene* scene = importer.ReadFile(file.string(), flags);
    if (!scene || !scene->mRootNode || (scene->mFlags & AI_SCENE_FLAGS_INCOMPLETE)) {
        throw Error(file.string() + ": cannot read model: " + importer.GetErrorString());
    }
    std::map<std::string, Mesh> byName;
    std::vector<std::string> order;
    collect(*scene, *scene->mRootNode, frameConversion(file, ref), byName, order,
            file.stem().string());
    if (order.empty()) {
        throw Error(file.string() + ": the model holds no triangle mesh");
    }
    std::vector<NamedMesh> result;
    for (const auto& name : order) {
        Mesh& mesh = byName[name];
        if (faceNormals || mesh.normals.size() != mesh.positions.size()) {
            mesh.computeNormals();
        }
        if (!mesh.tangents.empty() && mesh.tangents.size() != mesh.positions.size()) {
            mesh.tangents.clear();
        }
        result.push_back({name, std::move(mesh)});
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
            part.side = mapping.side;
            part.nodeName = named.name;
            part.mesh = std::move(named.mesh);
            part.bounds = part.mesh.bounds();
            part.centroid = part.mesh.surfaceCentroid();
            atlas.bounds.add(part.bounds);
            atlas.parts.push_back(std::move(part));
        }
    }
    simplifyForDisplay(atlas.parts);
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
