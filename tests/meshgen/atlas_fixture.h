// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The generated atlas, built once per test binary (generation takes seconds) and shared.
#include "meshgen/atlas.h"
#include "meshgen/mesh_query.h"

#include <map>
#include <memory>
#include <string>

namespace glutea::meshgen::test {

const Atlas& atlas();
const Structure& structure(const std::string& node);
const MeshQuery& query(const std::string& node);
glm::vec3 landmark(const std::string& id);

} // namespace glutea::meshgen::test
