#include "meshgen/postprocess.h"

#include <meshoptimizer.h>

#include <algorithm>

namespace glutea::meshgen {

void taubinSmooth(Mesh& mesh, int iterations) {
    const size_t n = mesh.positions.size();
    // Each undirected edge appears in two triangles; count it from both sides (symmetric weights).
    std::vector<uint32_t> start(n + 1, 0), adj;
    for (size_t t = 0; t < mesh.indices.size(); t += 3)
        for (int e = 0; e < 3; ++e)
            ++start[mesh.indices[t + e] + 1];
    for (size_t i = 0; i < n; ++i)
        start[i + 1] += start[i];
    adj.resize(start[n]);
    std::vector<uint32_t> fill(start.begin(), start.end() - 1);
    for (size_t t = 0; t < mesh.indices.size(); t += 3)
        for (int e = 0; e < 3; ++e)
            adj[fill[mesh.indices[t + e]]++] = mesh.indices[t + (e + 1) % 3];
    std::vector<glm::vec3> tmp(n);
    auto pass = [&](float factor) {
        for (size_t i = 0; i < n; ++i) {
            glm::vec3 avg(0.0f);
            const uint32_t a = start[i], b = start[i + 1];
            if (a == b) {
                tmp[i] = mesh.positions[i];
                continue;
            }
            for (uint32_t k = a; k < b; ++k)
                avg += mesh.positions[adj[k]];
            avg /= float(b - a);
            tmp[i] = mesh.positions[i] + (avg - mesh.positions[i]) * factor;
        }
        mesh.positions.swap(tmp);
    };
    for (int it = 0; it < iterations; ++it) {
        pass(0.5f);
        pass(-0.53f);
    }
}

static void dropDegenerate(Mesh& mesh) {
    std::vector<uint32_t> kept;
    kept.reserve(mesh.indices.size());
    for (size_t t = 0; t < mesh.indices.size(); t += 3) {
        const uint32_t a = mesh.indices[t], b = mesh.indices[t + 1], c = mesh.indices[t + 2];
        if (a == b || b == c || a == c)
            continue;
        kept.insert(kept.end(), {a, b, c});
    }
    mesh.indices.swap(kept);
}

void decimate(Mesh& mesh, size_t targetTriangles) {
    dropDegenerate(mesh);
    if (mesh.triangleCount() > targetTriangles) {
        std::vector<uint32_t> out(mesh.indices.size());
        float err = 0.0f;
        // Relative error bound generous enough that the triangle target, not the error, decides.
        const size_t count = meshopt_simplify(
            out.data(), mesh.indices.data(), mesh.indices.size(), &mesh.positions[0].x,
            mesh.positions.size(), sizeof(glm::vec3), targetTriangles * 3, 0.05f, 0, &err);
        out.resize(count);
        mesh.indices.swap(out);
    }
    dropDegenerate(mesh);
    meshopt_optimizeVertexCache(mesh.indices.data(), mesh.indices.data(), mesh.indices.size(),
                                mesh.positions.size());
    std::vector<glm::vec3> compact(mesh.positions.size());
    const size_t used = meshopt_optimizeVertexFetch(compact.data(), mesh.indices.data(),
                                                    mesh.indices.size(), mesh.positions.data(),
                                                    mesh.positions.size(), sizeof(glm::vec3));
    compact.resize(used);
    mesh.positions.swap(compact);
    mesh.tangents.clear();
    computeNormals(mesh);
}

void finishMesh(Mesh& mesh, size_t targetTriangles, int smoothIterations) {
    taubinSmooth(mesh, smoothIterations);
    decimate(mesh, targetTriangles);
}

} // namespace glutea::meshgen
