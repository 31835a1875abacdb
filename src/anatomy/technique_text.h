// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// What a playing technique says, in the reader's register (patient, student, therapist): position,
// tool, direction, duration, pressure and what the person should feel. Built from the content
// (body position, tools, steps, ranges, the "good pain" principle), never invented here.
#include <string>
#include <string_view>
#include <vector>

#include "anatomy/content.h"
#include "anatomy/structure.h"
#include "anatomy/technique_player.h"

namespace glutea {

struct StepText {
    std::string title;              // "Effleurage on the gluteus maximus, left side"
    std::string position;           // body position
    std::string tool;               // "palms or fingertips"
    std::string direction;          // how it moves relative to the fibres
    std::string duration;           // "3-5 s a stroke, 6-10 times" / "hold 20-30 s"
    std::string pressure;           // "light", "moderate", "firm", "deep" (or "no pressure")
    std::string feel;               // what to feel: good pain, never sharp, shooting or radiating
    std::vector<std::string> steps; // the technique's own steps
    std::vector<std::string> cautions; // its cautions
    // Lines in reading order, for the panel and the state log.
    std::vector<std::string> lines() const;
};

// How long and how often, in words: English unless the caller passes them translated (the
// handout, from the window's catalogue: report/handout_words.h). Each %s is a range ("20-30 s").
struct DosageWords {
    std::string hold = "hold %s";
    std::string stroke = "%s a stroke";
    std::string circle = "%s a circle";
    std::string inAll = "%s in all";         // a duration, to a patient
    std::string perMuscle = "%s per muscle"; // ... to a student or therapist
    std::string times = "%s times";          // repetitions
};

// `audience`: "patient", "student" or "therapist". `muscleName` is the structure's display name.
// The content's texts are taken in `language`, the duration in `dosage`'s words.
StepText describePlacement(const Content& content, const Technique& technique,
                           const TechniquePlacement& placement, Side side,
                           std::string_view audience, const std::string& muscleName,
                           const std::string& language = "en", const DosageWords& dosage = {});

// "1-2 min", "20-30 s", "6-10": a range as people read it.
std::string rangeText(const Range& range, const char* unit);
// A placement's real time in seconds (ranges' midpoints: stroke x repetitions, hold x
// repetitions, or its duration), for the routine's dosage.
double placementSeconds(const TechniquePlacement& placement);

} // namespace glutea
