// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Key Q: a quiz round of ten questions (Shift+Q: names typed instead of chosen). While it runs,
// 1-4 answer, Enter goes on (or skips), Escape closes; a click in the view answers "click the
// named structure". The structure asked about is highlighted and what covers it fades, without
// selecting it (the info card, list and tooltip would give the name away). Progress is saved
// after every answer (app/quiz_progress_file).
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "anatomy/quiz.h"
#include "anatomy/quiz_progress.h"
#include "anatomy/quiz_round.h"
#include "ui/quiz_panel.h"

namespace glutea {

struct WindowState;

class QuizMode {
  public:
    bool active() const { return open_; }
    // A "click the named structure" question waits for its answer (a click, or Space at the
    // view's centre).
    bool awaitsClick() const;
    // Returns true when it took the key.
    bool onKey(WindowState& app, int key, int mods);
    // A click on `part` (-1: nothing) while a click question waits: true when it was the answer.
    bool onClick(WindowState& app, int part);
    // After the looks are updated: the highlight and fading, the panel and its requests.
    void frame(WindowState& app);

  private:
    void start(WindowState& app, bool typed);
    void close(WindowState& app);
    void showQuestion(WindowState& app);
    void answered(WindowState& app, const AnswerResult& result);
    void next(WindowState& app);

    bool open_ = false;
    bool typed_ = false;
    std::uint32_t seed_ = 0;
    std::vector<QuizStructure> structures_;
    QuizRound round_;
    QuizProgress progress_;
    bool progressLoaded_ = false;
    bool progressWritable_ = true;
    std::string progressNote_;
    std::vector<std::string> revise_; // what to revise, by name: made once, when a round ends
    QuizPanel panel_;
    std::size_t shown_ = ~std::size_t{0}; // the question number the view was set up for
    std::vector<int> highlight_, faded_;
};

} // namespace glutea
