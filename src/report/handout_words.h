// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The handout's own words, around the content's texts: its title, headings, legends, captions,
// the evidence labels and how the dosage is phrased. English here; the app passes them
// translated from its catalogue (app/handout_words.h), as anatomy/quiz.h's QuizWords. Each %s or
// %d is filled in order by fillIn (base/text.h), so a translation must keep the English's
// conversions (the catalogue test checks every one).
#include <array>
#include <string>
#include <vector>

#include "anatomy/technique_text.h"
#include "report/handout.h"

namespace glutea {

struct HandoutWords {
    // The texts (handout_text).
    std::string title = "Your pain: where it comes from and what helps";
    std::string patternCaption = "Where the %s sends pain";           // the muscle
    std::string patternCaptionSided = "Where the %s sends pain (%s)"; // ... and its side
    std::string leftSide = "left side";
    std::string rightSide = "right side";
    // A therapist's routine: its summary is written for the therapist.
    std::string therapistRoutine = "Your therapist does these steps with you, in this order.";
    std::string routineDosage = "about %d min a side (the steps' times), a few times a week";
    DosageWords stepDosage; // each step's "hold 20-30 s, 3-5 times"
    // The evidence labels of the sources, in plain words.
    std::string evidenceAnatomy = "textbook anatomy";
    std::string evidenceObserved = "what clinicians have observed (still debated)";
    std::string evidencePractitioners = "advice from massage practitioners";
    std::string evidenceSafety = "safety advice";

    // The pictures' captions (app/handout_pictures).
    std::string painCaption = "Where you feel it";
    std::string markPainCaption = "Mark where you feel it";
    std::string noPainMap = " (no pain map in this atlas)"; // after the pattern's caption

    // The pages (handout_pages).
    std::string essentialLegend = kEssentialLegend;
    std::string spilloverLegend = kSpilloverLegend;
    std::string neuralLegend = kNeuralLegend;
    std::string paintedLegend = kPaintedLegend;
    std::string cautionSustainedLegend = kCautionSustainedLegend;
    std::string cautionDirectLegend = kCautionDirectLegend;
    std::string likelyCause = "What is likely causing it";
    std::string mostLikely = "Most likely: the %s.";
    std::string otherMuscles = "Other muscles that can cause pain in the same place: %s.";
    std::string whatHelps = "What helps: %s"; // the routine's name
    std::string howMuch = "How much: %s.";
    std::string beforeYouStart = "Before you start: %s";
    std::string takeCare = "Take care";
    std::string seeADoctor = "When to see a doctor";
    std::string stopAndSee = "Stop and see your doctor or therapist if any of these apply:";
    std::string emergency = "Get emergency care now if:";
    std::string sources = "Where this comes from";

    // The date printed when none is given (app/handout): day, month's name, year.
    std::string date = "%d %s %d";
    std::array<std::string, 12> months = {"January",   "February", "March",    "April",
                                          "May",       "June",     "July",     "August",
                                          "September", "October",  "November", "December"};
};

// Every text of `words`, each once, for one loop to translate them all (the app) or check them
// (the tests); the pointers are into `words`.
std::vector<std::string*> textsOf(HandoutWords& words);

} // namespace glutea
