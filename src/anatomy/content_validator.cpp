// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "anatomy/content_validator.h"

#include <algorithm>
#include <map>
#include <sstream>

#include "anatomy/caution_check.h"
#include "anatomy/content_loader.h"
#include "anatomy/content_text_rules.h"
#include "anatomy/structure.h"
#include "base/error.h"

namespace glutea {
namespace {

class Validator {
  public:
    Validator(const Content& content, const KnownIds& ids, const ValidationOptions& options)
        : c_(content), ids_(ids), options_(options) {}

    std::vector<ContentProblem> run() {
        registerIds();
        checkStructures();
        checkConditions();
        checkReferral();
        checkTechniques();
        checkRoutines();
        checkCautions();
        checkClinicalTestsAndSelfCare();
        auto textProblems = checkContentTexts(c_, options_);
        problems_.insert(problems_.end(), textProblems.begin(), textProblems.end());
        auto cautionProblems = checkSustainedPlacementsAgainstCautions(c_);
        problems_.insert(problems_.end(), cautionProblems.begin(), cautionProblems.end());
        return std::move(problems_);
    }

  private:
    void report(const ContentOrigin& at, std::string message) {
        problems_.push_back(c_.problemAt(at, std::move(message)));
    }
    static ContentOrigin sub(const ContentOrigin& origin, std::string_view key) {
        return {origin.file, appendPointer(origin.pointer, key)};
    }
    static ContentOrigin sub(const ContentOrigin& origin, std::string_view key, std::size_t i) {
        return {origin.file, appendPointer(appendPointer(origin.pointer, key), i)};
    }

    // Records an id in its namespace; a second definition is reported with the first's place.
    void define(const std::string& space, const std::string& id, const ContentOrigin& origin) {
        if (id.empty()) {
            return;
        }
        auto& ids = defined_[space];
        const ContentOrigin at = sub(origin, "id");
        auto [it, inserted] = ids.emplace(id, at);
        if (!inserted) {
            report(at, "duplicate " + space + " id \"" + id + "\" (first defined at " +
                           c_.problemAt(it->second, "").file + ":" + location(it->second) + ")");
        }
    }
    std::string location(const ContentOrigin& origin) const {
        const SourceLocation l = c_.problemAt(origin, "").location;
        return std::to_string(l.line) + ":" + std::to_string(l.column);
    }
    bool isDefined(const std::string& space, const std::string& id) const {
        auto it = defined_.find(space);
        return it != defined_.end() && it->second.count(id) > 0;
    }
    // An empty namespace means its file failed to load (already reported): checking references
    // into it would only repeat that problem many times.
    void requireDefined(const std::string& space, const std::string& id, const ContentOrigin& at) {
        if (!id.empty() && defined_.count(space) > 0 && !isDefined(space, id)) {
            report(at, "unknown " + space + " \"" + id + "\"");
        }
    }
    // A structure named as a fact (relations, a pattern's owner): the atlas's, or one the
    // content describes ahead of the model.
    void requireStructure(const std::string& id, const ContentOrigin& at) {
        if (!id.empty() && !ids_.hasStructure(id) &&
            !(plannedStructureIds().count(id) > 0 && isDefined("structure", id))) {
            report(at, "unknown structure \"" + id + "\": the atlas has no such structure");
        }
    }
    // A structure a position is built on (an anchor's "on", a placement's muscle): it needs the
    // atlas's mesh.
    void requireModelStructure(const std::string& id, const ContentOrigin& at) {
        if (!id.empty() && !ids_.hasStructure(id)) {
            report(at, "unknown structure \"" + id + "\": the atlas has no such structure" +
                           (plannedStructureIds().count(id) > 0
                                ? " (it is content ahead of the model: anchor on landmarks)"
                                : ""));
        }
    }
    void requireLandmark(const std::string& id, const ContentOrigin& at) {
        if (!id.empty() && !ids_.hasLandmark(id)) {
            report(at, "unknown landmark \"" + id + "\": the atlas has no such landmark");
        }
    }

