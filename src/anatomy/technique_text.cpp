// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "anatomy/technique_text.h"

#include <cmath>
#include <sstream>

#include "base/text.h"

namespace glutea {
namespace {

std::string number(double v) {
    std::ostringstream s;
    if (std::abs(v - std::round(v)) < 1e-6) {
        s << static_cast<long>(std::round(v));
    } else {
        s.precision(2);
        s << v;
    }
    return s.str();
}

std::string joinTools(const Technique& t, const std::string& language, const PlacementWords& w) {
    std::string out;
    for (std::size_t i = 0; i < t.tools.size(); ++i) {
        out += (i == 0                    ? ""
                : i + 1 == t.tools.size() ? w.toolOr
                                          : std::string(", ")) +
               t.tools[i].get(language);
    }
    return out;
}

const CautionPrinciple* findPrinciple(const Content& c, std::string_view id) {
    for (const auto& p : c.principles) {
        if (p.id == id) {
            return &p;
        }
    }
    return nullptr;
}

const std::string& directionText(const TechniquePlacement& p, Motion motion, bool plain,
                                 const PlacementWords& w) {
    switch (motion) {
    case Motion::Stretch:
        return plain ? w.stretchPlain : w.stretch;
    case Motion::Gun:
        return plain ? w.gunPlain : w.gun;
    case Motion::Roller:
        return plain ? w.rollerPlain : w.roller;
    case Motion::Ball:
    case Motion::RollerHold:
    case Motion::Hold:
        return plain ? w.holdPlain : w.hold;
    default:
        break;
    }
    switch (p.direction) {
    case FibreDirection::Along:
        return plain ? w.alongPlain : w.along;
    case FibreDirection::Across:
        return plain ? w.acrossPlain : w.across;
    case FibreDirection::Circular:
        return plain ? w.circularPlain : w.circular;
    case FibreDirection::Static:
        break;
    }
    return plain ? w.stillPlain : w.still;
}

const std::string& pressureText(Pressure pressure, const PlacementWords& w) {
    switch (pressure) {
    case Pressure::None:
        return w.noPressure;
    case Pressure::Light:
        return w.light;
    case Pressure::Moderate:
        return w.moderate;
    case Pressure::Firm:
        return w.firm;
    case Pressure::Deep:
        break;
    }
    return w.deep;
}

// "hold 20-30 s, 3-5 times": the placement's ranges in `words`.
std::string durationText(const TechniquePlacement& p, Motion motion, bool plain,
                         const DosageWords& words) {
    std::vector<std::string> parts;
    if (p.holdS) {
        parts.push_back(fillIn(words.hold, {rangeText(*p.holdS, "s")}));
    }
    if (p.strokeS) {
        parts.push_back(fillIn(motion == Motion::Circles ? words.circle : words.stroke,
                               {rangeText(*p.strokeS, "s")}));
    }
    if (p.durationS) {
        parts.push_back(
            fillIn(plain ? words.inAll : words.perMuscle, {rangeText(*p.durationS, "s")}));
    }
    if (p.repetitions) {
        parts.push_back(fillIn(words.times, {rangeText(*p.repetitions, "")}));
    }
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        out += (i ? ", " : "") + parts[i];
    }
    return out;
}

} // namespace

std::string rangeText(const Range& r, const char* unit) {
    if (std::string(unit) == "s" && r.min >= 60.0 && std::fmod(r.min, 60.0) == 0.0 &&
        std::fmod(r.max, 60.0) == 0.0) {
        return rangeText({r.min / 60.0, r.max / 60.0}, "min");
    }
    const std::string u = *unit ? std::string(" ") + unit : "";
    if (r.min == r.max) {
        return number(r.min) + u;
    }
    return number(r.min) + "-" + number(r.max) + u;
}

double placementSeconds(const TechniquePlacement& p) {
    auto midOf = [](const std::optional<Range>& r, double fallback) {
        return r ? 0.5 * (r->min + r->max) : fallback;
    };
    if (p.durationS) {
        return midOf(p.durationS, 60.0);
    }
    const double reps = midOf(p.repetitions, 1.0);
    if (p.holdS) {
        return midOf(p.holdS, 30.0) * reps;
    }
    return midOf(p.strokeS, 4.0) * reps;
}

