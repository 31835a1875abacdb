// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// The quiz window and the referral player's panel (src/ui) driven headless: what they show comes
// from the state they are given, and clicks come back as requests. Questions and panel states are
// written here, so what must show is known without the code under test.
#include "anatomy/quiz_round.h"
#include "ui/clinic_panel.h"
#include "ui/quiz_panel.h"
#include "ui/referral_panel.h"
#include "ui_harness.h"

namespace glutea {
namespace {

using test::HeadlessUi;

QuizQuestion question(const std::string& prompt, std::vector<std::string> choices, int answer,
                      const std::string& why) {
    QuizQuestion q;
    q.kind = QuestionKind::NameHighlighted;
    q.key = "name:" + choices[answer];
    q.prompt = prompt;
    q.answer = answer;
    q.answerText = choices[answer];
    q.choices = std::move(choices);
    q.explanation = why;
    return q;
}

class UiQuiz : public ::testing::Test {
  protected:
    HeadlessUi ui;
    QuizPanel panel;
    QuizRound round{
        {question("Which muscle is highlighted?",
                  {"Piriformis", "Gluteus medius", "Sacrum", "Coccyx"}, 0,
                  "It runs from the sacrum to the top of the thigh bone."),
         question("Which nerve runs under the piriformis?", {"Sciatic nerve", "Femoral nerve"}, 0,
                  "It leaves the pelvis there.")}};
    QuizPanelState state{&round, false, {}, {"Piriformis"}, "Progress is kept in a test folder."};
    QuizUiRequest request;

    void drawOnce() {
        request = {};
        panel.draw(state, request);
    }
    std::string draw(int frames = 3) {
        return ui.frames(frames, [&] { drawOnce(); });
    }
    // Clicks down the quiz window until a click chooses an answer; whether one did.
    bool clickUntilAChoice() {
        return ui.clickDownWindow(
            "Quiz", [&] { drawOnce(); }, [&] { return request.choice.has_value(); });
    }
};

TEST_F(UiQuiz, ShowsTheQuestionItsNumberedChoicesAndTheScore) {
    const std::string screen = draw();
    for (const char* expected : {"Question 1 of 2", "score 0", "Which muscle is highlighted?",
                                 "1. Piriformis", "2. Gluteus medius", "3. Sacrum", "4. Coccyx"}) {
        EXPECT_TRUE(HeadlessUi::shows(screen, expected)) << expected << " not in:\n" << screen;
    }
    EXPECT_FALSE(HeadlessUi::shows(screen, "Which nerve")); // one question at a time
}

TEST_F(UiQuiz, ClickingTheFirstChoiceAsksForIt) {
    draw();
    const bool hit = clickUntilAChoice();
    ASSERT_TRUE(hit) << "no click in the quiz window chose anything";
    EXPECT_EQ(*request.choice, 0); // the first choice line from the top
}

TEST_F(UiQuiz, AWrongAnswerShowsTheRightOneAndWhyThenNoMoreChoosing) {
    round.answerChoice(2); // "Sacrum"
    const std::string screen = draw();
    EXPECT_TRUE(HeadlessUi::shows(screen, "Not quite (Sacrum). The answer: Piriformis")) << screen;
    EXPECT_TRUE(HeadlessUi::shows(screen, "It runs from the sacrum to the top of the thigh bone."));
    EXPECT_TRUE(HeadlessUi::shows(screen, "Enter: next question"));
    const bool hit = clickUntilAChoice();
    EXPECT_FALSE(hit) << "an answered question took another choice";
}

TEST_F(UiQuiz, TheEndReviewsTheMistakes) {
    round.answerChoice(0);
    round.next();
    round.answerChoice(1); // "Femoral nerve": wrong
    round.next();
    ASSERT_TRUE(round.finished());
    const std::string screen = draw();
    for (const char* expected : {"Round over: 1 of 2 right",
                                 "Review of mistakes:", "Which nerve runs under the piriformis?",
                                 "you: Femoral nerve", "answer: Sciatic nerve", "To revise: 1",
                                 "Piriformis", "Progress is kept in a test folder."}) {
        EXPECT_TRUE(HeadlessUi::shows(screen, expected)) << expected << " not in:\n" << screen;
    }
    EXPECT_FALSE(HeadlessUi::shows(screen, "Which muscle is highlighted?")); // answered right
}

class UiReferral : public ::testing::Test {
  protected:
    HeadlessUi ui;
    ReferralPanel panel;
    UiSettings settings;
    ReferralUiRequest request;

