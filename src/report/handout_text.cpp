// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "report/handout_text.h"

#include <algorithm>
#include <map>
#include <set>

#include "anatomy/routine_player.h"
#include "anatomy/technique_text.h"
#include "base/error.h"
#include "base/text.h"

namespace glutea {

namespace {

// Collects, per source id, the plain evidence labels of what the handout says from it.
class SourceList {
  public:
    explicit SourceList(const HandoutWords& words) : words_(words) {}

    void add(const std::string& source, Evidence evidence) {
        if (!source.empty()) {
            labels_[source].insert(plainEvidence(evidence, words_));
            if (std::find(order_.begin(), order_.end(), source) == order_.end()) {
                order_.push_back(source);
            }
        }
    }
    void add(const Statement& s) { add(s.source, s.evidence); }

    std::vector<HandoutSource> resolve(const Content& content) const {
        std::vector<HandoutSource> out;
        for (const auto& id : order_) {
            const Source* source = content.findSource(id);
            if (source == nullptr) {
                continue; // the validator reports unknown sources; the handout prints none
            }
            HandoutSource s{source->citation, {}};
            for (const auto& label : labels_.at(id)) {
                s.labels += (s.labels.empty() ? "" : "; ") + label;
            }
            out.push_back(std::move(s));
        }
        return out;
    }

