// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// What the `glutea query` subcommands share (query.cpp, query_techniques.cpp): rounding for the
// JSON answers, and the atlas with its content resolved onto the skin for one side.
#include <cmath>
#include <iosfwd>
#include <memory>
#include <optional>

#include <nlohmann/json.hpp>

#include "anatomy/atlas_content.h"
#include "anatomy/caution_check.h"
#include "anatomy/skin_surface.h"
#include "app/query.h"

namespace glutea::query_detail {

using json = nlohmann::json;

inline double round5(double x) {
    return std::round(x * 1e5) / 1e5;
}
inline double round1(double x) {
    return std::round(x * 10.0) / 10.0;
}
inline json point(const glm::vec3& v) {
    return {round5(v.x), round5(v.y), round5(v.z)};
}

// The atlas, its validated content, and a resolver for one side onto its skin.
struct Resolved {
    Atlas atlas;
    Content content;
    std::unique_ptr<SkinSurface> skin;
    Side side = Side::Left;
    SkinPointResolver resolve;
};

// Fills `r` in place: the resolver refers to r's landmarks and skin, so `r` must not move.
void resolveOn(const CommonOptions& common, Side side, Resolved& r);
// --side, else the side of --at's x, else left.
Side sideFrom(const QueryOptions& o, const std::optional<glm::vec3>& at);

// `glutea query techniques --muscle ID`.
int queryTechniques(const CommonOptions& common, const QueryOptions& o, std::ostream& out);
// `glutea query routine ID`.
int queryRoutine(const CommonOptions& common, const QueryOptions& o, std::ostream& out);

} // namespace glutea::query_detail
