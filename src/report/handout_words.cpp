// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "report/handout_words.h"

namespace glutea {

std::vector<std::string*> textsOf(HandoutWords& w) {
    DosageWords& d = w.stepDosage;
    std::vector<std::string*> texts = {&w.title,
                                       &w.patternCaption,
                                       &w.patternCaptionSided,
                                       &w.leftSide,
                                       &w.rightSide,
                                       &w.therapistRoutine,
                                       &w.routineDosage,
                                       &d.hold,
                                       &d.stroke,
                                       &d.circle,
                                       &d.inAll,
                                       &d.perMuscle,
                                       &d.times,
                                       &w.evidenceAnatomy,
                                       &w.evidenceObserved,
                                       &w.evidencePractitioners,
                                       &w.evidenceSafety,
                                       &w.painCaption,
                                       &w.markPainCaption,
                                       &w.noPainMap,
                                       &w.essentialLegend,
                                       &w.spilloverLegend,
                                       &w.neuralLegend,
                                       &w.paintedLegend,
                                       &w.cautionSustainedLegend,
                                       &w.cautionDirectLegend,
                                       &w.likelyCause,
                                       &w.mostLikely,
                                       &w.otherMuscles,
                                       &w.whatHelps,
                                       &w.howMuch,
                                       &w.beforeYouStart,
                                       &w.takeCare,
                                       &w.seeADoctor,
                                       &w.stopAndSee,
                                       &w.emergency,
                                       &w.sources,
                                       &w.date};
    for (std::string& month : w.months) {
        texts.push_back(&month);
    }
    return texts;
}

} // namespace glutea
