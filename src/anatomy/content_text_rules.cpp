// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "anatomy/content_text_rules.h"

#include <algorithm>
#include <cctype>
#include <regex>
#include <sstream>

#include "anatomy/content_plain_language.h"
#include "base/text.h"

namespace glutea {
namespace {

ContentOrigin sub(const ContentOrigin& origin, std::string_view key) {
    return {origin.file, appendPointer(origin.pointer, key)};
}
ContentOrigin sub(const ContentOrigin& origin, std::string_view key, std::size_t i) {
    return {origin.file, appendPointer(appendPointer(origin.pointer, key), i)};
}

// Body parts and hand shapes a therapist presses with, by the stem the text uses.
const std::vector<std::string>& bodyToolStems() {
    static const std::vector<std::string> stems = {"thumb", "knuckle", "elbow",    "forearm",
                                                   "fist",  "palm",    "fingertip"};
    return stems;
}

class TextRules {
  public:
    TextRules(const Content& c, const ValidationOptions& o) : c_(c), options_(o) {}

    std::vector<ContentProblem> run() {
        for (const auto& s : c_.structures) {
            checkRegisters(s.texts, s.origin, false);
            for (const auto& note : s.patientNotes) {
                plain(note.text, sub(note.origin, "text"));
            }
        }
        for (const auto& d : c_.conditions) {
            checkRegisters(d.texts, d.origin, true);
        }
        for (const auto& p : c_.referralPatterns) {
            checkRegisters(p.texts, p.origin, true);
            for (const auto& z : p.zones) {
                checkRegisters(z.texts, z.origin, true);
            }
        }
        for (const auto& z : c_.cautionZones) {
            checkRegisters(z.texts, z.origin, true);
            plain(z.patientName, sub(z.origin, "patient_name"));
        }
        for (const auto& p : c_.principles) {
            plain(p.text.text, sub(p.text.origin, "text"));
        }
        for (const auto& f : c_.redFlags) {
            plain(f.text.text, sub(f.text.origin, "text"));
        }
        for (const auto& t : c_.techniques) {
            checkRegisters(t.texts, t.origin, true);
            for (std::size_t i = 0; i < t.patientSteps.size(); ++i) {
                plain(t.patientSteps[i], sub(t.origin, "patient_steps", i));
            }
            plain(t.patientBodyPosition, sub(t.origin, "patient_body_position"));
            for (std::size_t i = 0; i < t.patientCautions.size(); ++i) {
                plain(t.patientCautions[i].text, sub(sub(t.origin, "patient_cautions", i), "text"));
            }
            checkHoldTimes(t);
            checkToolWords(t);
        }
        for (const auto& r : c_.routines) {
            checkRegisters(r.texts, r.origin, true);
            checkRoutineFlags(r);
        }
        for (const auto& t : c_.clinicalTests) {
            checkRegisters(t.texts, t.origin, true);
        }
        for (const auto& s : c_.selfCare) {
            checkRegisters(s.texts, s.origin, true);
        }
        return std::move(problems_);
    }

  private:
    void report(const ContentOrigin& at, std::string message) {
        problems_.push_back(c_.problemAt(at, std::move(message)));
    }

    // A patient text: plain words, short sentences, at most maxPatientWords in all.
    void plain(const LocalizedText& text, const ContentOrigin& at) {
        auto it = text.byLanguage.find("en");
        if (it == text.byLanguage.end()) {
            return;
        }
        const ContentOrigin en = sub(at, "en");
        for (const auto& problem : plainLanguageProblems(it->second)) {
            report(en, "patient text " + problem + " (say it in everyday words)");
        }
        if (std::string tooLong = patientLengthProblem(it->second, options_); !tooLong.empty()) {
            report(en, std::move(tooLong));
        }
    }

    void checkRegisters(const RegisterTexts& texts, const ContentOrigin& owner, bool needPatient) {
        auto it = texts.find("patient");
        if (it == texts.end()) {
            if (needPatient) {
                report(owner, "has no patient text (\"texts\": {\"patient\": ...}): every text "
                              "shown to a patient needs one in plain words");
            }
            return;
        }
        // Structures' word count is the validator's older rule; the words are checked here.
        plainWordsOnly(it->second.text, sub(it->second.origin, "text"),
                       /*countAll=*/needPatient);
    }
    void plainWordsOnly(const LocalizedText& text, const ContentOrigin& at, bool countAll) {
        if (countAll) {
            plain(text, at);
            return;
        }
        auto it = text.byLanguage.find("en");
        if (it == text.byLanguage.end()) {
            return;
        }
        for (const auto& problem : plainLanguageProblems(it->second)) {
            report(sub(at, "en"), "patient text " + problem + " (say it in everyday words)");
        }
    }

