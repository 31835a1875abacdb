// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "atlas_fixture.h"

#include <gtest/gtest.h>

#include <mutex>

namespace glutea::meshgen::test {

const Atlas& atlas() {
    static const Atlas a = buildAtlas();
    return a;
}

const Structure& structure(const std::string& node) {
    for (const auto& s : atlas().structures)
        if (s.node == node)
            return s;
    throw std::runtime_error("no structure " + node);
}

const MeshQuery& query(const std::string& node) {
    static std::map<std::string, std::unique_ptr<MeshQuery>> cache;
    static std::mutex m;
    std::lock_guard<std::mutex> lock(m);
    auto& q = cache[node];
    if (!q)
        q = std::make_unique<MeshQuery>(structure(node).mesh);
    return *q;
}

glm::vec3 landmark(const std::string& id) {
    for (const auto& l : atlas().landmarks)
        if (l.id == id)
            return l.position;
    throw std::runtime_error("no landmark " + id);
}

} // namespace glutea::meshgen::test
