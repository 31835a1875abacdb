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

std::string joinTools(const Technique& t, const std::string& language) {
    std::string out;
    for (std::size_t i = 0; i < t.tools.size(); ++i) {
        out += (i == 0 ? "" : i + 1 == t.tools.size() ? " or " : ", ") + t.tools[i].get(language);
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

std::string directionText(const TechniquePlacement& p, Motion motion, bool plain) {
    switch (motion) {
    case Motion::Stretch:
        return plain
                   ? "Ease into the position until the muscle feels a gentle pull, then stay still"
                   : "Lengthen the muscle along its fibres (arrows: the direction of pull)";
    case Motion::Gun:
        return plain ? "Keep it moving slowly over the muscle, never resting on one spot"
                     : "Continuous slow passes over the muscle belly; never stationary";
    case Motion::Roller:
        return plain ? "Roll slowly up and down along the marked path"
                     : "Roll along the path, pausing on tender spots";
    case Motion::Ball:
    case Motion::RollerHold:
    case Motion::Hold:
        return plain ? "Press still on the one spot, then let go slowly"
                     : "Static compression on the point; release slowly";
    default:
        break;
    }
    switch (p.direction) {
    case FibreDirection::Along:
        return plain ? "Along the way the muscle runs" : "Along the fibres";
    case FibreDirection::Across:
        return plain ? "Across the muscle, a hand-width at a time" : "Across the fibres";
    case FibreDirection::Circular:
        return plain ? "In small, slow circles, moving on a little every few circles"
                     : "Circular, working through the area";
    case FibreDirection::Static:
        break;
    }
    return plain ? "Still, on one spot" : "Static";
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
                           const std::string& language, const DosageWords& dosage) {
    const bool plain = audience == "patient";
    const bool therapist = audience == "therapist";
    const Motion motion = motionOf(t, p);
    StepText s;
    const char* sideName = side == Side::Right ? "right side" : "left side";
    s.title = t.name.get(language) + " - " + muscleName + ", " + sideName;
    s.position = t.bodyPosition.get(language);
    s.tool = t.tools.empty() ? (plain ? "No tool: your own body position" : "None (positional)")
                             : joinTools(t, language);
    s.direction = directionText(p, motion, plain);
    s.duration = durationText(p, motion, plain, dosage);
    s.pressure = p.pressure == Pressure::None ? "no pressure" : pressureName(p.pressure);
    if (therapist && p.pressure != Pressure::None) {
        s.pressure += p.sustained ? " (sustained)" : " (moving)";
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
        s.feel =
            "'Good pain' only: a deep, bearable ache; never sharp, shooting or radiating pain.";
    }
    // Patients read the plain-words steps when the content has them.
    for (const auto& step : plain && !t.patientSteps.empty() ? t.patientSteps : t.steps) {
        s.steps.push_back(step.get(language));
    }
    for (const auto& c : t.cautions) {
        s.cautions.push_back(c.text.get(language));
    }
    return s;
}

std::vector<std::string> StepText::lines() const {
    std::vector<std::string> out = {title, "Position: " + position, "Tool: " + tool,
                                    "Direction: " + direction};
    if (!duration.empty()) {
        out.push_back("How long: " + duration);
    }
    out.push_back("Pressure: " + pressure);
    out.push_back("You should feel: " + feel);
    return out;
}

} // namespace glutea
