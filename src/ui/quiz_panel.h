// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The quiz window: the question, its numbered choices (keys 1-4) or a text field, the answer's
// verdict with the right answer and why, score and streak, and at the end the review of mistakes
// and what to revise. Keyboard only: 1-4 answer, Enter goes on, Escape closes. Draws what the app's
// QuizMode holds; what the user does comes back as a QuizUiRequest.
#include <optional>
#include <string>
#include <vector>

#include "anatomy/quiz_round.h"

namespace glutea {

struct QuizPanelState {
    const QuizRound* round = nullptr;
    bool typed = false;
    std::vector<std::string> mastered; // names, for the end of the round
    std::vector<std::string> revise;
    std::string progressNote; // where progress is kept, or why it could not be
};

struct QuizUiRequest {
    std::optional<int> choice;        // a choice clicked
    std::optional<std::string> typed; // text submitted with Enter
    bool next = false;                // Enter after an answer (or at the end: a new round)
    bool skip = false;
    bool close = false;
};

// The quiz's sentences in the window's language (tr()), for QuizRoundOptions::words.
QuizWords quizWords();

class QuizPanel {
  public:
    void draw(const QuizPanelState& state, QuizUiRequest& request);

  private:
    char text_[128] = {};
    std::size_t focusedFor_ = ~std::size_t{0};
};

} // namespace glutea