StepText describePlacement(const Content& content, const Technique& t, const TechniquePlacement& p,
                           Side side, std::string_view audience, const std::string& muscleName,
                           const std::string& language, const PlacementWords& words) {
    const bool plain = audience == "patient";
    const bool therapist = audience == "therapist";
    const Motion motion = motionOf(t, p);
    StepText s;
    const std::string& sideName = side == Side::Right ? words.rightSide : words.leftSide;
    s.title = t.name.get(language) + " - " + muscleName + ", " + sideName;
    s.position = (plain ? t.patientBodyPosition : t.bodyPosition).get(language);
    s.tool = t.tools.empty() ? (plain ? words.noToolPlain : words.noTool)
                             : joinTools(t, language, words);
    s.direction = directionText(p, motion, plain, words);
    s.duration = durationText(p, motion, plain, words.dosage);
    s.pressure = pressureText(p.pressure, words);
    if (therapist && p.pressure != Pressure::None) {
        s.pressure += p.sustained ? words.sustained : words.moving;
    }
    // What to feel is content (cautions.json principles), in the reader's register.
    const auto principleText = [&](const char* id) -> std::string {
        const CautionPrinciple* pr = findPrinciple(content, id);
        return pr ? pr->text.text.get(language) : std::string();
    };
    const CautionPrinciple* good = findPrinciple(content, "good_pain_only");
    const std::string stretchFeel = principleText(plain ? "stretch_feel" : "stretch_feel_clinical");
    if (motion == Motion::Stretch && !stretchFeel.empty()) {
        s.feel = stretchFeel;
    } else if (good) {
        s.feel = good->text.text.get(language);
        const bool holds =
            motion == Motion::Hold || motion == Motion::Ball || motion == Motion::RollerHold;
        const std::string scale = principleText("compression_scale");
        if (therapist && holds && !scale.empty()) {
            s.feel += " " + scale;
        }
    } else {
        s.feel = words.goodPainFallback;
    }
    // Patients read the plain-words steps when the content has them.
    for (const auto& step : plain && !t.patientSteps.empty() ? t.patientSteps : t.steps) {
        s.steps.push_back(step.get(language));
    }
    for (const auto& c : plain ? t.patientCautions : t.cautions) {
        s.cautions.push_back(c.text.get(language));
    }
    s.labels = {words.position, words.tool,     words.direction,
                words.howLong,  words.pressure, words.feel};
    return s;
}

std::vector<std::string> StepText::lines() const {
    const PlacementWords english;
    const auto label = [&](std::size_t i, const std::string& fallback, const std::string& text) {
        return fillIn(i < labels.size() ? labels[i] : fallback, {text});
    };
    std::vector<std::string> out = {title, label(0, english.position, position),
                                    label(1, english.tool, tool),
                                    label(2, english.direction, direction)};
    if (!duration.empty()) {
        out.push_back(label(3, english.howLong, duration));
    }
    out.push_back(label(4, english.pressure, pressure));
    out.push_back(label(5, english.feel, feel));
    return out;
}

std::vector<std::string*> textsOf(PlacementWords& w) {
    DosageWords& d = w.dosage;
    return {&w.leftSide,
            &w.rightSide,
            &w.toolOr,
            &w.noToolPlain,
            &w.noTool,
            &w.stretchPlain,
            &w.stretch,
            &w.gunPlain,
            &w.gun,
            &w.rollerPlain,
            &w.roller,
            &w.holdPlain,
            &w.hold,
            &w.alongPlain,
            &w.along,
            &w.acrossPlain,
            &w.across,
            &w.circularPlain,
            &w.circular,
            &w.stillPlain,
            &w.still,
            &w.noPressure,
            &w.light,
            &w.moderate,
            &w.firm,
            &w.deep,
            &w.sustained,
            &w.moving,
            &w.goodPainFallback,
            &w.position,
            &w.tool,
            &w.direction,
            &w.howLong,
            &w.pressure,
            &w.feel,
            &d.hold,
            &d.stroke,
            &d.circle,
            &d.inAll,
            &d.perMuscle,
            &d.times};
}

} // namespace glutea
