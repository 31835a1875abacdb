// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// A take-home handout for a patient (issue 11): what the clinician showed, in plain words, on one
// or two printed pages. This header is the handout as data (texts and pictures); handout_text
// fills the texts from the content, app/handout renders the pictures, handout_pages lays it out
// with cairo and pango as PDF or PNG.
#include <string>
#include <vector>

#include "imaging/image.h"

namespace glutea {

enum class Paper { A4, Letter };
Paper parsePaper(const std::string& name); // "a4" or "letter"; throws glutea::Error otherwise

struct HandoutStep {
    int number = 0;     // 1..N as the routine lists them
    std::string title;  // the technique in plain words
    std::string how;    // the step's note, or the technique's summary
    std::string dosage; // "hold 20-30 s, 3-5 times"
    Image picture;      // where it is placed, rendered on the atlas
};

struct HandoutSource {
    std::string citation;
    std::string labels; // evidence labels of what it supports, in plain words
};

struct Handout {
    std::string clinic; // Settings: clinic_name; empty: none printed
    std::string date;   // as printed, "1 December 2026"
    std::string title;

    // Page 1: where it hurts, the likely muscle and its pattern.
    Image painDrawing;
    std::string painCaption;
    Image pattern;
    std::string patternCaption;
    bool patternNeural = false;            // a nerve's band (one legend entry) rather than zones
    std::string muscleName;                // "Gluteus medius"
    std::string why;                       // the muscle's patient text
    std::vector<std::string> otherMuscles; // other patterns that match the painted area
    std::vector<std::string> seeClinician; // red flags: see a doctor
    std::vector<std::string> emergency;    // red flags: emergency care now

    // Page 2: what helps.
    std::string routineName;
    std::string routineSummary;
    std::string warmUp;
    std::string dosage; // the whole routine: "about 9 min a side, a few times a week"
    std::vector<HandoutStep> steps;
    std::vector<std::string> cautions;
    std::vector<HandoutSource> sources;
};

// Legend texts, shared by the pages and tests.
inline constexpr const char* kEssentialLegend = "Where the pain is usually felt";
inline constexpr const char* kSpilloverLegend = "Where it can spread";
inline constexpr const char* kNeuralLegend = "Where nerve pain runs";
inline constexpr const char* kPaintedLegend = "Where you feel it";
inline constexpr const char* kCautionSustainedLegend =
    "Amber band: a nerve runs here. Do not press and hold on it.";
inline constexpr const char* kCautionDirectLegend =
    "Blue-grey: bone close under the skin. No direct pressure.";

} // namespace glutea