  private:
    const HandoutWords& words_;
    std::vector<std::string> order_;
    std::map<std::string, std::set<std::string>> labels_;
};

bool worksOn(const Content& content, const Routine& routine, const std::string& structureId) {
    return std::any_of(routine.steps.begin(), routine.steps.end(), [&](const RoutineStep& s) {
        const TechniquePlacement* p = content.findPlacement(s.placement);
        return p && p->structure == structureId;
    });
}

std::string nameOf(const Content& content, const std::string& structureId,
                   const std::string& language) {
    const StructureInfo* info = content.findStructure(structureId);
    return info ? info->name.get(language) : structureId;
}

// "Where the Gluteus medius sends pain (left side)"; without a side when it has none.
std::string patternCaption(const std::string& muscleName, Side side, const HandoutWords& words) {
    if (side == Side::None) {
        return fillIn(words.patternCaption, {muscleName});
    }
    return fillIn(words.patternCaptionSided,
                  {muscleName, side == Side::Right ? words.rightSide : words.leftSide});
}

void pushUnique(std::vector<std::string>& list, const std::string& text) {
    if (!text.empty() && std::find(list.begin(), list.end(), text) == list.end()) {
        list.push_back(text);
    }
}

} // namespace

std::string plainEvidence(Evidence evidence, const HandoutWords& words) {
    switch (evidence) {
    case Evidence::Anatomy:
        return words.evidenceAnatomy;
    case Evidence::ClinicalObservation:
        return words.evidenceObserved;
    case Evidence::PractitionerAdvice:
        return words.evidencePractitioners;
    case Evidence::Safety:
        break;
    }
    return words.evidenceSafety;
}

const Routine* routineForStructure(const Content& content, const std::string& structureId) {
    // Among the routines that work on it: one whose conditions name its pattern first, then a
    // self-help one (the handout goes home with the patient), then the one with the most
    // steps on it (the piriformis: the sciatic-like routine, not a stretch at the end of another).
    auto namesPattern = [&](const Routine& r) {
        for (const auto& id : r.conditions) {
            for (const auto& c : content.conditions) {
                for (const auto& patternId :
                     c.id == id ? c.referralPatterns : std::vector<std::string>{}) {
                    for (const auto& p : content.referralPatterns) {
                        if (p.id == patternId && p.structure == structureId) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    };
    const Routine* best = nullptr;
    int bestScore = -1;
    for (const auto& r : content.routines) {
        if (!worksOn(content, r, structureId)) {
            continue;
        }
        const auto onIt = std::count_if(r.steps.begin(), r.steps.end(), [&](const RoutineStep& s) {
            const TechniquePlacement* p = content.findPlacement(s.placement);
            return p && p->structure == structureId;
        });
        const int score =
            (namesPattern(r) ? 1000 : 0) + (r.audience == "self" ? 100 : 0) + int(onIt);
        if (score > bestScore) {
            best = &r;
            bestScore = score;
        }
    }
    return best;
}

std::string structureForRoutine(const Content& content, const Routine& routine) {
    // The first pattern its conditions name that its steps work on (piriformis for sciatic-like
    // pain), else the first step's muscle with a pattern.
    for (const auto& id : routine.conditions) {
        for (const auto& c : content.conditions) {
            if (c.id != id) {
                continue;
            }
            for (const auto& patternId : c.referralPatterns) {
                for (const auto& p : content.referralPatterns) {
                    if (p.id == patternId && p.kind != "neural" &&
                        worksOn(content, routine, p.structure)) {
                        return p.structure;
                    }
                }
            }
        }
    }
    for (const auto& s : routine.steps) {
        const TechniquePlacement* p = content.findPlacement(s.placement);
        if (p && content.findReferral(p->structure)) {
            return p->structure;
        }
    }
    return {};
}

Handout handoutTexts(const Content& content, const HandoutSubject& subject,
                     const std::string& language, const HandoutWords& words) {
    Handout h;
    SourceList sources(words);
    h.title = words.title;
    if (!subject.structureId.empty()) {
        const StructureInfo* info = content.findStructure(subject.structureId);
        h.muscleName = nameOf(content, subject.structureId, language);
        h.patternCaption = patternCaption(h.muscleName, subject.side, words);
        if (info) {
            if (const Statement* patient = findRegister(info->texts, "patient")) {
                h.why = patient->text.get(language);
                sources.add(*patient);
            }
        }
        if (const ReferralPattern* pattern = content.findReferral(subject.structureId)) {
            h.patternNeural = pattern->kind == "neural";
            sources.add(pattern->summary);
            for (const auto& z : pattern->zones) {
                sources.add(z.description);
            }
        }
    }
    for (const auto& other : subject.otherStructures) {
        pushUnique(h.otherMuscles, nameOf(content, other, language));
    }
    for (const auto& flag : content.redFlags) {
        auto& list = flag.action == RedFlagAction::Emergency ? h.emergency : h.seeClinician;
        list.push_back(flag.text.text.get(language));
        sources.add(flag.text);
    }
    if (subject.routine) {
        const Routine& routine = *subject.routine;
        const RoutinePlayer player(content, routine, true);
        h.routineName = routine.name.get(language);
        // A therapist's routine is written for the therapist (anatomy terms): the patient reads
        // who does it and, per step, the technique's own patient text.
        const bool self = routine.audience == "self";
        h.routineSummary = self ? routine.summary.get(language) : words.therapistRoutine;
        h.warmUp = routine.warmUp.get(language);
        // The player's minutes, in the handout's words (its own text is English).
        h.dosage =
            fillIn(words.routineDosage, {std::to_string(int(player.dosage().minutesPerSide))});
        sources.add(routine.source, routine.evidence);
        for (const auto& id : routine.principles) {
            const auto it = std::find_if(content.principles.begin(), content.principles.end(),
                                         [&](const CautionPrinciple& p) { return p.id == id; });
            if (it != content.principles.end()) {
                pushUnique(h.cautions, it->text.text.get(language));
                sources.add(it->text);
            }
        }
        PlacementWords stepWords; // only the dosage of each step is printed
        stepWords.dosage = words.stepDosage;
        for (const auto& segment : player.segments()) {
            if (!segment.placement || !segment.technique || !segment.routineStep) {
                continue; // the warm-up has its own line
            }
            const Technique& t = *segment.technique;
            const StepText text = describePlacement(
                content, t, *segment.placement, subject.side, "patient",
                nameOf(content, segment.placement->structure, language), language, stepWords);
            HandoutStep step;
            step.number = segment.step;
            step.title = t.name.get(language);
            const std::string note = stepNote(routine, *segment.routineStep, "patient", language);
            const Statement* plain = findRegister(t.texts, "patient");
            const std::string summary = (plain ? plain->text : t.summary).get(language);
            step.how = note.empty() ? summary : note;
            step.dosage = text.duration;
            h.steps.push_back(std::move(step));
            sources.add(t.source, t.evidence);
            // The technique's own cautions are the therapist's words; the patient reads each of
            // its caution zones' "why" in the patient register.
            for (const auto& id : t.cautionZones) {
                const CautionZone* zone = content.findCautionZone(id);
                if (zone == nullptr) {
                    continue;
                }
                const Statement* patient = findRegister(zone->texts, "patient");
                const Statement& why = patient ? *patient : zone->why;
                pushUnique(h.cautions, why.text.get(language)); // its name is anatomy, not plain
                sources.add(why);
            }
        }
    }
    h.sources = sources.resolve(content);
    return h;
}

Paper parsePaper(const std::string& name) {
    if (name == "a4") {
        return Paper::A4;
    }
    if (name == "letter") {
        return Paper::Letter;
    }
    throw Error("--paper: \"" + name + "\" is not a paper size; expected a4 or letter");
}

} // namespace glutea
