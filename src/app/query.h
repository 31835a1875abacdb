// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// `glutea query ...`: machine-readable answers about the content as resolved on the atlas, for
// tests and other tools (issue 4). Kept apart from cli.cpp so the subcommand tree stays readable.
#include <iosfwd>
#include <string>

#include "app/commands.h"

namespace CLI {
class App;
}

namespace glutea {

struct QueryOptions {
    std::string structureId; // query structure ID
    std::string routineId;   // query routine ID
    std::string audience;    // patient, student, therapist; empty: all three
    std::string muscle;      // query referral / techniques --muscle
    std::string at;          // query referral --at X,Y,Z (metres, atlas frame)
    std::string side;        // left, right; default: from --at's x, else left
    double radiusCm = 2.0;   // query referral --at: the brush painted around the point
    // --lang: the texts in this language, English where the content has none.
    std::string language = "en";
    bool json = false;
};

struct QueryCommand {
    CLI::App* query = nullptr;
    CLI::App* structure = nullptr;
    CLI::App* referral = nullptr;
    CLI::App* techniques = nullptr;
    CLI::App* routine = nullptr;
};

QueryCommand addQueryCommand(CLI::App& app, QueryOptions& options);
int runQuery(const CommonOptions& common, const QueryCommand& command, const QueryOptions& options,
             std::ostream& out);

} // namespace glutea
