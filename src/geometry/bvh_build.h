// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The binned-SAH tree builder behind Bvh (internal to geometry/: Bvh's users need not include it).
#include <cstdint>
#include <vector>

#include <glm/glm.hpp>

#include "geometry/bvh.h"

namespace glutea::bvh_detail {

inline float halfArea(const glm::vec3& mn, const glm::vec3& mx) {
    const glm::vec3 d = glm::max(mx - mn, glm::vec3(0.0f));
    return d.x * d.y + d.y * d.z + d.z * d.x;
}

struct Box {
    glm::vec3 min{1e30f};
    glm::vec3 max{-1e30f};
    void add(const glm::vec3& p) {
        min = glm::min(min, p);
        max = glm::max(max, p);
    }
    void add(const Box& b) {
        min = glm::min(min, b.min);
        max = glm::max(max, b.max);
    }
    float area() const { return min.x > max.x ? 0.0f : halfArea(min, max); }
};

// One thing to put in the tree (a triangle, or a part's whole tree) with its box.
struct Item {
    Box box;
    std::uint32_t index;
    glm::vec3 centre() const { return (box.min + box.max) * 0.5f; }
};

// Binned SAH build. Reorders `items` so every leaf covers a contiguous range of them and returns
// the nodes, root first; leaves' `first` index into `items`.
std::vector<Bvh::Node> buildTree(std::vector<Item>& items);

} // namespace glutea::bvh_detail
