// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "anatomy/quiz_progress.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "base/error.h"

namespace glutea {

void QuizProgress::record(const std::string& key, bool correct) {
    KeyProgress& k = keys[key];
    if (correct) {
        ++k.right;
        ++k.run;
    } else {
        ++k.wrong;
        k.run = 0;
    }
}

void QuizProgress::finishRound(int score) {
    ++rounds;
    bestScore = std::max(bestScore, score);
}

std::vector<std::string> QuizProgress::mastered() const {
    std::vector<std::string> out;
    for (const auto& [key, k] : keys) {
        if (k.run >= kMasteredRun) {
            out.push_back(key);
        }
    }
    return out;
}

std::vector<std::string> QuizProgress::toRevise() const {
    std::vector<std::pair<std::string, KeyProgress>> missed;
    for (const auto& [key, k] : keys) {
        if (k.wrong > 0 && k.run < kRevisedRun) {
            missed.emplace_back(key, k);
        }
    }
    std::stable_sort(missed.begin(), missed.end(), [](const auto& a, const auto& b) {
        return a.second.wrong - a.second.right > b.second.wrong - b.second.right;
    });
    std::vector<std::string> out;
    for (const auto& m : missed) {
        out.push_back(m.first);
    }
    return out;
}

std::string QuizProgress::toJson() const {
    nlohmann::json keyList = nlohmann::json::object();
    for (const auto& [key, k] : keys) {
        keyList[key] = {{"right", k.right}, {"wrong", k.wrong}, {"run", k.run}};
    }
    const nlohmann::json j = {{"format_version", 1},     {"rounds", rounds},
                              {"best_score", bestScore}, {"questions", keyList},
                              {"mastered", mastered()},  {"to_revise", toRevise()}};
    return j.dump(2) + "\n";
}

QuizProgress QuizProgress::fromJson(const std::string& text, const std::string& file) {
    QuizProgress p;
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        throw Error(file + ": not valid JSON (" + e.what() + ")");
    }
    if (!j.is_object()) {
        throw Error(file + ": expected an object with \"questions\"");
    }
    try {
        p.rounds = j.value("rounds", 0);
        p.bestScore = j.value("best_score", 0);
        if (j.contains("questions")) {
            if (!j["questions"].is_object()) {
                throw Error(file + ": \"questions\" must be an object of key -> counts");
            }
            for (const auto& [key, v] : j["questions"].items()) {
                if (!v.is_object()) {
                    throw Error(file + ": questions." + key + " must be an object");
                }
                p.keys[key] = {v.value("right", 0), v.value("wrong", 0), v.value("run", 0)};
            }
        }
    } catch (const nlohmann::json::type_error& e) {
        throw Error(file + ": a count is not a number (" + e.what() + ")");
    }
    return p;
}

} // namespace glutea
