// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "app/quiz_mode.h"

#include <chrono>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include "app/quiz_progress_file.h"
#include "app/window_state.h"
#include "base/error.h"
#include "geometry/view_choice.h"
#include "ui/translate.h"

namespace glutea {

namespace {

constexpr float kFadedOpacity = 0.15f; // below the pick threshold: clicks go through

// The part a question shows: the left side where there are two.
int partOf(const Atlas& atlas, const std::string& id) {
    for (Side side : {Side::Left, Side::None, Side::Right}) {
        if (int p = atlas.findPart(id, side); p >= 0) {
            return p;
        }
    }
    return -1;
}

bool showsSubject(QuestionKind k) {
    return k == QuestionKind::NameHighlighted || k == QuestionKind::TypeHighlighted ||
           k == QuestionKind::ClickNamed;
}

} // namespace

void QuizMode::start(WindowState& app, bool typed) {
    if (!progressLoaded_) {
        progressLoaded_ = true;
        try {
            progress_ = loadProgress(progressFile());
            progressNote_ = trf("Progress is kept in %s", progressFile().string().c_str());
        } catch (const Error& e) {
            progressWritable_ = false; // never overwrite what could not be read
            progressNote_ = trf("Progress is not saved: %s", e.what());
            app.panels.showErrors({e.what()});
        }
    }
    structures_ = quizStructures(app.content, &app.atlas, uiLanguage()); // the window's language
    if (structures_.empty()) {
        app.panels.showErrors({tr("The quiz needs the atlas's content (content/structures.json), "
                                  "and this atlas has none.")});
        return;
    }
    revise_.clear();
    QuizRoundOptions options;
    options.typed = typed;
    options.words = quizWords(); // its sentences too
    options.seed = seed_ ? seed_ + 1
                         : static_cast<std::uint32_t>(
                               std::chrono::steady_clock::now().time_since_epoch().count());
    seed_ = options.seed;
    options.revise = progress_.toRevise();
    round_ = QuizRound(generateRound(structures_, options));
    typed_ = typed;
    open_ = true;
    shown_ = ~std::size_t{0};
    app.view.selection.clear();
    app.panels.hideHoverNames = true;
    app.log->event(
        {{"event", "quiz"}, {"state", "started"}, {"typed", typed}, {"questions", round_.size()}});
}

void QuizMode::close(WindowState& app) {
    open_ = false;
    highlight_.clear();
    faded_.clear();
    app.panels.hideHoverNames = false;
    app.log->event({{"event", "quiz"}, {"state", "closed"}, {"score", round_.score()}});
}

void QuizMode::showQuestion(WindowState& app) {
    shown_ = round_.number();
    highlight_.clear();
    faded_.clear();
    const QuizQuestion* q = round_.current();
    if (!q) {
        return;
    }
    if (showsSubject(q->kind)) {
        if (const int part = partOf(app.atlas, q->subject); part >= 0) {
            const OrbitCamera goal = app.queries.bestView(part, app.view.camera, app.aspect());
            app.moveCamera(goal);
            if (q->kind != QuestionKind::ClickNamed) {
                highlight_.push_back(part);
            }
            // What covers it fades (the skin is translucent already), so it shows and can be
            // clicked.
            auto notSkin = [&](std::uint32_t p) {
                return app.atlas.structureOf(app.atlas.parts[p]).kind != StructureKind::Skin;
            };
            for (const Occluder& o : occluders(app.queries.bvh(), static_cast<std::uint32_t>(part),
                                               goal.eye(), 64, 0.01f, notSkin)) {
                if (o.part != static_cast<std::uint32_t>(part)) {
                    faded_.push_back(static_cast<int>(o.part));
                }
            }
        }
    }
    app.log->event({{"event", "quiz"},
                    {"state", "question"},
                    {"number", round_.number()},
                    {"kind", toString(q->kind)},
                    {"choices", q->choices.size()},
                    {"answer", q->answer}, // for automated tests; the panel never shows it early
                    {"score", round_.score()},
                    {"streak", round_.streak()}});
}

void QuizMode::answered(WindowState& app, const AnswerResult& result) {
    const QuizQuestion* q = round_.current();
    if (!q) {
        return;
    }
    progress_.record(q->key, result.correct);
    if (round_.number() == round_.size()) {
        progress_.finishRound(round_.score());
    }
    if (progressWritable_) {
        try {
            saveProgress(progressFile(), progress_);
        } catch (const Error& e) {
            progressWritable_ = false;
            progressNote_ = trf("Progress is not saved: %s", e.what());
            app.panels.showErrors({e.what()});
        }
    }
    highlight_.clear(); // the answer is out: the structure may be seen plainly
    app.log->event({{"event", "quiz"},
                    {"state", "answered"},
                    {"number", round_.number()},
                    {"correct", result.correct},
                    {"score", round_.score()},
                    {"streak", round_.streak()}});
}

void QuizMode::next(WindowState& app) {
    round_.next();
    if (round_.finished()) {
        faded_.clear();
        revise_.clear();
        const QuizWords words = quizWords();
        for (const std::string& key : progress_.toRevise()) {
            revise_.push_back(revisionText(
                key, words, [&](const std::string& id) { return structureName(app, id); }));
        }
        app.log->event({{"event", "quiz"},
                        {"state", "finished"},
                        {"score", round_.score()},
                        {"mistakes", round_.mistakes().size()},
                        {"mastered", progress_.mastered().size()},
                        {"to_revise", progress_.toRevise().size()}});
    }
}

bool QuizMode::onKey(WindowState& app, int key, int mods) {
    const bool plain = !(mods & (GLFW_MOD_CONTROL | GLFW_MOD_ALT));
    if (!open_) {
        if (key == GLFW_KEY_Q && plain) {
            start(app, (mods & GLFW_MOD_SHIFT) != 0);
            return true;
        }
        return false;
    }
    const QuizQuestion* q = round_.current();
    if (key == GLFW_KEY_ESCAPE) {
        close(app);
        return true;
    }
    int choice = -1;
    if (key >= GLFW_KEY_1 && key <= GLFW_KEY_4) {
        choice = key - GLFW_KEY_1;
    } else if (key >= GLFW_KEY_KP_1 && key <= GLFW_KEY_KP_4) {
        choice = key - GLFW_KEY_KP_1;
    }
    if (choice >= 0 && plain) {
        if (q && !round_.result() && choice < static_cast<int>(q->choices.size())) {
            answered(app, round_.answerChoice(choice));
        }
        return true; // while the quiz runs, 1-4 never change the view
    }
    if (key == GLFW_KEY_SPACE && plain) { // the click, at the cross in the view's centre
        if (awaitsClick()) {
            onClick(app, app.partAt(app.viewportCentre()));
        }
        return true;
    }
    if (key == GLFW_KEY_ENTER || key == GLFW_KEY_KP_ENTER) {
        if (round_.finished()) {
            start(app, typed_);
        } else if (round_.result()) {
            next(app);
        } else {
            answered(app, round_.skip()); // "show me"
        }
        return true;
    }
    return false;
}

bool QuizMode::awaitsClick() const {
    const QuizQuestion* q = open_ ? round_.current() : nullptr;
    return q && q->kind == QuestionKind::ClickNamed && !round_.result();
}

bool QuizMode::onClick(WindowState& app, int part) {
    if (!open_) {
        return false;
    }
    const QuizQuestion* q = round_.current();
    if (q && q->kind == QuestionKind::ClickNamed && !round_.result()) {
        const std::string id = part >= 0 ? app.atlas.parts[part].structureId : "";
        answered(app, round_.answerClick(id, id.empty() ? "" : structureName(app, id)));
    }
    return true; // a click never selects while the quiz runs: the card would tell the name
}

void QuizMode::frame(WindowState& app) {
    if (!open_) {
        return;
    }
    if (round_.current() && round_.number() != shown_) {
        showQuestion(app);
    }
    auto& look = app.view.look;
    if (look.size() == app.atlas.parts.size()) {
        for (int p : faded_) {
            look[p].opacity = std::min(look[p].opacity, kFadedOpacity);
        }
        for (int p : highlight_) {
            look[p].highlight = 1.0f;
            look[p].outline = Outline::Selected;
        }
    }
    QuizPanelState state;
    state.round = &round_;
    state.typed = typed_;
    state.mastered = progress_.mastered();
    state.revise = revise_; // empty until a round ends
    state.progressNote = progressNote_;
    QuizUiRequest request;
    panel_.draw(state, request);
    if (request.choice && !round_.result()) {
        answered(app, round_.answerChoice(*request.choice));
    } else if (request.typed && !round_.result()) {
        answered(app, round_.answerTyped(*request.typed));
    } else if (request.next) {
        next(app);
    }
    if (request.close) {
        close(app);
    }
}

} // namespace glutea
