// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// `glutea handout -o FILE.pdf|FILE.png`: the take-home page for a patient (issue 11). Pictures are
// drawn headless by the same renderer as `glutea render`: the painted area, the likely muscle's
// pattern (complete still map) and each routine step's placement; report/ lays them out.
#include <filesystem>
#include <iosfwd>
#include <string>

#include "app/commands.h"

namespace CLI {
class App;
}

namespace glutea {

struct HandoutOptions {
    std::filesystem::path output; // .pdf or .png
    std::string muscle;           // --muscle ID (e.g. gluteus_medius_l)
    std::string painAt;           // --pain-at X,Y,Z[;...] (metres, atlas frame)
    double radiusCm = 3.0;        // the painting brush for --pain-at
    std::string routine;          // --routine ID; default: one that works on the muscle
    std::string paper = "a4";     // a4 or letter
    std::string clinic;           // --clinic NAME; default: the settings' clinic_name
    std::string date;             // --date TEXT; default: today
    std::string language = "en";  // --lang: the texts and the handout's own words (en, es)
};

CLI::App* addHandoutCommand(CLI::App& app, HandoutOptions& options);
int runHandout(const CommonOptions& common, const HandoutOptions& options, std::ostream& out);

} // namespace glutea
