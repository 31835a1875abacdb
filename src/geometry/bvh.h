// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Ray casting over the atlas's full-resolution meshes: picking, occlusion, view choice.
//
// Two levels: one bounding volume hierarchy per part (mesh), built once, and a small top level over
// the parts that are currently enabled. Showing or hiding parts only rebuilds the top level, which
// costs microseconds; the per-part trees (the expensive build) never change.
#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include <glm/glm.hpp>

#include "geometry/mesh.h"
#include "geometry/ray.h"

namespace glutea {

struct RayHit {
    std::uint32_t part = 0;     // index into the meshes given to Bvh::build
    std::uint32_t triangle = 0; // index of the triangle in that mesh (indices[3*triangle ...])
    float t = 0.0f;             // distance along the ray (the ray's direction is unit length)
    glm::vec3 point{0.0f};
    glm::vec3 normal{0.0f};      // geometric normal of the triangle, facing the ray's origin
    glm::vec2 barycentric{0.0f}; // (u, v) weights of the triangle's second and third vertex
};

// An extra per-query test on parts, e.g. "not the target" or "only occluding layers". Empty: all.
using PartFilter = std::function<bool(std::uint32_t part)>;

class Bvh {
  public:
    // Flattened node: a leaf when count > 0 (first = first item), else an inner node whose
    // children are first and first + 1. 32 bytes, so two fit a cache line.
    struct Node {
        glm::vec3 min;
        std::uint32_t first;
        glm::vec3 max;
        std::uint32_t count;
    };

    Bvh() = default;
    // Builds a tree per mesh. The meshes are read during build() and again by intersect() (for
    // normals, never positions: those are copied), so they must outlive the Bvh. Every part starts
    // enabled.
    void build(std::span<const Mesh* const> meshes);

    // Enables the parts whose entry is true (missing entries: enabled) and rebuilds the top level.
    void setEnabled(const std::vector<bool>& enabled);
    bool isEnabled(std::uint32_t part) const { return part < enabled_.size() && enabled_[part]; }

    // The nearest hit on an enabled part accepted by `filter`, with t in (0, tMax].
    std::optional<RayHit> intersect(const Ray& ray, const PartFilter& filter = {},
                                    float tMax = std::numeric_limits<float>::infinity()) const;
    // Every hit on enabled, accepted parts with t in (0, tMax], nearest first (ties: by part,
    // then triangle). Closed surfaces give two hits per part crossed.
    std::vector<RayHit> allHits(const Ray& ray, const PartFilter& filter = {},
                                float tMax = std::numeric_limits<float>::infinity()) const;

    std::size_t partCount() const { return parts_.size(); }
    std::size_t triangleCount() const { return triangles_.size(); }
    const Mesh& mesh(std::uint32_t part) const { return *meshes_[part]; }
    Bounds partBounds(std::uint32_t part) const;
    // Structural self-check for tests: every box holds its children and triangles, every triangle
    // is in exactly one leaf. Returns an empty string, or the first problem found.
    std::string validate() const;

  private:
    // A triangle stored as v0 and two edges, in the tree's leaf order: the inner loop reads it
    // without following indices into the mesh.
    struct Triangle {
        glm::vec3 v0, e1, e2;
    };
    struct PartTree {
        std::uint32_t firstNode = 0; // into nodes_
        std::uint32_t firstTriangle = 0;
        std::uint32_t triangleCount = 0;
    };

    template <class Visit>
    void traverse(const Ray& ray, const PartFilter& filter, float& tMax, Visit&& visit) const;
    template <class Visit>
    void traversePart(std::uint32_t part, const Ray& ray, const glm::vec3& invDir, float& tMax,
                      Visit&& visit) const;
    RayHit makeHit(std::uint32_t part, std::uint32_t item, const Ray& ray, float t, float u,
                   float v) const;

    std::vector<const Mesh*> meshes_;
    std::vector<PartTree> parts_;
    std::vector<Node> nodes_;               // every part's tree, one after the other
    std::vector<Triangle> triangles_;       // every part's triangles, in leaf order
    std::vector<std::uint32_t> triangleOf_; // leaf order -> triangle index within its mesh
    std::vector<bool> enabled_;
    std::vector<Node> topNodes_;          // the top level over the enabled parts
    std::vector<std::uint32_t> topParts_; // leaf order -> part
};

} // namespace glutea