    void registerIds() {
        for (const auto& s : c_.sources) {
            define("source", s.id, s.origin);
        }
        for (const auto& s : c_.structures) {
            define("structure", s.id, s.origin);
        }
        for (const auto& d : c_.conditions) {
            define("condition", d.id, d.origin);
        }
        for (const auto& p : c_.referralPatterns) {
            define("referral pattern", p.id, p.origin);
            for (const auto& t : p.triggerPoints) {
                define("trigger point", t.id, t.origin);
            }
            for (const auto& z : p.zones) {
                define("referral zone", z.id, z.origin);
            }
        }
        for (const auto& t : c_.techniques) {
            define("technique", t.id, t.origin);
            for (const auto& pl : t.placements) {
                define("placement", pl.id, pl.origin);
            }
        }
        for (const auto& r : c_.routines) {
            define("routine", r.id, r.origin);
        }
        for (const auto& z : c_.cautionZones) {
            define("caution zone", z.id, z.origin);
        }
        for (const auto& p : c_.principles) {
            define("principle", p.id, p.origin);
        }
        for (const auto& f : c_.redFlags) {
            define("red flag", f.id, f.origin);
        }
    }

    void checkStatement(const Statement& s) {
        requireDefined("source", s.source, sub(s.origin, "source"));
    }
    void checkStatements(const std::vector<Statement>& list) {
        for (const auto& s : list) {
            checkStatement(s);
        }
    }

    void checkAnchor(const Anchor& a) {
        requireModelStructure(a.on, sub(a.origin, "on"));
        if (a.isBlend) {
            for (std::size_t i = 0; i < a.base.size(); ++i) {
                requireLandmark(a.base[i].landmark, sub(sub(a.origin, "blend", i), "landmark"));
            }
        } else if (!a.base.empty()) {
            requireLandmark(a.base[0].landmark, sub(a.origin, "from"));
        }
        requireLandmark(a.towardLandmark, sub(a.origin, "toward"));
    }
    void checkShapes(const std::vector<Shape>& shapes, const ContentOrigin& owner,
                     std::string_view key, const std::string& what) {
        if (shapes.empty()) {
            report(sub(owner, key), what + " has no shapes: it anchors to nothing");
        }
        for (const auto& s : shapes) {
            if (s.kind == ShapeKind::Disc || s.kind == ShapeKind::Ellipse) {
                checkAnchor(s.center);
            }
            for (const auto& a : s.points) {
                checkAnchor(a);
            }
            requireLandmark(s.majorTowardLandmark, sub(s.origin, "major_toward"));
        }
    }
    void checkBodyAreas(const std::vector<std::string>& areas, const ContentOrigin& owner) {
        const auto& allowed = bodyAreaIds();
        for (std::size_t i = 0; i < areas.size(); ++i) {
            if (std::find(allowed.begin(), allowed.end(), areas[i]) == allowed.end()) {
                report(sub(owner, "body_areas", i), "unknown body area \"" + areas[i] + "\"");
            }
        }
    }

    void checkStructures() {
        for (const auto& s : c_.structures) {
            if (!ids_.hasStructure(s.id) && plannedStructureIds().count(s.id) == 0) {
                report(sub(s.origin, "id"),
                       "unknown structure \"" + s.id +
                           "\": the atlas has no such structure, and docs/CONVENTIONS.md does "
                           "not list it as content ahead of the model");
            }
            for (std::size_t i = 0; i < s.coveredBy.size(); ++i) {
                requireStructure(s.coveredBy[i], sub(s.origin, "covered_by", i));
            }
            for (const auto& [key, fact] : s.facts) {
                checkStatement(fact);
            }
            checkStatements(s.clinical);
            checkStatements(s.patientNotes);
            for (const auto& [audience, text] : s.texts) {
                checkStatement(text);
            }
            if (const Statement* patient = findRegister(s.texts, "patient")) {
                for (const auto& [language, text] : patient->text.byLanguage) {
                    if (std::string tooLong = patientLengthProblem(text, options_);
                        !tooLong.empty()) {
                        report(sub(sub(patient->origin, "text"), language), std::move(tooLong));
                    }
                }
            }
        }
        if (!options_.requireEveryStructure || c_.structures.empty()) {
            return;
        }
        const ContentOrigin list{c_.structures.front().origin.file, "/structures"};
        for (const auto& id : KnownIds::sideless(ids_.structures)) {
            if (!isDefined("structure", id)) {
                report(list, "atlas structure \"" + id + "\" has no entry in structures.json");
            }
        }
    }

    void checkConditions() {
        for (const auto& d : c_.conditions) {
            checkStatement(d.what);
            for (const auto* list : {&d.signs, &d.massageCan, &d.massageCannot, &d.seeClinician}) {
                checkStatements(*list);
            }
            for (std::size_t i = 0; i < d.relatedStructures.size(); ++i) {
                requireStructure(d.relatedStructures[i], sub(d.origin, "related_structures", i));
            }
            for (std::size_t i = 0; i < d.referralPatterns.size(); ++i) {
                requireDefined("referral pattern", d.referralPatterns[i],
                               sub(d.origin, "referral_patterns", i));
            }
        }
    }

