// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// What a student has learnt, kept between sessions (progress.json, see docs/STUDENT.md): per
// question key the right and wrong answers and the current run of right ones. Three right in a
// row: mastered; a miss not yet made good twice: to revise (asked first in the next round).
#include <map>
#include <string>
#include <vector>

#include "anatomy/quiz_round.h"

namespace glutea {

struct KeyProgress {
    int right = 0;
    int wrong = 0;
    int run = 0; // right answers in a row, up to now
};

struct QuizProgress {
    static constexpr int kMasteredRun = 3;
    static constexpr int kRevisedRun = 2;

    std::map<std::string, KeyProgress> keys;
    int rounds = 0;
    int bestScore = 0;

    void record(const std::string& key, bool correct);
    // Each answer is recorded as it is given (a round left half-way still counts); a finished
    // round adds to the count and the best score.
    void finishRound(int score);
    std::vector<std::string> mastered() const;
    // Most-missed first.
    std::vector<std::string> toRevise() const;

    std::string toJson() const;
    // Throws glutea::Error naming `file` and what is wrong.
    static QuizProgress fromJson(const std::string& text, const std::string& file);
};

} // namespace glutea
