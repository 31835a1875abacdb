// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// A quiz round: ten questions in turn, the answer checked (a choice, typed text with forgiving
// spelling, or a clicked structure), score and streak kept, the right answer and why shown after
// each, and the mistakes kept for the review at the end.
#include <string>
#include <vector>

#include "anatomy/quiz.h"

namespace glutea {

// Lower case, letters and digits only, words single-spaced; "æ" as "ae": what typing is compared
// on.
std::string normaliseAnswer(const std::string& text);
// Edits (insert, delete, replace, swap two neighbours) from a to b.
int editDistance(const std::string& a, const std::string& b);
// Typed text matches one of the accepted names allowing a slip per five letters or so ("gluteus
// maximis", "piriformus"); a leading "the" and "musculus"/"m." do not count.
bool matchesTyped(const std::string& typed, const std::vector<std::string>& accepted);

// What a result gives when no structure was clicked, and when the question was skipped (the
// window shows them translated).
inline constexpr const char* kNothingClicked = "nothing";
inline constexpr const char* kSkippedAnswer = "(skipped)";

struct AnswerResult {
    bool correct = false;
    std::string given;       // what the student answered, in words
    std::string rightAnswer; // the right answer in words
    std::string explanation;
};

struct Mistake {
    QuizQuestion question;
    std::string given;
};

class QuizRound {
  public:
    QuizRound() = default;
    explicit QuizRound(std::vector<QuizQuestion> questions) : questions_(std::move(questions)) {}

    // The question asked now; null when the round is over.
    const QuizQuestion* current() const;
    // After an answer and before next(): the result on show.
    const AnswerResult* result() const { return answered_ ? &last_ : nullptr; }

    // Each answers the current question once (later calls before next() return the same result).
    AnswerResult answerChoice(int index);
    AnswerResult answerTyped(const std::string& text);
    AnswerResult answerClick(const std::string& structureId, const std::string& clickedName);
    // Gives up on the current question: counts as a mistake.
    AnswerResult skip();
    void next();

    bool finished() const { return index_ >= questions_.size(); }
    int score() const { return score_; }
    int streak() const { return streak_; }
    int bestStreak() const { return bestStreak_; }
    std::size_t number() const { return index_ + 1; } // 1-based number of the current question
    std::size_t size() const { return questions_.size(); }
    const std::vector<Mistake>& mistakes() const { return mistakes_; }
    const std::vector<QuizQuestion>& questions() const { return questions_; }

  private:
    AnswerResult settle(bool correct, std::string given);

    std::vector<QuizQuestion> questions_;
    std::size_t index_ = 0;
    bool answered_ = false;
    AnswerResult last_;
    int score_ = 0, streak_ = 0, bestStreak_ = 0;
    std::vector<Mistake> mistakes_;
};

} // namespace glutea
