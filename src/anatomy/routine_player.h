// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// A routine (routines.json) as a guided sequence: screening questions first for sciatic-like
// pain, then (patient register) the red flags to acknowledge, then the warm-up and each step in
// turn on a timeline with play, pause, step back and forward, scrubbing and speed. Pure state: the
// app feeds it time and the user's choices, and reads where it is.
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "anatomy/content.h"

namespace glutea {

enum class RoutineState {
    Screening, // yes/no questions must be answered first
    RedFlags,  // the red flags must be acknowledged (patient register)
    Paused,    // ready, or paused by the user
    Playing,
    Finished, // the last step has played
    Ended     // a screening answer ended it: see a clinician
};
const char* toString(RoutineState state); // "screening", "red_flags", "paused", ...

struct ScreeningQuestion {
    std::string id;
    std::string question;          // plain words
    const RedFlag* flag = nullptr; // the sourced advice behind it (cautions.json), may be null
    bool emergency = false;
    std::string ifYes; // what a yes means, in plain words (content)
};
// A routine's screening questions (routines.json "screening"; for sciatic-like pain: numbness,
// weakness, pain below the knee, bladder or bowel changes).
std::vector<ScreeningQuestion> sciaticScreening(const Content& content, const Routine& routine);
// Whether a routine asks screening questions before it starts.
bool needsSciaticScreening(const Routine& routine);
// A step's note as `audience` ("patient", "student", "therapist") reads it: a therapist's routine's
// notes are the therapist's words (anatomy terms), so a patient gets none; a self-help routine's
// notes are written for the patient.
std::string stepNote(const Routine& routine, const RoutineStep& step, std::string_view audience,
                     const std::string& language);

struct RoutineSegment {
    int step = 0;       // 0: the warm-up, 1..N: the routine's steps (as --step N)
    double start = 0.0; // timeline seconds
    double length = 0.0;
    const RoutineStep* routineStep = nullptr; // null for the warm-up
    const TechniquePlacement* placement = nullptr;
    const Technique* technique = nullptr;
};

struct Dosage {
    double minutesPerSide = 0.0; // the steps' real times added up
    std::string text;            // "about 9 min a side, a few times a week"
};

class RoutinePlayer {
  public:
    // `patientRegister`: the red flags must be acknowledged before it starts. `stepLength` gives
    // the animation seconds a step plays for (e.g. one or two loops of its technique); empty: 8 s.
    // `language`: of the screening questions and advice (English where the content has none).
    RoutinePlayer(
        const Content& content, const Routine& routine, bool patientRegister,
        const std::function<double(const Technique&, const TechniquePlacement&)>& stepLength = {},
        const std::string& language = "en");

    const Routine& routine() const { return *routine_; }
    RoutineState state() const { return state_; }
    bool gated() const {
        return state_ == RoutineState::Screening || state_ == RoutineState::RedFlags;
    }

    const std::vector<ScreeningQuestion>& questions() const { return questions_; }
    // Answers question `index`; a yes ends the routine with that question's advice. Once every
    // question has a no, the routine moves on to the red flags (or is ready).
    void answer(std::size_t index, bool yes);
    const std::vector<std::optional<bool>>& answers() const { return answers_; }
    const std::vector<const RedFlag*>& redFlags() const { return redFlags_; }
    void acknowledgeRedFlags();
    // Why it ended (a screening yes), in plain words.
    const std::string& endAdvice() const { return endAdvice_; }

    // Starts or resumes playing; false (nothing changes) while a gate is open, or after it ended.
    bool play();
    void pause();
    void togglePlay();
    // Advances the timeline by `seconds` of wall time times the speed, while playing.
    void advance(double seconds);
    void stepForward();
    // Back to the start of this step, or to the previous step when already near its start.
    void stepBack();
    void goToStep(int step); // 0: warm-up
    void seek(double seconds);
    void setSpeed(double speed); // 0.25 .. 4
    double speed() const { return speed_; }

    double time() const { return time_; }
    double duration() const;
    const std::vector<RoutineSegment>& segments() const { return segments_; }
    const RoutineSegment& current() const;
    int step() const { return current().step; }
    double localTime() const { return time_ - current().start; }
    const Dosage& dosage() const { return dosage_; }

  private:
    void openNextGate();

    const Content* content_;
    const Routine* routine_;
    bool patient_;
    std::string language_;
    RoutineState state_ = RoutineState::Paused;
    std::vector<ScreeningQuestion> questions_;
    std::vector<std::optional<bool>> answers_;
    std::vector<const RedFlag*> redFlags_;
    bool acknowledged_ = false;
    std::string endAdvice_;
    std::vector<RoutineSegment> segments_;
    double time_ = 0.0;
    double speed_ = 1.0;
    Dosage dosage_;
};

} // namespace glutea
