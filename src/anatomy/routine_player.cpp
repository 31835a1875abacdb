// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "anatomy/routine_player.h"

#include <algorithm>
#include <cmath>

#include "anatomy/technique_text.h"

namespace glutea {
namespace {

constexpr double kWarmUpSeconds = 6.0;
constexpr double kDefaultStepSeconds = 8.0;
constexpr double kBackToPreviousWithin = 1.0; // stepBack near a step's start goes to the previous

const Technique* techniqueOf(const Content& c, const TechniquePlacement* p) {
    for (const auto& t : c.techniques) {
        for (const auto& q : t.placements) {
            if (&q == p) {
                return &t;
            }
        }
    }
    return nullptr;
}

} // namespace

const char* toString(RoutineState s) {
    switch (s) {
    case RoutineState::Screening:
        return "screening";
    case RoutineState::RedFlags:
        return "red_flags";
    case RoutineState::Paused:
        return "paused";
    case RoutineState::Playing:
        return "playing";
    case RoutineState::Finished:
        return "finished";
    case RoutineState::Ended:
        break;
    }
    return "ended";
}

bool needsSciaticScreening(const Routine& r) {
    return !r.screening.empty();
}

std::string stepNote(const Routine& r, const RoutineStep& step, std::string_view audience,
                     const std::string& language) {
    if (audience == "patient" && r.audience != "self") {
        return {};
    }
    return step.note.get(language);
}

std::vector<ScreeningQuestion> sciaticScreening(const Content& c, const Routine& r,
                                                const std::string& language) {
    // The questions and what a yes means are content (routines.json "screening"), each tied to
    // the red flag of cautions.json that gives its sourced advice.
    std::vector<ScreeningQuestion> out;
    for (const auto& q : r.screening) {
        const RedFlag* flag = c.findRedFlag(q.redFlag);
        out.push_back({q.id, q.question.get(language), flag,
                       flag != nullptr && flag->action == RedFlagAction::Emergency,
                       q.ifYes.get(language)});
    }
    return out;
}

RoutinePlayer::RoutinePlayer(
    const Content& content, const Routine& routine, bool patientRegister,
    const std::function<double(const Technique&, const TechniquePlacement&)>& stepLength,
    const std::string& language)
    : content_(&content), routine_(&routine), patient_(patientRegister), language_(language) {
    if (needsSciaticScreening(routine)) {
        questions_ = sciaticScreening(content, routine, language);
        answers_.assign(questions_.size(), std::nullopt);
    }
    // The routine's own red flags (routines.json "red_flags"); a routine naming none shows all.
    for (const auto& id : routine.redFlags) {
        if (const RedFlag* f = content.findRedFlag(id)) {
            redFlags_.push_back(f);
        }
    }
    if (routine.redFlags.empty()) {
        for (const auto& f : content.redFlags) {
            redFlags_.push_back(&f);
        }
    }
    segments_.push_back({0, 0.0, kWarmUpSeconds, nullptr, nullptr, nullptr});
    double at = kWarmUpSeconds, realSeconds = 0.0;
    for (std::size_t i = 0; i < routine.steps.size(); ++i) {
        RoutineSegment s;
        s.step = int(i) + 1;
        s.routineStep = &routine.steps[i];
        s.placement = content.findPlacement(routine.steps[i].placement);
        s.technique = techniqueOf(content, s.placement);
        s.length = kDefaultStepSeconds;
        if (s.placement && s.technique && stepLength) {
            s.length = std::max(1.0, stepLength(*s.technique, *s.placement));
        }
        if (s.placement) {
            realSeconds += placementSeconds(*s.placement);
        }
        s.start = at;
        at += s.length;
        segments_.push_back(s);
    }
    dosage_.minutesPerSide = std::max(1.0, std::round(realSeconds / 60.0));
    dosage_.text = "about " + std::to_string(int(dosage_.minutesPerSide)) +
                   " min a side (the steps' times), a few times a week";
    state_ = RoutineState::Screening;
    openNextGate();
}

void RoutinePlayer::openNextGate() {
    if (state_ == RoutineState::Ended) {
        return;
    }
    const bool unanswered =
        std::any_of(answers_.begin(), answers_.end(), [](const auto& a) { return !a.has_value(); });
    if (unanswered) {
        state_ = RoutineState::Screening;
    } else if (patient_ && !acknowledged_) {
        state_ = RoutineState::RedFlags;
    } else if (gated()) {
        state_ = RoutineState::Paused;
    }
}

void RoutinePlayer::answer(std::size_t index, bool yes) {
    if (state_ != RoutineState::Screening || index >= answers_.size()) {
        return;
    }
    answers_[index] = yes;
    if (yes) {
        const ScreeningQuestion& q = questions_[index];
        endAdvice_ = q.ifYes;
        if (q.flag) {
            endAdvice_ += (endAdvice_.empty() ? "" : " ") + q.flag->text.text.get(language_);
        }
        state_ = RoutineState::Ended;
        return;
    }
    openNextGate();
}

void RoutinePlayer::acknowledgeRedFlags() {
    if (state_ == RoutineState::RedFlags) {
        acknowledged_ = true;
        openNextGate();
    }
}

bool RoutinePlayer::play() {
    if (gated() || state_ == RoutineState::Ended) {
        return false;
    }
    if (state_ == RoutineState::Finished) {
        time_ = 0.0;
    }
    state_ = RoutineState::Playing;
    return true;
}

void RoutinePlayer::pause() {
    if (state_ == RoutineState::Playing) {
        state_ = RoutineState::Paused;
    }
}

void RoutinePlayer::togglePlay() {
    if (state_ == RoutineState::Playing) {
        pause();
    } else {
        play();
    }
}

double RoutinePlayer::duration() const {
    return segments_.back().start + segments_.back().length;
}

void RoutinePlayer::advance(double seconds) {
    if (state_ != RoutineState::Playing) {
        return;
    }
    time_ += std::max(0.0, seconds) * speed_;
    if (time_ >= duration()) {
        time_ = duration();
        state_ = RoutineState::Finished;
    }
}

const RoutineSegment& RoutinePlayer::current() const {
    for (std::size_t i = segments_.size(); i-- > 0;) {
        if (time_ >= segments_[i].start) {
            return segments_[std::min(i, segments_.size() - 1)];
        }
    }
    return segments_.front();
}

void RoutinePlayer::goToStep(int step) {
    if (gated() || state_ == RoutineState::Ended) {
        return;
    }
    step = std::clamp(step, 0, int(segments_.size()) - 1);
    time_ = segments_[std::size_t(step)].start;
    if (state_ == RoutineState::Finished) {
        state_ = RoutineState::Paused;
    }
}

void RoutinePlayer::stepForward() {
    if (step() + 1 < int(segments_.size())) {
        goToStep(step() + 1);
    } else if (!gated() && state_ != RoutineState::Ended) {
        time_ = duration();
        state_ = RoutineState::Finished;
    }
}

void RoutinePlayer::stepBack() {
    const bool nearStart = localTime() < kBackToPreviousWithin;
    if (state_ == RoutineState::Finished) {
        goToStep(int(segments_.size()) - 1);
        return;
    }
    goToStep(nearStart ? step() - 1 : step());
}

void RoutinePlayer::seek(double seconds) {
    if (gated() || state_ == RoutineState::Ended) {
        return;
    }
    time_ = std::clamp(seconds, 0.0, duration());
    if (state_ == RoutineState::Finished && time_ < duration()) {
        state_ = RoutineState::Paused;
    }
}

void RoutinePlayer::setSpeed(double speed) {
    speed_ = std::clamp(speed, 0.25, 4.0);
}

} // namespace glutea
