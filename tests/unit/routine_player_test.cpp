// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// The routine player's state machine on the default content: the red-flag gate, sciatic
// screening, stepping, pausing, scrubbing and speed.
#include <gtest/gtest.h>

#include "anatomy/content_loader.h"
#include "anatomy/content_plain_language.h"
#include "anatomy/convention_ids.h"
#include "anatomy/routine_player.h"
#include "test_support.h"

namespace glutea {
namespace {

const Content& content() {
    static const Content c =
        loadValidatedContent(test::sourceDir() / "assets/atlas/content", conventionIds());
    return c;
}

const Routine& routine(const std::string& id) {
    for (const auto& r : content().routines) {
        if (r.id == id) {
            return r;
        }
    }
    ADD_FAILURE() << "no routine " << id;
    return content().routines.front();
}

TEST(RoutinePlayer, RedFlagsMustBeAcknowledgedBeforeAPatientStarts) {
    RoutinePlayer p(content(), routine("upper_glute_tightness"), true);
    EXPECT_EQ(p.state(), RoutineState::RedFlags);
    // The routine's own red flags (routines.json "red_flags"), in its order.
    const Routine& r = routine("upper_glute_tightness");
    ASSERT_EQ(p.redFlags().size(), r.redFlags.size());
    for (std::size_t i = 0; i < r.redFlags.size(); ++i) {
        EXPECT_EQ(p.redFlags()[i]->id, r.redFlags[i]);
    }
    EXPECT_FALSE(p.play());
    p.advance(5.0);
    EXPECT_EQ(p.time(), 0.0);
    p.stepForward();
    EXPECT_EQ(p.step(), 0);
    p.acknowledgeRedFlags();
    EXPECT_EQ(p.state(), RoutineState::Paused);
    EXPECT_TRUE(p.play());
    p.advance(1.5);
    EXPECT_DOUBLE_EQ(p.time(), 1.5);
    EXPECT_EQ(p.step(), 0); // the warm-up first
}

TEST(RoutinePlayer, TherapistRegisterHasNoGate) {
    RoutinePlayer p(content(), routine("hip_pain"), false);
    EXPECT_EQ(p.state(), RoutineState::Paused);
    EXPECT_TRUE(p.play());
}

TEST(RoutinePlayer, ScreeningComesFirstAndAYesEndsIt) {
    const Routine& r = routine("piriformis_sciatic_like");
    RoutinePlayer p(content(), r, true);
    EXPECT_EQ(p.state(), RoutineState::Screening);
    ASSERT_EQ(p.questions().size(), 4u);
    p.acknowledgeRedFlags(); // not yet: the questions come first
    EXPECT_EQ(p.state(), RoutineState::Screening);
    EXPECT_FALSE(p.play());
    p.answer(0, false);
    p.answer(1, false);
    EXPECT_EQ(p.state(), RoutineState::Screening);
    p.answer(2, true); // pain below the knee
    EXPECT_EQ(p.state(), RoutineState::Ended);
    EXPECT_NE(p.endAdvice().find("clinician"), std::string::npos);
    EXPECT_FALSE(p.play());
    p.stepForward();
    EXPECT_EQ(p.step(), 0);
}

TEST(RoutinePlayer, ScreeningAllNoThenRedFlagsThenReady) {
    RoutinePlayer p(content(), routine("piriformis_sciatic_like"), true);
    for (std::size_t i = 0; i < p.questions().size(); ++i) {
        EXPECT_EQ(p.state(), RoutineState::Screening);
        p.answer(i, false);
    }
    EXPECT_EQ(p.state(), RoutineState::RedFlags);
    p.acknowledgeRedFlags();
    EXPECT_EQ(p.state(), RoutineState::Paused);
    // A routine not aimed at sciatic-like pain asks nothing.
    EXPECT_TRUE(
        RoutinePlayer(content(), routine("upper_glute_tightness"), true).questions().empty());
}

TEST(RoutinePlayer, StepsForwardAndBackPausesAndScrubs) {
    const Routine& r = routine("upper_glute_tightness");
    RoutinePlayer p(content(), r, false,
                    [](const Technique&, const TechniquePlacement&) { return 10.0; });
    ASSERT_EQ(p.segments().size(), r.steps.size() + 1);
    EXPECT_EQ(p.segments()[1].placement, content().findPlacement(r.steps[0].placement));
    EXPECT_DOUBLE_EQ(p.duration(), p.segments()[0].length + 10.0 * double(r.steps.size()));
    p.stepForward();
    p.stepForward();
    EXPECT_EQ(p.step(), 2);
    EXPECT_EQ(p.current().placement->id, r.steps[1].placement);
    EXPECT_DOUBLE_EQ(p.localTime(), 0.0);
    p.stepBack(); // at the start of step 2: back to step 1
    EXPECT_EQ(p.step(), 1);
    EXPECT_TRUE(p.play());
    p.advance(3.0);
    EXPECT_EQ(p.step(), 1);
    EXPECT_DOUBLE_EQ(p.localTime(), 3.0);
    p.stepBack(); // 3 s into step 1: back to its start
    EXPECT_EQ(p.step(), 1);
    EXPECT_DOUBLE_EQ(p.localTime(), 0.0);
    p.advance(2.0);
    p.pause();
    const double frozen = p.time();
    p.advance(5.0);
    EXPECT_DOUBLE_EQ(p.time(), frozen);
    p.setSpeed(2.0);
    p.play();
    p.advance(1.0);
    EXPECT_DOUBLE_EQ(p.time(), frozen + 2.0);
    p.seek(p.segments()[3].start + 4.0);
    EXPECT_EQ(p.step(), 3);
    p.advance(1e6); // to the end
    EXPECT_EQ(p.state(), RoutineState::Finished);
    EXPECT_EQ(p.step(), int(r.steps.size()));
    EXPECT_TRUE(p.play()); // again from the start
    EXPECT_EQ(p.step(), 0);
}

TEST(RoutinePlayer, DosageFromTheStepsTimes) {
    const Routine& r = routine("upper_glute_tightness");
    RoutinePlayer p(content(), r, false);
    // tkk 60-120 s, roller 4 s x 10, pause 25 s x 2, ball 45 x 1.5, stretches 45 x 2.5 twice:
    // about 90 + 40 + 50 + 67.5 + 112.5 + 112.5 = 472.5 s, about 8 minutes.
    EXPECT_DOUBLE_EQ(p.dosage().minutesPerSide, 8.0);
    EXPECT_NE(p.dosage().text.find("8 min a side"), std::string::npos);
    EXPECT_NE(p.dosage().text.find("a week"), std::string::npos);
}

// A patient following a therapist's routine reads no therapist's note ("Below the posterior
// crest, ... from the PSIS"); a self-help routine's notes are the patient's own; every note a
// patient gets is in plain words.
TEST(RoutinePlayer, PatientsReadOnlyPlainStepNotes) {
    std::size_t therapistNotes = 0, selfNotes = 0;
    for (const auto& r : content().routines) {
        for (const auto& step : r.steps) {
            const std::string note = step.note.get();
            const std::string patient = stepNote(r, step, "patient", "en");
            EXPECT_EQ(stepNote(r, step, "therapist", "en"), note) << r.id;
            if (r.audience == "self") {
                EXPECT_EQ(patient, note) << r.id;
                selfNotes += !note.empty();
            } else {
                EXPECT_EQ(patient, "") << r.id << ": " << note;
                therapistNotes += !note.empty();
            }
            EXPECT_TRUE(plainLanguageProblems(patient).empty()) << r.id << ": " << patient;
        }
    }
    EXPECT_GT(therapistNotes, 0u); // the content has therapist notes to hide...
    EXPECT_GT(selfNotes, 0u);      // ... and patient notes to show
}

} // namespace
} // namespace glutea