    // "hold 20-30 s", "held for 30-60 seconds": each range the technique's words give for a hold
    // must be the hold_s of one of its placements.
    void checkHoldTimes(const Technique& t) {
        static const std::regex hold(
            R"((?:hold|held|holds|holding)[^.;]*?(\d+)\s*-\s*(\d+)\s*(?:s\b|sec))",
            std::regex::icase);
        auto check = [&](const LocalizedText& text, const ContentOrigin& at) {
            auto it = text.byLanguage.find("en");
            if (it == text.byLanguage.end()) {
                return;
            }
            for (std::sregex_iterator m(it->second.begin(), it->second.end(), hold), end; m != end;
                 ++m) {
                const double lo = std::stod((*m)[1]), hi = std::stod((*m)[2]);
                const bool matches =
                    std::any_of(t.placements.begin(), t.placements.end(), [&](const auto& p) {
                        return p.holdS && p.holdS->min == lo && p.holdS->max == hi;
                    });
                if (!matches) {
                    report(sub(at, "en"),
                           "the text says hold " + (*m)[1].str() + "-" + (*m)[2].str() +
                               " s but no placement of technique \"" + t.id + "\" has that hold_s");
                }
            }
        };
        check(t.summary, sub(t.origin, "summary"));
        for (std::size_t i = 0; i < t.steps.size(); ++i) {
            check(t.steps[i], sub(t.origin, "steps", i));
        }
        for (std::size_t i = 0; i < t.patientSteps.size(); ++i) {
            check(t.patientSteps[i], sub(t.origin, "patient_steps", i));
        }
        for (std::size_t i = 0; i < t.cautions.size(); ++i) {
            check(t.cautions[i].text, sub(sub(t.origin, "cautions", i), "text"));
        }
        for (std::size_t i = 0; i < t.patientCautions.size(); ++i) {
            check(t.patientCautions[i].text, sub(sub(t.origin, "patient_cautions", i), "text"));
        }
    }

    // A body tool named in the steps (knuckles, forearm, elbow...) is one of the tools.
    void checkToolWords(const Technique& t) {
        std::string tools;
        for (const auto& tool : t.tools) {
            tools += asciiLower(tool.get()) + " ";
        }
        for (std::size_t i = 0; i < t.steps.size(); ++i) {
            const std::string step = asciiLower(t.steps[i].get());
            for (const auto& stem : bodyToolStems()) {
                if (step.find(stem) != std::string::npos && tools.find(stem) == std::string::npos) {
                    report(sub(sub(t.origin, "steps", i), "en"),
                           "the step names \"" + stem + "\" but technique \"" + t.id +
                               "\" does not list it among its tools");
                }
            }
        }
    }

    void checkRoutineFlags(const Routine& r) {
        if (r.redFlags.empty()) {
            report(r.origin, "routine \"" + r.id +
                                 "\" names no red flags (\"red_flags\"): every routine shown to "
                                 "a patient lists the red flags to check first");
        }
        for (std::size_t i = 0; i < r.redFlags.size(); ++i) {
            if (c_.findRedFlag(r.redFlags[i]) == nullptr && !c_.redFlags.empty()) {
                report(sub(r.origin, "red_flags", i), "unknown red flag \"" + r.redFlags[i] + "\"");
            }
        }
        for (const auto& q : r.screening) {
            if (c_.findRedFlag(q.redFlag) == nullptr && !c_.redFlags.empty()) {
                report(sub(q.origin, "red_flag"), "unknown red flag \"" + q.redFlag + "\"");
            }
            plain(q.question, sub(q.origin, "question"));
            plain(q.ifYes, sub(q.origin, "if_yes"));
        }
        if (r.audience == "self") {
            plain(r.summary, sub(r.origin, "summary"));
            for (const auto& step : r.steps) {
                plain(step.note, sub(step.origin, "note"));
            }
        }
    }

    const Content& c_;
    const ValidationOptions& options_;
    std::vector<ContentProblem> problems_;
};

} // namespace

std::string patientLengthProblem(std::string_view text, const ValidationOptions& options) {
    const std::size_t words = countWords(text);
    if (words <= options.maxPatientWords) {
        return "";
    }
    return "patient text has " + std::to_string(words) + " words; keep it to " +
           std::to_string(options.maxPatientWords) + " or fewer";
}

std::vector<ContentProblem> checkContentTexts(const Content& content,
                                              const ValidationOptions& options) {
    return TextRules(content, options).run();
}

} // namespace glutea
