// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "app/query.h"

#include <cmath>
#include <memory>
#include <ostream>
#include <sstream>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "anatomy/atlas_content.h"
#include "anatomy/content_query.h"
#include "anatomy/content_validator.h"
#include "anatomy/press_point.h"
#include "anatomy/referral_kinds.h"
#include "anatomy/zone_field.h"
#include "app/asset_paths.h"
#include "app/commands.h"
#include "app/point_text.h"
#include "app/query_common.h"
#include "base/error.h"
#include "import/assimp_loader.h"

namespace glutea {

using namespace query_detail;

namespace {

json statementJson(const Statement& s, const std::string& language) {
    return {{"text", s.text.get(language)},
            {"source", s.source},
            {"evidence", std::string(toString(s.evidence))}};
}

glm::vec3 parsePoint(const std::string& text) {
    glm::vec3 p(0.0f);
    char c1 = 0;
    char c2 = 0;
    std::istringstream in(text);
    if (!(in >> p.x >> c1 >> p.y >> c2 >> p.z) || c1 != ',' || c2 != ',' || !in.eof()) {
        throw Error("--at must be X,Y,Z in metres, e.g. 0.1,0.05,-0.12 (got \"" + text + "\")");
    }
    return p;
}

int queryStructure(const CommonOptions& common, const QueryOptions& o, std::ostream& out) {
    const auto dir = findAtlasDir(common.atlasDir);
    const Atlas atlas = loadAtlas(dir);
    const Content content = loadCheckedContent(atlas, "query");
    const StructureInfo* s = content.findStructure(o.structureId);
    if (s == nullptr) {
        throw Error("unknown structure \"" + o.structureId + "\"");
    }
    json j = {{"id", s->id},
              {"name", s->name.get(o.language)},
              {"latin", s->latin},
              {"kind", s->kind},
              {"layer", s->layer}};
    j["synonyms"] = s->synonyms.byLanguage.count(o.language) ? s->synonyms.byLanguage.at(o.language)
                                                             : std::vector<std::string>{};
    for (const auto& [key, fact] : s->facts) {
        j["facts"][key] = statementJson(fact, o.language);
    }
    j["clinical"] = json::array();
    for (const auto& c : s->clinical) {
        j["clinical"].push_back(statementJson(c, o.language));
    }
    for (const auto& [audience, text] : s->texts) {
        if (o.audience.empty() || o.audience == audience) {
            j["texts"][audience] = statementJson(text, o.language);
        }
    }
    if (o.json) {
        out << j.dump(2) << "\n";
        return 0;
    }
    out << s->name.get(o.language) << " (" << s->latin << "): " << s->kind << ", " << s->layer
        << "\n";
    for (const auto& [key, fact] : j["facts"].items()) {
        out << "  " << key << ": " << fact["text"].get<std::string>() << "\n";
    }
    for (const auto& [audience, text] : j["texts"].items()) {
        out << "[" << audience << "] " << text["text"].get<std::string>() << " ("
            << text["evidence"].get<std::string>() << ", " << text["source"].get<std::string>()
            << ")\n";
    }
    return 0;
}

int queryReferralOfMuscle(const CommonOptions& common, const QueryOptions& o, std::ostream& out) {
    Resolved r;
    resolveOn(common, sideFrom(o, std::nullopt), r);
    const ReferralPattern* pattern = r.content.findReferral(o.muscle);
    if (pattern == nullptr) {
        throw Error("no referral pattern for \"" + o.muscle + "\"");
    }
    json j = {{"muscle", o.muscle},
              {"pattern", pattern->id},
              {"kind", pattern->kind},
              {"side", std::string(toString(r.side))},
              {"summary", statementJson(pattern->summary, o.language)}};
    for (const auto& [audience, text] : pattern->texts) { // the captions
        j["texts"][audience] = statementJson(text, o.language);
    }
    j["trigger_points"] = json::array();
    // Where the knot is pressed (anatomy/press_point), as technique placements are.
    const PressResolver press(r.atlas, r.content);
    for (const auto& t : pattern->triggerPoints) {
        auto p = press.resolve(t.anchor, r.side, t.pressFrom);
        j["trigger_points"].push_back({{"id", t.id},
                                       {"name", t.name.get(o.language)},
                                       {"position", p ? point(p->skin) : json()},
                                       {"press_from", std::string(toString(t.pressFrom))}});
    }
    j["zones"] = json::array();
    const SkinField field(r.atlas); // distances over the skin, as the window paints them
    for (const auto& z : pattern->zones) {
        const ZoneMeasure m = measureZone(z.shapes, field, r.resolve);
        j["zones"].push_back({{"id", z.id},
                              {"kind", z.kind == ZoneKind::Essential ? "essential" : "spillover"},
                              {"body_areas", z.bodyAreas},
                              {"area_cm2", round1(m.areaCm2)},
                              {"lowest", m.resolved ? point(m.lowest) : json()},
                              {"highest", m.resolved ? point(m.highest) : json()},
                              {"description", z.description.text.get(o.language)}});
        if (const Statement* patient = findRegister(z.texts, "patient")) {
            j["zones"].back()["patient"] = patient->text.get(o.language);
        }
    }
    if (o.json) {
        out << j.dump(2) << "\n";
        return 0;
    }
    out << pattern->id << " (" << j["side"].get<std::string>()
        << " side): " << patternKindLabel(*pattern, false) << "\n";
    if (j.contains("texts") && j["texts"].contains("patient")) {
        out << "  [patient] " << j["texts"]["patient"]["text"].get<std::string>() << "\n";
    }
    for (const auto& t : j["trigger_points"]) {
        out << "  trigger point " << t["id"].get<std::string>() << " at " << t["position"].dump()
            << "\n";
    }
    for (const auto& z : j["zones"]) {
        out << "  " << z["kind"].get<std::string>() << " zone " << z["id"].get<std::string>()
            << ": " << z["area_cm2"].get<double>() << " cm2, " << z["body_areas"].dump() << "\n";
    }
    return 0;
}

const char* kindName(ZoneKind kind) {
    return kind == ZoneKind::Essential ? "essential" : "spillover";
}

// A muscle's pattern reads as before; any other kind says what it is ("L5 nerve root
// (dermatome), nerve root (radicular, dermatome)"), never just "skin".
std::string kindSuffix(const json& m) {
    return m["pattern_kind"] == "myofascial" ? "" : ", " + m["what_kind"].get<std::string>();
}

int queryReferralAt(const CommonOptions& common, const QueryOptions& o, std::ostream& out) {
    const glm::vec3 at = parsePoint(o.at);
    if (!(o.radiusCm > 0.0) || o.radiusCm > 50.0) {
        throw Error("--radius must be a brush radius in cm, above 0 and at most 50 (got " +
                    std::to_string(o.radiusCm) + ")");
    }
    Resolved r;
    resolveOn(common, sideFrom(o, at), r);
    const glm::vec3 skinPoint = r.skin->empty() ? at : r.skin->closestPoint(at);
    // The fields the window paints: what is answered here is what is shown there.
    const ReferralFields fields = ReferralFields::compute(r.atlas, r.content);
    json j = {{"point", point(at)},
              {"skin_point", point(skinPoint)},
              {"side", std::string(toString(r.side))},
              {"radius_cm", o.radiusCm},
              {"muscles", json::array()},
              {"ranking", json::array()}};
    for (const auto& hit : referralZonesAt(fields, skinPoint, r.side)) {
        j["muscles"].push_back(
            {{"muscle", hit.pattern->structure},
             {"pattern", hit.pattern->id},
             {"zone", hit.zone->id},
             {"kind", kindName(hit.zone->kind)},
             {"pattern_kind", hit.pattern->kind}, // radicular: a root's
             {"root", hit.pattern->root},         // dermatome, not "skin"
             {"what", patternSubject(*hit.pattern, hit.pattern->structure, false)},
             {"what_kind", patternKindLabel(*hit.pattern, false)}});
    }
    const auto painted = fields.brush({skinPoint}, static_cast<float>(o.radiusCm) * 0.01f);
    for (const auto& rank : fields.rank(painted)) {
        j["ranking"].push_back(
            {{"structure", rank.field->pattern->structure},
             {"pattern", rank.field->pattern->id},
             {"pattern_kind", rank.field->pattern->kind},
             {"root", rank.field->pattern->root},
             {"what", patternSubject(*rank.field->pattern, rank.field->pattern->structure, false)},
             {"what_kind", patternKindLabel(*rank.field->pattern, false)},
             {"side", std::string(toString(rank.field->side))},
             {"zone", rank.zone->id},
             {"kind", kindName(rank.kind)},
             {"share", std::round(rank.share * 1000.0) / 1000.0}});
    }
    if (o.json) {
        out << j.dump(2) << "\n";
        return 0;
    }
    out << "skin point " << pointText(skinPoint, 4) << " (" << j["side"].get<std::string>()
        << " side)\n";
    for (const auto& m : j["muscles"]) {
        out << "  " << m["what"].get<std::string>() << kindSuffix(m) << ": "
            << m["kind"].get<std::string>() << " (" << m["zone"].get<std::string>() << ")\n";
    }
    out << "painted " << o.radiusCm << " cm around it, ranked:\n";
    int place = 0;
    for (const auto& m : j["ranking"]) {
        out << "  " << ++place << ". " << m["what"].get<std::string>() << " ("
            << m["side"].get<std::string>() << ")" << kindSuffix(m) << ": "
            << m["kind"].get<std::string>() << " zone " << m["zone"].get<std::string>() << ", "
            << std::lround(m["share"].get<double>() * 100.0) << "% of the painted area\n";
    }
    return 0;
}

} // namespace

void query_detail::resolveOn(const CommonOptions& common, Side side, Resolved& r) {
    const auto dir = findAtlasDir(common.atlasDir);
    r.atlas = loadAtlas(dir);
    r.content = loadCheckedContent(r.atlas, "query");
    const int skinPart = r.atlas.skinPart();
    static const Mesh noSkin;
    r.skin = std::make_unique<SkinSurface>(skinPart >= 0 ? r.atlas.parts[skinPart].mesh : noSkin);
    r.side = side;
    r.resolve = atlasSkinResolver(r.atlas, side);
}

Side query_detail::sideFrom(const QueryOptions& o, const std::optional<glm::vec3>& at) {
    if (o.side == "right") {
        return Side::Right;
    }
    if (o.side == "left") {
        return Side::Left;
    }
    return at && at->x < 0.0f ? Side::Right : Side::Left; // +X is the subject's left
}

QueryCommand addQueryCommand(CLI::App& app, QueryOptions& o) {
    QueryCommand c;
    c.query = app.add_subcommand("query", "Answer questions about the content, as JSON or text");
    c.query->fallthrough();
    c.query->require_subcommand(1);

    c.structure = c.query->add_subcommand("structure", "What the atlas teaches about a structure");
    c.structure->fallthrough();
    c.structure->add_option("id", o.structureId, "Structure id, e.g. piriformis")->required();
    c.structure->add_option("--audience", o.audience, "patient, student or therapist")
        ->check(CLI::IsMember({"patient", "student", "therapist"}));

    c.referral = c.query->add_subcommand(
        "referral", "A muscle's referral pattern on the skin, or the muscles referring to a point");
    c.referral->fallthrough();
    auto* muscle = c.referral->add_option("--muscle", o.muscle, "Muscle (or nerve) id");
    auto* at = c.referral->add_option("--at", o.at, "Skin point X,Y,Z in metres (atlas frame)");
    muscle->excludes(at);
    c.referral
        ->add_option("--radius", o.radiusCm,
                     "With --at: radius in cm of the area painted around the point (default 2)")
        ->check(CLI::PositiveNumber)
        ->needs(at);

    c.techniques = c.query->add_subcommand(
        "techniques", "Technique placements on a muscle and their distance to caution zones");
    c.techniques->fallthrough();
    c.techniques->add_option("--muscle", o.muscle, "Muscle id")->required();

    c.routine = c.query->add_subcommand(
        "routine", "A routine's texts: name, summary, warm-up, steps, screening, red flags");
    c.routine->fallthrough();
    c.routine->add_option("id", o.routineId, "Routine id, e.g. piriformis_sciatic_like")
        ->required();

    for (CLI::App* sub : {c.structure, c.referral, c.techniques, c.routine}) {
        sub->add_flag("--json", o.json, "Print JSON");
        sub->add_option("--lang", o.language, "Language code of the texts")->capture_default_str();
    }
    for (CLI::App* sub : {c.referral, c.techniques}) {
        sub->add_option("--side", o.side, "left or right (default: left, or the side of --at)")
            ->check(CLI::IsMember({"left", "right"}));
    }
    return c;
}

int runQuery(const CommonOptions& common, const QueryCommand& c, const QueryOptions& o,
             std::ostream& out) {
    if (*c.structure) {
        return queryStructure(common, o, out);
    }
    if (*c.referral) {
        if (o.at.empty() && o.muscle.empty()) {
            throw Error("query referral needs --muscle ID or --at X,Y,Z");
        }
        return o.at.empty() ? queryReferralOfMuscle(common, o, out)
                            : queryReferralAt(common, o, out);
    }
    if (*c.routine) {
        return queryRoutine(common, o, out);
    }
    return queryTechniques(common, o, out);
}

} // namespace glutea