    void checkReferral() {
        for (const auto& p : c_.referralPatterns) {
            requireStructure(p.structure, sub(p.origin, "structure"));
            checkStatement(p.summary);
            if (p.kind == "myofascial" && p.triggerPoints.empty()) {
                report(sub(p.origin, "trigger_points"),
                       "a myofascial pattern needs at least one trigger point");
            }
            for (const auto& t : p.triggerPoints) {
                checkAnchor(t.anchor);
            }
            bool hasEssential = false;
            for (const auto& z : p.zones) {
                hasEssential = hasEssential || z.kind == ZoneKind::Essential;
                checkStatement(z.description);
                checkBodyAreas(z.bodyAreas, z.origin);
                checkShapes(z.shapes, z.origin, "shapes", "referral zone \"" + z.id + "\"");
                for (std::size_t i = 0; i < z.fromTriggerPoints.size(); ++i) {
                    const std::string& id = z.fromTriggerPoints[i];
                    const bool ours =
                        std::any_of(p.triggerPoints.begin(), p.triggerPoints.end(),
                                    [&](const TriggerPoint& t) { return t.id == id; });
                    if (!ours) {
                        report(sub(z.origin, "from_trigger_points", i),
                               "unknown trigger point \"" + id + "\" in pattern \"" + p.id + "\"");
                    }
                }
            }
            if (!hasEssential) {
                report(sub(p.origin, "zones"), "a referral pattern needs an essential zone");
            }
        }
    }

    void checkTechniques() {
        for (const auto& t : c_.techniques) {
            requireDefined("source", t.source, sub(t.origin, "source"));
            checkStatements(t.cautions);
            checkStatements(t.patientCautions);
            // Patients read patient_cautions instead of cautions: one for one, or a caution
            // would be lost to them.
            if (t.patientCautions.size() != t.cautions.size()) {
                report(sub(t.origin, "patient_cautions"),
                       "has " + std::to_string(t.patientCautions.size()) +
                           " patient cautions for " + std::to_string(t.cautions.size()) +
                           " cautions: each caution needs its plain-words version, in the same "
                           "order");
            }
            for (std::size_t i = 0; i < t.patientCautions.size() && i < t.cautions.size(); ++i) {
                if (t.patientCautions[i].source != t.cautions[i].source ||
                    t.patientCautions[i].evidence != t.cautions[i].evidence) {
                    report(sub(t.origin, "patient_cautions", i),
                           "restates caution " + std::to_string(i) +
                               " with another source or evidence label: keep both the same");
                }
            }
            for (std::size_t i = 0; i < t.pairsWith.size(); ++i) {
                requireDefined("technique", t.pairsWith[i], sub(t.origin, "pairs_with", i));
            }
            for (std::size_t i = 0; i < t.cautionZones.size(); ++i) {
                requireDefined("caution zone", t.cautionZones[i],
                               sub(t.origin, "caution_zones", i));
            }
            for (const auto& pl : t.placements) {
                requireModelStructure(pl.structure, sub(pl.origin, "structure"));
                requireDefined("trigger point", pl.triggerPoint, sub(pl.origin, "trigger_point"));
                if (pl.form == PlacementForm::Area) {
                    checkShapes(pl.area, pl.origin, "area", "placement \"" + pl.id + "\"");
                } else {
                    for (const Anchor* a : pl.anchors()) {
                        checkAnchor(*a);
                    }
                }
            }
        }
    }

    void checkRoutines() {
        for (const auto& r : c_.routines) {
            requireDefined("source", r.source, sub(r.origin, "source"));
            for (std::size_t i = 0; i < r.conditions.size(); ++i) {
                requireDefined("condition", r.conditions[i], sub(r.origin, "conditions", i));
            }
            for (std::size_t i = 0; i < r.principles.size(); ++i) {
                requireDefined("principle", r.principles[i], sub(r.origin, "principles", i));
            }
            if (r.steps.empty()) {
                report(sub(r.origin, "steps"), "a routine needs at least one step");
            }
            for (const auto& step : r.steps) {
                if (!step.placement.empty() && defined_.count("placement") > 0 &&
                    !isDefined("placement", step.placement)) {
                    report(sub(step.origin, "placement"),
                           "routine step points nowhere: no placement \"" + step.placement + "\"");
                }
            }
        }
    }