    void SetUp() override {
        panel.active = panel.playing = true;
        panel.title = "Referred pain: Gluteus minimus (left)";
        panel.caption = "Pain down the side of the thigh to the ankle.";
        panel.hasTriggerPoints = true;
        panel.triggerPoints = {{"front", "Front fibres"}, {"back", "Back fibres"}};
    }
    std::function<void()> drawer() {
        return [&] {
            request = {};
            panel.draw(settings, request);
        };
    }
};

TEST_F(UiReferral, ShowsTitleCaptionAndTriggerPoints) {
    const std::string screen = ui.frames(3, drawer());
    for (const char* expected :
         {"Referred pain: Gluteus minimus (left)", "Pain down the side of the thigh to the ankle.",
          "All", "Front fibres", "Back fibres", "Stop (Esc)"}) {
        EXPECT_TRUE(HeadlessUi::shows(screen, expected)) << expected << " not in:\n" << screen;
    }
    panel.active = false;
    EXPECT_FALSE(HeadlessUi::shows(ui.frames(2, drawer()), "Gluteus minimus"));
}

TEST_F(UiReferral, ClicksAskForATriggerPointAndForStop) {
    ui.frames(3, drawer());
    std::vector<std::string> asked; // trigger points the clicks asked for, top to bottom
    const bool stopped = ui.clickDownWindow("Referred pain", drawer(), [&] {
        if (request.triggerPoint && (asked.empty() || asked.back() != *request.triggerPoint)) {
            asked.push_back(*request.triggerPoint);
        }
        return request.stop;
    });
    EXPECT_TRUE(stopped) << "no click pressed Stop";
    EXPECT_EQ(asked, (std::vector<std::string>{"", "front", "back"})); // All, then each in order
}

// File > Add pin without a mouse: the key that marks the view's centre (app/key_bindings: Enter)
// calls placePinAt; the note dialog opens, and its text and that pixel become the pin request.
TEST(UiClinicPin, PlacePinAtAsksForTheNoteAndRequestsThePinThere) {
    test::HeadlessUi ui;
    UiSettings settings;
    ClinicPanel clinic;
    EXPECT_FALSE(clinic.placingPin());
    clinic.placePinAt({321.0f, 234.0f});
    EXPECT_FALSE(clinic.placingPin()); // placed: no longer waiting for a place
    ClinicUiRequest request;
    const std::string screen = ui.frames(3, [&] { clinic.drawDialogs(settings, request); });
    EXPECT_TRUE(test::HeadlessUi::shows(screen, "A short note for the pin:")) << screen;
    EXPECT_FALSE(request.pinAt.has_value()); // nothing before the note is given
    for (char c : std::string("sore here")) {
        ImGui::GetIO().AddInputCharacter(static_cast<unsigned>(c));
    }
    ui.frame([&] { clinic.drawDialogs(settings, request); });
    ImGui::GetIO().KeysDown[ImGuiKey_Enter] = true;
    ui.frame([&] { clinic.drawDialogs(settings, request); });
    ASSERT_TRUE(request.pinAt.has_value());
    EXPECT_EQ(request.pinAt->x, 321.0f);
    EXPECT_EQ(request.pinAt->y, 234.0f);
    EXPECT_EQ(request.pinText, "sore here");
}

} // namespace
} // namespace glutea
