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
    // Lines in reading order, for the panel and the state log ("Position: ..." and so on, the
    // labels taken from PlacementWords).
    std::vector<std::string> lines() const;
    std::vector<std::string> labels; // position, tool, direction, how long, pressure, feel
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

// The words describePlacement puts around the content's texts: English unless the caller passes
// them translated (the window's technique panel, from its catalogue: app/handout_words.h).
// `plain` texts are for patients, the others for students and therapists.
struct PlacementWords {
    std::string leftSide = "left side";
    std::string rightSide = "right side";
    std::string toolOr = " or "; // between the last two tools
    std::string noToolPlain = "No tool: your own body position";
    std::string noTool = "None (positional)";
    // How it moves.
    std::string stretchPlain =
        "Ease into the position until the muscle feels a gentle pull, then stay still";
    std::string stretch = "Lengthen the muscle along its fibres (arrows: the direction of pull)";
    std::string gunPlain = "Keep it moving slowly over the muscle, never resting on one spot";
    std::string gun = "Continuous slow passes over the muscle belly; never stationary";
    std::string rollerPlain = "Roll slowly up and down along the marked path";
    std::string roller = "Roll along the path, pausing on tender spots";
    std::string holdPlain = "Press still on the one spot, then let go slowly";
    std::string hold = "Static compression on the point; release slowly";
    std::string alongPlain = "Along the way the muscle runs";
    std::string along = "Along the fibres";
    std::string acrossPlain = "Across the muscle, a hand-width at a time";
    std::string across = "Across the fibres";
    std::string circularPlain = "In small, slow circles, moving on a little every few circles";
    std::string circular = "Circular, working through the area";
    std::string stillPlain = "Still, on one spot";
    std::string still = "Static";
    // How hard.
    std::string noPressure = "no pressure";
    std::string light = "light";
    std::string moderate = "moderate";
    std::string firm = "firm";
    std::string deep = "deep";
    std::string sustained = " (sustained)";
    std::string moving = " (moving)";
    // What to feel when the content has no principle for it.
    std::string goodPainFallback =
        "'Good pain' only: a deep, bearable ache; never sharp, shooting or radiating pain.";
    // The lines' labels.
    std::string position = "Position: %s";
    std::string tool = "Tool: %s";
    std::string direction = "Direction: %s";
    std::string howLong = "How long: %s";
    std::string pressure = "Pressure: %s";
    std::string feel = "You should feel: %s";
    DosageWords dosage; // "hold 20-30 s, 3-5 times"
};

// Every text of `words`, each once, for one loop to translate them all (the app) or check them
// (the tests); the pointers are into `words`.
std::vector<std::string*> textsOf(PlacementWords& words);

// `audience`: "patient", "student" or "therapist". `muscleName` is the structure's display name.
// The content's texts are taken in `language`, the words around them from `words`.
StepText describePlacement(const Content& content, const Technique& technique,
                           const TechniquePlacement& placement, Side side,
                           std::string_view audience, const std::string& muscleName,
                           const std::string& language = "en", const PlacementWords& words = {});

// "1-2 min", "20-30 s", "6-10": a range as people read it.
std::string rangeText(const Range& range, const char* unit);
// A placement's real time in seconds (ranges' midpoints: stroke x repetitions, hold x
// repetitions, or its duration), for the routine's dosage.
double placementSeconds(const TechniquePlacement& placement);

} // namespace glutea
