// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// `glutea query techniques --muscle ID`: each placement on the muscle, where it is pressed on
// either side, what pressing in there meets, and how far it stays from the caution zones.
#include <ostream>

#include "anatomy/content_names.h"
#include "anatomy/content_query.h"
#include "anatomy/press_point.h"
#include "anatomy/technique_player.h"
#include "app/query_common.h"

namespace glutea {

using namespace query_detail;

namespace {

json rangeJson(const std::optional<Range>& r) {
    return r ? json{r->min, r->max} : json(nullptr);
}

const char* directionName(FibreDirection d) {
    return nameIn(fibreDirectionNames(), d);
}
const char* formName(PlacementForm f) {
    return nameIn(placementFormNames(), f);
}

// Where each anchor of a placement is pressed on one side, and what pressing in there meets.
json pressJson(const PressResolver& press, const TechniquePlacement& p, PressFrom from, Side side,
               const std::vector<CautionZone>& zones, const SkinPointResolver& zonePoint) {
    json points = json::array();
    for (const Anchor* anchor : p.anchors()) {
        const auto pressed = press.resolve(*anchor, side, from);
        if (!pressed) {
            points.push_back(nullptr);
            continue;
        }
        json meets = json::array();
        for (const auto& layer : pressed->meets) {
            meets.push_back({{"structure", layer.structureId},
                             {"side", std::string(toString(layer.side))},
                             {"depth_mm", round1(layer.depthM * 1000.0)}});
        }
        json cautions = json::object();
        for (const auto& z : zones) {
            const auto d = distanceToShapes(z.shapes, pressed->skin, zonePoint);
            cautions[z.id] = d ? json(round1(*d * 100.0)) : json();
        }
        points.push_back({{"on", anchor->on},
                          {"press_from", std::string(toString(from))},
                          {"inward", point(pressed->inward)},
                          {"skin", point(pressed->skin)},
                          {"target", point(pressed->target)},
                          {"meets", meets},
                          {"reaches_target", pressed->reachesTarget},
                          {"caution_distance_cm", cautions}});
    }
    return {{"side", std::string(toString(side))}, {"points", points}};
}

} // namespace

int query_detail::queryTechniques(const CommonOptions& common, const QueryOptions& o,
                                  std::ostream& out) {
    Resolved r;
    resolveOn(common, sideFrom(o, std::nullopt), r);
    const PressResolver press(r.atlas, r.content);
    const SkinPointResolver zonesLeft = atlasSkinResolver(r.atlas, Side::Left);
    const SkinPointResolver zonesRight = atlasSkinResolver(r.atlas, Side::Right);
    json j = {{"muscle", o.muscle},
              {"side", std::string(toString(r.side))},
              {"placements", json::array()}};
    for (const auto& t : r.content.techniques) {
        for (const auto& p : t.placements) {
            if (p.structure != o.muscle) {
                continue;
            }
            // Placements lie where the hand presses; caution zones are resolved as always.
            const PressFrom from = PressResolver::pressFromOf(t, p);
            const auto points = placementPoints(p, pressSkinResolver(press, r.side, from));
            json pts = json::array();
            for (const auto& q : points) {
                pts.push_back(point(q));
            }
            json cautions = json::object();
            for (const auto& z : r.content.cautionZones) {
                const auto d = distanceToZone(points, z, r.resolve);
                cautions[z.id] = d ? json(round1(*d * 100.0)) : json();
            }
            j["placements"].push_back(
                {{"technique", t.id},
                 {"placement", p.id},
                 {"form", formName(p.form)},
                 {"points", pts},
                 {"direction", directionName(p.direction)},
                 {"pressure", pressureName(p.pressure)},
                 {"sustained", p.sustained},
                 {"hold_s", rangeJson(p.holdS)},
                 {"stroke_s", rangeJson(p.strokeS)},
                 {"repetitions", rangeJson(p.repetitions)},
                 {"duration_s", rangeJson(p.durationS)},
                 {"caution_distance_cm", cautions},
                 {"press_from", std::string(toString(from))},
                 {"press",
                  {pressJson(press, p, from, Side::Left, r.content.cautionZones, zonesLeft),
                   pressJson(press, p, from, Side::Right, r.content.cautionZones, zonesRight)}}});
        }
    }
    if (o.json) {
        out << j.dump(2) << "\n";
        return 0;
    }
    for (const auto& p : j["placements"]) {
        out << p["technique"].get<std::string>() << " / " << p["placement"].get<std::string>()
            << ": " << p["form"].get<std::string>() << ", " << p["direction"].get<std::string>()
            << ", " << p["pressure"].get<std::string>()
            << (p["sustained"].get<bool>() ? ", sustained" : "") << ", pressed from "
            << p["press_from"].get<std::string>() << "\n";
        for (const auto& side : p["press"]) {
            for (const auto& q : side["points"]) {
                if (q.is_null()) {
                    continue;
                }
                out << "  " << side["side"].get<std::string>() << " " << q["skin"].dump()
                    << (q["reaches_target"].get<bool>() ? " reaches " : " MISSES ")
                    << q["on"].get<std::string>() << ":";
                for (const auto& m : q["meets"]) {
                    out << " " << m["structure"].get<std::string>() << "@"
                        << m["depth_mm"].get<double>() << "mm";
                }
                out << "\n";
            }
        }
    }
    return 0;
}

} // namespace glutea
