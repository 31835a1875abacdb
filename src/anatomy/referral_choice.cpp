// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "anatomy/referral_choice.h"

#include <algorithm>
#include <sstream>

#include "base/error.h"

namespace glutea {

const Mesh& referralSkinMesh(const Atlas& atlas, const ReferralFields& fields) {
    static const Mesh none;
    const int part = fields.empty() ? -1 : fields.skin().skinPart();
    return part >= 0 && part < static_cast<int>(atlas.parts.size()) ? atlas.parts[part].mesh : none;
}

namespace {

void addPainted(ReferralPicture& picture, const Mesh& skin, const std::vector<float>& painted) {
    if (painted.empty()) {
        return;
    }
    if (picture.paint.size() < painted.size()) {
        picture.paint.resize(painted.size(), glm::vec4(0.0f));
    }
    for (std::size_t i = 0; i < painted.size(); ++i) {
        picture.paint[i].w = painted[i];
        if (painted[i] >= 0.5f && i < skin.positions.size()) {
            picture.bounds.add(skin.positions[i]);
        }
    }
}

} // namespace

ReferralPicture referralPicture(const Atlas& atlas, const ReferralFields& fields,
                                const PatternField& field, std::string_view triggerPoint,
                                const std::vector<float>& painted) {
    const Mesh& skin = referralSkinMesh(atlas, fields);
    ReferralPicture picture =
        prepareReferral(field, fields.paint(field, triggerPoint), triggerPoint, skin);
    addPainted(picture, skin, painted);
    return picture;
}

ReferralPicture paintedOnlyPicture(const Atlas& atlas, const ReferralFields& fields,
                                   const std::vector<float>& painted) {
    const Mesh& skin = referralSkinMesh(atlas, fields);
    PatternField none;
    std::vector<glm::vec4> paint(painted.size(), glm::vec4(0.0f));
    ReferralPicture picture = prepareReferral(none, std::move(paint), {}, skin);
    addPainted(picture, skin, painted);
    return picture;
}

std::vector<ReferralFields::Rank> rankPainted(const ReferralFields& fields,
                                              const std::vector<float>& painted) {
    auto ranking = fields.rank(painted);
    std::stable_partition(ranking.begin(), ranking.end(), [](const ReferralFields::Rank& r) {
        return r.field && r.field->pattern && r.field->pattern->kind == "myofascial";
    });
    return ranking;
}

std::vector<glm::vec3> parsePoints(const std::string& text, std::string_view option) {
    std::vector<glm::vec3> points;
    std::stringstream list(text);
    for (std::string item; std::getline(list, item, ';');) {
        if (item.find_first_not_of(" \t") == std::string::npos) {
            continue;
        }
        glm::vec3 p(0.0f);
        char c1 = 0, c2 = 0;
        std::stringstream in(item);
        std::string rest;
        if (!(in >> p.x >> c1 >> p.y >> c2 >> p.z) || c1 != ',' || c2 != ',' || (in >> rest)) {
            throw Error(std::string(option) + ": \"" + item +
                        "\" is not a point X,Y,Z in metres (points are separated by ';')");
        }
        points.push_back(p);
    }
    if (points.empty()) {
        throw Error(std::string(option) + ": expected at least one point X,Y,Z in metres");
    }
    return points;
}

} // namespace glutea