    void checkCautions() {
        for (const auto& z : c_.cautionZones) {
            requireStructure(z.structure, sub(z.origin, "structure"));
            checkStatement(z.why);
            checkBodyAreas(z.bodyAreas, z.origin);
            checkShapes(z.shapes, z.origin, "shapes", "caution zone \"" + z.id + "\"");
        }
        for (const auto& p : c_.principles) {
            checkStatement(p.text);
        }
        for (const auto& f : c_.redFlags) {
            checkStatement(f.text);
            checkTexts(f.texts);
        }
        for (const auto& z : c_.cautionZones) {
            checkTexts(z.texts);
        }
    }

    void checkTexts(const RegisterTexts& texts) {
        for (const auto& [audience, text] : texts) {
            checkStatement(text);
        }
    }

    void checkClinicalTestsAndSelfCare() {
        for (const auto& d : c_.conditions) {
            checkTexts(d.texts);
        }
        for (const auto& p : c_.referralPatterns) {
            checkTexts(p.texts);
            for (const auto& z : p.zones) {
                checkTexts(z.texts);
            }
        }
        for (const auto& t : c_.techniques) {
            checkTexts(t.texts);
        }
        for (const auto& r : c_.routines) {
            checkTexts(r.texts);
        }
        for (const auto& t : c_.clinicalTests) {
            define("clinical test", t.id, t.origin);
            for (const Statement* s : {&t.how, &t.positive, &t.accuracy}) {
                checkStatement(*s);
            }
            checkTexts(t.texts);
            for (std::size_t i = 0; i < t.structures.size(); ++i) {
                requireStructure(t.structures[i], sub(t.origin, "structures", i));
            }
            for (std::size_t i = 0; i < t.conditions.size(); ++i) {
                requireDefined("condition", t.conditions[i], sub(t.origin, "conditions", i));
            }
        }
        for (const auto& s : c_.selfCare) {
            define("self-care item", s.id, s.origin);
            checkTexts(s.texts);
            checkStatements(s.cautions);
            for (std::size_t i = 0; i < s.structures.size(); ++i) {
                requireStructure(s.structures[i], sub(s.origin, "structures", i));
            }
        }
    }

    const Content& c_;
    const KnownIds& ids_;
    const ValidationOptions& options_;
    std::map<std::string, std::map<std::string, ContentOrigin>> defined_;
    std::vector<ContentProblem> problems_;
};

} // namespace

namespace {
// Whether `ids` holds `bare` with both of the convention's side suffixes.
bool hasBothSides(const std::set<std::string, std::less<>>& ids, const std::string& bare) {
    return ids.count(bare + std::string(conventionSideSuffix(Side::Left))) > 0 &&
           ids.count(bare + std::string(conventionSideSuffix(Side::Right))) > 0;
}
} // namespace

bool KnownIds::contains(const std::set<std::string, std::less<>>& ids, std::string_view id) {
    if (ids.count(id) > 0) {
        return true;
    }
    return hasBothSides(ids, std::string(id));
}

std::set<std::string, std::less<>>
KnownIds::sideless(const std::set<std::string, std::less<>>& ids) {
    std::set<std::string, std::less<>> out;
    for (const auto& id : ids) {
        const std::string_view left = conventionSideSuffix(Side::Left);
        const std::string_view right = conventionSideSuffix(Side::Right);
        const bool sided = id.size() > left.size() && (id.ends_with(left) || id.ends_with(right));
        if (sided) {
            const std::string bare = id.substr(0, id.size() - left.size());
            if (hasBothSides(ids, bare)) {
                out.insert(bare);
                continue;
            }
        }
        out.insert(id);
    }
    return out;
}

std::vector<ContentProblem> validateContent(const Content& content, const KnownIds& ids,
                                            const ValidationOptions& options) {
    return Validator(content, ids, options).run();
}

ContentLoadResult loadAndValidateContent(const std::filesystem::path& contentDir,
                                         const KnownIds& ids, const ValidationOptions& options) {
    ContentLoadResult loaded = loadContent(contentDir);
    auto more = validateContent(loaded.content, ids, options);
    loaded.problems.insert(loaded.problems.end(), more.begin(), more.end());
    return loaded;
}

Content loadValidatedContent(const std::filesystem::path& contentDir, const KnownIds& ids,
                             const ValidationOptions& options) {
    ContentLoadResult loaded = loadAndValidateContent(contentDir, ids, options);
    if (!loaded.problems.empty()) {
        throw Error(formatProblems(loaded.problems));
    }
    return std::move(loaded.content);
}

} // namespace glutea
