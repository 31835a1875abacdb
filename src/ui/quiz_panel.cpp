// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/quiz_panel.h"
#include "ui/translate.h"

#include <cstdio>

#include <imgui.h>

namespace glutea {

namespace {
const ImVec4 kRight(0.35f, 0.75f, 1.0f, 1.0f); // blue and orange: no red/green pair
const ImVec4 kWrong(1.0f, 0.65f, 0.2f, 1.0f);

// What the student gave, with the round's words for no answer translated.
std::string givenWords(const std::string& given) {
    if (given == kSkippedAnswer) {
        return tr("(skipped)");
    }
    if (given == kNothingClicked) {
        return tr("nothing");
    }
    return given;
}
} // namespace

QuizWords quizWords() {
    QuizWords w;
    w.clickNamed = tr("Click the %s.");
    w.whichHighlighted = tr("Which structure is highlighted?");
    w.thisIs = tr("This is the %s.");
    w.thisIsInLayer = tr("This is the %s, in %s.");
    w.originPrompt = tr("Which muscle has this origin? %s");
    w.insertionPrompt = tr("Which muscle has this insertion? %s");
    w.actionPrompt = tr("Which muscle has this action? %s");
    w.originExplanation = tr("%s, origin: %s");
    w.insertionExplanation = tr("%s, insertion: %s");
    w.actionExplanation = tr("%s, action: %s");
    w.innervationPrompt = tr("Which nerve supplies the %s?");
    w.deeperPrompt = tr("Which lies deeper: the %s or the %s?");
    w.deeperExplanation = tr("%s lies in %s, %s in %s.");
    w.belowPiriformisPrompt = tr(
        "Which nerve leaves the pelvis through the greater sciatic foramen below the piriformis?");
    // The phrases of the three tables (their English in QuizWords, each an entry of es.json).
    for (auto* table : {&w.layers, &w.revisionKinds, &w.nerves}) {
        for (auto& [id, words] : *table) {
            words = tr(words.c_str());
        }
    }
    return w;
}

void QuizPanel::draw(const QuizPanelState& state, QuizUiRequest& request) {
    if (!state.round) {
        return;
    }
    const QuizRound& round = *state.round;
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y - 40.0f),
                            ImGuiCond_Always, ImVec2(0.5f, 1.0f));
    ImGui::SetNextWindowSizeConstraints(ImVec2(420, 0), ImVec2(io.DisplaySize.x * 0.6f, 1e6f));
    bool open = true;
    ImGui::Begin(trTitle("Quiz").c_str(), &open,
                 ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoCollapse |
                     ImGuiWindowFlags_NoFocusOnAppearing);
    if (!open) {
        request.close = true;
    }
    ImGui::Text(tr("Question %zu of %zu   |   score %d   |   streak %d"),
                std::min(round.number(), round.size()), round.size(), round.score(),
                round.streak());
    ImGui::Separator();
    if (const QuizQuestion* q = round.current()) {
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 34.0f);
        ImGui::TextWrapped("%s", q->prompt.c_str());
        const AnswerResult* result = round.result();
        for (std::size_t i = 0; i < q->choices.size(); ++i) {
            char line[512];
            std::snprintf(line, sizeof line, "%zu. %s", i + 1, q->choices[i].c_str());
            if (result && static_cast<int>(i) == q->answer) {
                ImGui::TextColored(kRight, "%s", line);
            } else if (result && q->choices[i] == result->given) {
                ImGui::TextColored(kWrong, "%s", line);
            } else if (ImGui::Selectable(line, false) && !result) {
                request.choice = static_cast<int>(i);
            }
        }
        if (q->kind == QuestionKind::TypeHighlighted && !result) {
            if (focusedFor_ != round.number()) {
                ImGui::SetKeyboardFocusHere();
                focusedFor_ = round.number();
                text_[0] = '\0';
            }
            if (ImGui::InputText("##answer", text_, sizeof text_,
                                 ImGuiInputTextFlags_EnterReturnsTrue)) {
                request.typed = std::string(text_);
            }
            if (ImGui::IsItemActive() && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
                request.close = true;
            }
            ImGui::TextDisabled("%s", tr("Type the name, Enter to answer (spelling is forgiven)."));
        } else if (q->kind == QuestionKind::ClickNamed && !result) {
            ImGui::TextDisabled("%s",
                                tr("Click it in the view, or turn it under the cross and press "
                                   "Space (orbit and peel layers as needed); Enter: show me."));
        } else if (!result) {
            ImGui::TextDisabled("%s", tr("1-4: answer   Enter: skip   Escape: close"));
        }
        if (result) {
            ImGui::Separator();
            if (result->correct) {
                ImGui::TextColored(kRight, tr("Right: %s"), result->rightAnswer.c_str());
            } else {
                ImGui::TextColored(kWrong, tr("Not quite (%s). The answer: %s"),
                                   givenWords(result->given).c_str(), result->rightAnswer.c_str());
            }
            ImGui::TextWrapped("%s", result->explanation.c_str());
            ImGui::TextDisabled("%s", tr("Enter: next question"));
        }
        ImGui::PopTextWrapPos();
    } else {
        ImGui::Text(tr("Round over: %d of %zu right, best streak %d."), round.score(), round.size(),
                    round.bestStreak());
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 34.0f);
        if (!round.mistakes().empty()) {
            ImGui::Separator();
            ImGui::TextUnformatted(tr("Review of mistakes:"));
            for (const Mistake& m : round.mistakes()) {
                ImGui::BulletText("%s", m.question.prompt.c_str());
                ImGui::TextColored(kWrong, tr("  you: %s"), givenWords(m.given).c_str());
                ImGui::TextColored(kRight, tr("  answer: %s"), m.question.answerText.c_str());
                ImGui::TextWrapped("  %s", m.question.explanation.c_str());
            }
        }
        ImGui::Separator();
        ImGui::Text(tr("Mastered: %zu   To revise: %zu"), state.mastered.size(),
                    state.revise.size());
        for (std::size_t i = 0; i < state.revise.size() && i < 5; ++i) {
            ImGui::BulletText("%s", state.revise[i].c_str());
        }
        ImGui::TextDisabled("%s", state.progressNote.c_str());
        ImGui::TextDisabled("%s", tr("Enter: another round   Escape: close"));
        ImGui::PopTextWrapPos();
    }
    ImGui::End();
}

} // namespace glutea
