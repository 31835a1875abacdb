// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "anatomy/content_loader.h"

#include <array>

#include "anatomy/content_loader_parts.h"
#include "anatomy/content_names.h"
#include "anatomy/content_reader.h"
#include "anatomy/structure.h"
#include "anatomy/structure_facts.h"

namespace glutea {
namespace {

using json = nlohmann::json;

bool readEnvelope(ContentReader& r, const json& root,
                  std::initializer_list<std::string_view> allowed) {
    return readContentEnvelope(r, root, allowed);
}

} // namespace

// Checks the envelope every content file shares: an object with "format_version": 1.
bool readContentEnvelope(ContentReader& r, const json& root,
                         std::initializer_list<std::string_view> allowed) {
    if (!r.expectObject(root, "")) {
        return false;
    }
    r.allowKeys(root, "", allowed);
    const json* version = r.field(root, "", "format_version", true);
    if (version != nullptr && !(version->is_number_integer() && version->get<int>() == 1)) {
        r.problem("/format_version", "\"format_version\" must be 1 (this Glutea reads version 1)");
    }
    return true;
}

namespace {

void loadSources(ContentReader& r, const json& root, Content& c) {
    if (!readEnvelope(r, root, {"$schema", "format_version", "sources"})) {
        return;
    }
    r.eachObject(root, "", "sources", true, [&](const json& o, const std::string& p) {
        r.allowKeys(o, p, {"id", "kind", "citation", "note"});
        c.sources.push_back({r.string(o, p, "id"), r.string(o, p, "kind"),
                             r.string(o, p, "citation"), r.text(o, p, "note", false), r.origin(p)});
    });
}

// Which facts (anatomy/structure_facts.h) each kind of structure must state; any structure may
// state the others.
std::vector<std::string_view> requiredFacts(const std::string& kind) {
    if (kind == "muscle") {
        return {"origin", "insertion", "action", "innervation", "blood_supply"};
    }
    if (kind == "nerve") {
        return {"course", "relations"};
    }
    if (kind == "bone") {
        return {"features"};
    }
    return {"description"};
}

void loadStructures(ContentReader& r, const json& root, Content& c) {
    if (!readEnvelope(r, root, {"$schema", "format_version", "structures"})) {
        return;
    }
    r.eachObject(root, "", "structures", true, [&](const json& o, const std::string& p) {
        std::vector<std::string_view> allowed = {"id",         "kind",         "layer",    "name",
                                                 "latin",      "synonyms",     "clinical", "texts",
                                                 "covered_by", "patient_notes"};
        for (const auto& fact : kStructureFacts) {
            allowed.push_back(fact.key);
        }
        r.allowKeys(o, p, allowed);
        StructureInfo s;
        s.id = r.string(o, p, "id");
        s.kind = std::string(
            toString(r.choice(o, p, "kind", structureKindNames(), StructureKind::Other)));
        s.layer = r.choice<std::string>(o, p, "layer",
                                        {{"skin", "skin"},
                                         {"superficial", "superficial"},
                                         {"intermediate", "intermediate"},
                                         {"deep", "deep"},
                                         {"bone", "bone"}},
                                        "");
        s.name = r.text(o, p, "name");
        s.latin = r.string(o, p, "latin");
        s.synonyms = r.localizedList(o, p, "synonyms", false);
        for (const auto& fact : kStructureFacts) {
            if (o.contains(std::string(fact.key))) {
                s.facts[std::string(fact.key)] = r.statement(o, p, fact.key);
            }
        }
        for (std::string_view key : requiredFacts(s.kind)) {
            if (!o.contains(std::string(key))) {
                r.problem(p, "missing required field \"" + std::string(key) + "\" (every " +
                                 s.kind + " states it)");
            }
        }
        s.clinical = r.statementList(o, p, "clinical");
        s.coveredBy = r.stringList(o, p, "covered_by", false);
        s.patientNotes = r.statementList(o, p, "patient_notes", false);
        if (const json* texts = r.field(o, p, "texts", true)) {
            const std::string tp = appendPointer(p, "texts");
            if (r.expectObject(*texts, tp)) {
                r.allowKeys(*texts, tp, {"patient", "student", "therapist"});
                for (const char* audience : {"patient", "student", "therapist"}) {
                    s.texts[audience] = r.statement(*texts, tp, audience);
                }
            }
        }
        s.origin = r.origin(p);
        c.structures.push_back(std::move(s));
    });
}

void loadConditions(ContentReader& r, const json& root, Content& c) {
    if (!readEnvelope(r, root, {"$schema", "format_version", "conditions"})) {
        return;
    }
    r.eachObject(root, "", "conditions", true, [&](const json& o, const std::string& p) {
        r.allowKeys(o, p,
                    {"id", "category", "name", "synonyms", "what", "signs", "massage_can",
                     "massage_cannot", "see_clinician", "related_structures", "referral_patterns",
                     "texts"});
        Condition d;
        d.id = r.string(o, p, "id");
        d.category = r.choice<std::string>(
            o, p, "category", {{"mechanism", "mechanism"}, {"hip-pain-cause", "hip-pain-cause"}},
            "mechanism");
        d.name = r.text(o, p, "name");
        d.synonyms = r.localizedList(o, p, "synonyms", false);
        d.what = r.statement(o, p, "what");
        d.signs = r.statementList(o, p, "signs");
        d.massageCan = r.statementList(o, p, "massage_can");
        d.massageCannot = r.statementList(o, p, "massage_cannot");
        d.seeClinician = r.statementList(o, p, "see_clinician");
        d.relatedStructures = r.stringList(o, p, "related_structures");
        d.referralPatterns = r.stringList(o, p, "referral_patterns", false);
        d.texts = readRegisterTexts(r, o, p);
        d.origin = r.origin(p);
        c.conditions.push_back(std::move(d));
    });
}

void loadReferral(ContentReader& r, const json& root, Content& c) {
    if (!readEnvelope(r, root, {"$schema", "format_version", "patterns"})) {
        return;
    }
    r.eachObject(root, "", "patterns", true, [&](const json& o, const std::string& p) {
        r.allowKeys(
            o, p,
            {"id", "kind", "structure", "root", "summary", "trigger_points", "zones", "texts"});
        ReferralPattern pattern;
        pattern.id = r.string(o, p, "id");
        pattern.kind = r.choice<std::string>(o, p, "kind",
                                             {{"myofascial", "myofascial"},
                                              {"neural", "neural"},
                                              {"radicular", "radicular"},
                                              {"articular", "articular"}},
                                             "myofascial");
        pattern.structure = r.string(o, p, "structure");
        pattern.root = r.string(o, p, "root", false);
        pattern.summary = r.statement(o, p, "summary");
        pattern.texts = readRegisterTexts(r, o, p);
        r.eachObject(o, p, "trigger_points", true, [&](const json& t, const std::string& tp) {
            r.allowKeys(t, tp, {"id", "name", "depth", "press_from", "anchor"});
            TriggerPoint trp;
            trp.id = r.string(t, tp, "id");
            trp.name = r.text(t, tp, "name");
            trp.depth = r.choice<std::string>(
                t, tp, "depth", {{"superficial", "superficial"}, {"deep", "deep"}}, "");
            trp.pressFrom =
                r.choice(t, tp, "press_from", pressFromNames(), PressFrom::Posterior, false);
            trp.anchor = r.anchor(t, tp, "anchor");
            trp.origin = r.origin(tp);
            pattern.triggerPoints.push_back(std::move(trp));
        });
        r.eachObject(o, p, "zones", true, [&](const json& z, const std::string& zp) {
            r.allowKeys(z, zp,
                        {"id", "kind", "from_trigger_points", "body_areas", "description", "shapes",
                         "texts"});
            ReferralZone zone;
            zone.id = r.string(z, zp, "id");
            zone.kind = r.choice<ZoneKind>(
                z, zp, "kind",
                {{"essential", ZoneKind::Essential}, {"spillover", ZoneKind::Spillover}},
                ZoneKind::Essential);
            zone.fromTriggerPoints = r.stringList(z, zp, "from_trigger_points");
            zone.bodyAreas = r.stringList(z, zp, "body_areas");
            zone.description = r.statement(z, zp, "description");
            zone.shapes = r.shapeList(z, zp, "shapes");
            zone.texts = readRegisterTexts(r, z, zp);
            zone.origin = r.origin(zp);
            pattern.zones.push_back(std::move(zone));
        });
        pattern.origin = r.origin(p);
        c.referralPatterns.push_back(std::move(pattern));
    });
}

TechniquePlacement readPlacement(ContentReader& r, const json& o, const std::string& p) {
    r.allowKeys(o, p,
                {"id", "structure", "form", "point", "path", "area", "direction", "pressure",
                 "sustained", "hold_s", "stroke_s", "repetitions", "duration_s", "trigger_point",
                 "press_from"});
    TechniquePlacement pl;
    pl.id = r.string(o, p, "id");
    pl.structure = r.string(o, p, "structure");
    pl.form = r.choice(o, p, "form", placementFormNames(), PlacementForm::Point);
    // The form says which position field holds the placement; without it the placement
    // anchors to nothing.
    const char* positionKey = pl.form == PlacementForm::Point  ? "point"
                              : pl.form == PlacementForm::Path ? "path"
                                                               : "area";
    if (!o.contains(positionKey)) {
        r.problem(p, "placement of form \"" + std::string(positionKey) + "\" has no \"" +
                         positionKey + "\": it anchors to nothing");
    } else if (pl.form == PlacementForm::Point) {
        pl.point = r.anchor(o, p, "point");
    } else if (pl.form == PlacementForm::Path) {
        pl.path = r.anchorList(o, p, "path", 2);
    } else {
        pl.area = r.shapeList(o, p, "area");
    }
    pl.direction = r.choice(o, p, "direction", fibreDirectionNames(), FibreDirection::Static);
    pl.pressure = r.choice(o, p, "pressure", pressureNames(), Pressure::Moderate);
    pl.sustained = r.boolean(o, p, "sustained");
    pl.holdS = r.range(o, p, "hold_s");
    pl.strokeS = r.range(o, p, "stroke_s");
    pl.repetitions = r.range(o, p, "repetitions");
    pl.durationS = r.range(o, p, "duration_s");
    pl.triggerPoint = r.string(o, p, "trigger_point", false);
    if (o.contains("press_from")) {
        pl.pressFrom = r.choice(o, p, "press_from", pressFromNames(), PressFrom::Posterior);
    }
    if (pl.sustained && !pl.holdS) {
        r.problem(p, "a sustained placement needs \"hold_s\"");
    }
    pl.origin = r.origin(p);
    return pl;
}

void loadTechniques(ContentReader& r, const json& root, Content& c) {
    if (!readEnvelope(r, root, {"$schema", "format_version", "techniques"})) {
        return;
    }
    r.eachObject(root, "", "techniques", true, [&](const json& o, const std::string& p) {
        r.allowKeys(o, p,
                    {"id", "category", "source", "evidence", "pairs_with", "name", "summary",
                     "tools", "body_position", "pressure", "steps", "cautions", "caution_zones",
                     "placements", "press_from", "texts", "patient_steps", "patient_body_position",
                     "patient_cautions"});
        Technique t;
        t.id = r.string(o, p, "id");
        t.category = r.choice<std::string>(
            o, p, "category",
            {{"manual", "manual"}, {"self-massage", "self-massage"}, {"stretch", "stretch"}},
            "manual");
        t.source = r.string(o, p, "source");
        t.evidence = r.choice(o, p, "evidence", evidenceNames(), Evidence::PractitionerAdvice);
        t.pairsWith = r.stringList(o, p, "pairs_with", false);
        t.name = r.text(o, p, "name");
        t.summary = r.text(o, p, "summary");
        t.tools = r.textList(o, p, "tools");
        t.bodyPosition = r.text(o, p, "body_position");
        t.patientBodyPosition = r.text(o, p, "patient_body_position");
        t.pressure = r.choice(o, p, "pressure", pressureNames(), Pressure::Moderate);
        t.pressFrom = r.choice(o, p, "press_from", pressFromNames(), PressFrom::Posterior, false);
        t.steps = r.textList(o, p, "steps");
        t.cautions = r.statementList(o, p, "cautions");
        t.patientCautions = r.statementList(o, p, "patient_cautions");
        t.cautionZones = r.stringList(o, p, "caution_zones", false);
        t.texts = readRegisterTexts(r, o, p);
        if (o.contains("patient_steps")) {
            t.patientSteps = r.textList(o, p, "patient_steps");
        }
        r.eachObject(o, p, "placements", true, [&](const json& pl, const std::string& pp) {
            t.placements.push_back(readPlacement(r, pl, pp));
        });
        t.origin = r.origin(p);
        c.techniques.push_back(std::move(t));
    });
}

void loadRoutines(ContentReader& r, const json& root, Content& c) {
    if (!readEnvelope(r, root, {"$schema", "format_version", "routines"})) {
        return;
    }
    r.eachObject(root, "", "routines", true, [&](const json& o, const std::string& p) {
        r.allowKeys(o, p,
                    {"id", "audience", "source", "evidence", "name", "summary", "conditions",
                     "warm_up", "principles", "steps", "red_flags", "screening", "texts"});
        Routine rt;
        rt.id = r.string(o, p, "id");
        rt.audience = r.choice<std::string>(o, p, "audience",
                                            {{"self", "self"}, {"therapist", "therapist"}}, "self");
        rt.source = r.string(o, p, "source");
        rt.evidence = r.choice(o, p, "evidence", evidenceNames(), Evidence::PractitionerAdvice);
        rt.name = r.text(o, p, "name");
        rt.summary = r.text(o, p, "summary");
        rt.conditions = r.stringList(o, p, "conditions");
        rt.warmUp = r.text(o, p, "warm_up", false);
        rt.principles = r.stringList(o, p, "principles", false);
        rt.redFlags = r.stringList(o, p, "red_flags", false);
        rt.screening = readScreening(r, o, p);
        rt.texts = readRegisterTexts(r, o, p);
        r.eachObject(o, p, "steps", true, [&](const json& s, const std::string& sp) {
            r.allowKeys(s, sp, {"placement", "note"});
            rt.steps.push_back(
                {r.string(s, sp, "placement"), r.text(s, sp, "note", false), r.origin(sp)});
        });
        rt.origin = r.origin(p);
        c.routines.push_back(std::move(rt));
    });
}

void loadCautions(ContentReader& r, const json& root, Content& c) {
    if (!readEnvelope(r, root, {"$schema", "format_version", "zones", "principles", "red_flags"})) {
        return;
    }
    r.eachObject(root, "", "zones", true, [&](const json& o, const std::string& p) {
        r.allowKeys(o, p,
                    {"id", "rule", "structure", "name", "patient_name", "why", "body_areas",
                     "shapes", "texts", "clearance_cm"});
        CautionZone z;
        z.id = r.string(o, p, "id");
        z.rule = r.choice<CautionRule>(o, p, "rule",
                                       {{"no-sustained-pressure", CautionRule::NoSustainedPressure},
                                        {"no-direct-pressure", CautionRule::NoDirectPressure}},
                                       CautionRule::NoSustainedPressure);
        z.structure = r.string(o, p, "structure", false);
        z.name = r.text(o, p, "name");
        z.patientName = r.text(o, p, "patient_name");
        z.why = r.statement(o, p, "why");
        z.bodyAreas = r.stringList(o, p, "body_areas");
        z.shapes = r.shapeList(o, p, "shapes");
        z.texts = readRegisterTexts(r, o, p);
        if (o.contains("clearance_cm")) {
            z.clearanceCm = r.number(o, p, "clearance_cm");
        }
        z.origin = r.origin(p);
        c.cautionZones.push_back(std::move(z));
    });
    r.eachObject(root, "", "principles", true, [&](const json& o, const std::string& p) {
        r.allowKeys(o, p, {"id", "text"});
        c.principles.push_back({r.string(o, p, "id"), r.statement(o, p, "text"), r.origin(p)});
    });
    r.eachObject(root, "", "red_flags", true, [&](const json& o, const std::string& p) {
        r.allowKeys(o, p, {"id", "action", "text", "texts"});
        RedFlag f;
        f.id = r.string(o, p, "id");
        f.action = r.choice<RedFlagAction>(o, p, "action",
                                           {{"see-clinician", RedFlagAction::SeeClinician},
                                            {"emergency", RedFlagAction::Emergency}},
                                           RedFlagAction::SeeClinician);
        f.text = r.statement(o, p, "text");
        f.texts = readRegisterTexts(r, o, p);
        f.origin = r.origin(p);
        c.redFlags.push_back(std::move(f));
    });
}

} // namespace

namespace {

// The content files in load order, each with its loader. Files after the first seven are
// optional: an older content folder still loads.
struct ContentFile {
    const char* name;
    void (*load)(ContentReader&, const json&, Content&);
    bool required;
};

constexpr ContentFile kContentFiles[] = {
    {"sources.json", loadSources, true},       {"structures.json", loadStructures, true},
    {"conditions.json", loadConditions, true}, {"referral.json", loadReferral, true},
    {"techniques.json", loadTechniques, true}, {"routines.json", loadRoutines, true},
    {"cautions.json", loadCautions, true},     {"clinical_tests.json", loadClinicalTests, false},
    {"self_care.json", loadSelfCare, false},
};

} // namespace

const std::vector<std::string>& contentFileNames() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> out;
        for (const auto& f : kContentFiles) {
            out.emplace_back(f.name);
        }
        return out;
    }();
    return names;
}

ContentLoadResult loadContent(const std::filesystem::path& contentDir) {
    ContentLoadResult result;
    for (const auto& f : kContentFiles) {
        const std::string file = (contentDir / f.name).string();
        if (!f.required && !std::filesystem::exists(contentDir / f.name)) {
            continue;
        }
        auto doc = readJsonDocument(contentDir / f.name, file, result.problems);
        if (!doc) {
            continue;
        }
        ContentReader reader(*doc, result.problems);
        f.load(reader, doc->root, result.content);
        result.content.locations[file] = std::move(doc->locations);
    }
    return result;
}

} // namespace glutea
