// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// Quiz questions from the real content, checked against structures.json read here directly (not
// through the quiz code): the right answer is the one the content states, the wrong choices are
// really wrong, typed answers forgive slips but not other names, a round scores and keeps its
// mistakes, and progress survives a save and load.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "anatomy/content_loader.h"
#include "anatomy/quiz.h"
#include "anatomy/quiz_progress.h"
#include "anatomy/quiz_round.h"
#include "base/error.h"

using namespace glutea;

namespace {

const std::vector<QuizStructure>& structures() {
    static const auto s =
        quizStructures(loadContent(GLUTEA_SOURCE_DIR "/assets/atlas/content").content, nullptr);
    return s;
}

// id -> the structure's JSON entry.
const std::map<std::string, nlohmann::json>& raw() {
    static const auto byId = [] {
        std::ifstream in(GLUTEA_SOURCE_DIR "/assets/atlas/content/structures.json");
        const nlohmann::json doc = nlohmann::json::parse(in); // kept: the loop reads into it
        std::map<std::string, nlohmann::json> m;
        for (const auto& s : doc.at("structures")) {
            m[s.at("id").get<std::string>()] = s;
        }
        return m;
    }();
    return byId;
}

std::string rawName(const std::string& id) {
    return raw().at(id).at("name").at("en");
}
std::string rawFact(const std::string& id, const std::string& fact) {
    const auto& s = raw().at(id);
    return s.contains(fact) ? s.at(fact).at("text").at("en").get<std::string>() : "";
}
std::string idNamed(const std::string& name) {
    for (const auto& [id, s] : raw()) {
        if (s.at("name").at("en") == name) {
            return id;
        }
    }
    return "";
}

void expectWellFormed(const QuizQuestion& q) {
    ASSERT_GE(q.choices.size(), 2u) << q.key;
    ASSERT_GE(q.answer, 0) << q.key;
    ASSERT_LT(q.answer, static_cast<int>(q.choices.size())) << q.key;
    EXPECT_EQ(q.choices[q.answer], q.answerText) << q.key;
    EXPECT_EQ(std::set<std::string>(q.choices.begin(), q.choices.end()).size(), q.choices.size())
        << q.key << ": a choice twice";
    EXPECT_FALSE(q.explanation.empty()) << q.key;
}

TEST(Quiz, WhatToReviseReadsAsNamesAndWhatWasAsked) {
    const std::map<std::string, std::string> names = {{"piriformis", "Piriformis"},
                                                      {"gluteus_maximus", "Gluteus maximus"}};
    const auto nameOf = [&](const std::string& id) { return names.at(id); };
    const QuizWords words;
    EXPECT_EQ(revisionText("innervation:piriformis", words, nameOf), "Piriformis: nerve supply");
    EXPECT_EQ(revisionText("deeper:gluteus_maximus|piriformis", words, nameOf),
              "Gluteus maximus / Piriformis: which lies deeper");
    EXPECT_EQ(revisionText("strange_kind:piriformis", words, nameOf), "strange_kind:piriformis");
    QuizWords spanish;
    spanish.revisionKinds["innervation"] = "inervación";
    EXPECT_EQ(revisionText("innervation:piriformis", spanish, nameOf), "Piriformis: inervación");
    // Every kind a question can have is named for the list.
    for (QuestionKind k :
         {QuestionKind::NameHighlighted, QuestionKind::TypeHighlighted, QuestionKind::ClickNamed,
          QuestionKind::Origin, QuestionKind::Insertion, QuestionKind::Action,
          QuestionKind::Innervation, QuestionKind::Deeper, QuestionKind::BelowPiriformis}) {
        EXPECT_TRUE(words.revisionKinds.count(toString(k))) << toString(k);
    }
}

} // namespace

TEST(Quiz, FactQuestionsAnswerWhatTheContentSays) {
    for (QuestionKind kind :
         {QuestionKind::Origin, QuestionKind::Insertion, QuestionKind::Action}) {
        const std::string fact = toString(kind);
        const auto questions = questionsOfKind(structures(), kind, 5);
        EXPECT_GE(questions.size(), 8u) << fact;
        for (const auto& q : questions) {
            expectWellFormed(q);
            const std::string right = idNamed(q.answerText);
            ASSERT_FALSE(right.empty()) << q.key;
            EXPECT_EQ(raw().at(right).at("kind"), "muscle");
            EXPECT_NE(q.prompt.find(rawFact(right, fact)), std::string::npos) << q.key;
            for (std::size_t c = 0; c < q.choices.size(); ++c) {
                if (static_cast<int>(c) != q.answer) {
                    EXPECT_NE(rawFact(idNamed(q.choices[c]), fact), rawFact(right, fact))
                        << q.key << ": " << q.choices[c] << " would be right too";
                }
            }
        }
    }
}

TEST(Quiz, InnervationChoicesAreDifferentNerves) {
    const auto questions = questionsOfKind(structures(), QuestionKind::Innervation, 2);
    EXPECT_GE(questions.size(), 8u);
    for (const auto& q : questions) {
        expectWellFormed(q);
        const std::string text = rawFact(q.subject, "innervation");
        EXPECT_EQ(text.rfind(q.answerText, 0), 0u) << q.key << ": " << text;
        for (std::size_t c = 0; c < q.choices.size(); ++c) {
            if (static_cast<int>(c) != q.answer) {
                EXPECT_NE(text.rfind(q.choices[c], 0), 0u) << q.key << ": " << q.choices[c];
            }
        }
    }
}

TEST(Quiz, DeeperIsTheDeeperLayer) {
    const std::map<std::string, int> depth = {
        {"skin", 0}, {"superficial", 1}, {"intermediate", 2}, {"deep", 3}, {"bone", 4}};
    const auto questions = questionsOfKind(structures(), QuestionKind::Deeper, 3);
    EXPECT_GE(questions.size(), 10u);
    bool maximusOverPiriformis = false;
    for (const auto& q : questions) {
        expectWellFormed(q);
        ASSERT_EQ(q.choices.size(), 2u);
        const std::string right = idNamed(q.choices[q.answer]);
        const std::string wrong = idNamed(q.choices[1 - q.answer]);
        EXPECT_GT(depth.at(raw().at(right).at("layer")), depth.at(raw().at(wrong).at("layer")))
            << q.key;
        maximusOverPiriformis |= right == "piriformis" && wrong == "gluteus_maximus";
    }
    EXPECT_TRUE(maximusOverPiriformis) << "the classic pair is asked";
}

TEST(Quiz, TheSciaticNerveLeavesBelowThePiriformis) {
    // Several nerves leave the pelvis below the piriformis (sciatic, inferior gluteal, posterior
    // femoral cutaneous, pudendal): one question each, never another of them as a wrong choice.
    const auto questions = questionsOfKind(structures(), QuestionKind::BelowPiriformis, 1);
    ASSERT_GE(questions.size(), 1u);
    bool sciatic = false;
    for (const auto& q : questions) {
        expectWellFormed(q);
        sciatic |= q.answerText == rawName("sciatic_nerve");
        for (std::size_t c = 0; c < q.choices.size(); ++c) {
            if (static_cast<int>(c) == q.answer) {
                continue;
            }
            const std::string id = idNamed(q.choices[c]);
            const std::string course = raw().at(id).contains("course") ? rawFact(id, "course") : "";
            EXPECT_EQ(course.find("below piriformis"), std::string::npos) << q.key << ": " << id;
            EXPECT_EQ(course.find("below the piriformis"), std::string::npos)
                << q.key << ": " << id;
        }
    }
    EXPECT_TRUE(sciatic);
    EXPECT_NE(rawFact("sciatic_nerve", "course").find("below piriformis"), std::string::npos);
}

TEST(Quiz, NameTheHighlightedOffersNamesOfTheSameKind) {
    const auto questions = questionsOfKind(structures(), QuestionKind::NameHighlighted, 4);
    EXPECT_GE(questions.size(), 20u);
    for (const auto& q : questions) {
        expectWellFormed(q);
        EXPECT_EQ(q.choices.size(), 4u) << q.key;
        EXPECT_EQ(q.answerText, rawName(q.subject));
        const std::string kind = raw().at(q.subject).at("kind");
        if (kind == "muscle") {
            for (const auto& c : q.choices) {
                EXPECT_EQ(raw().at(idNamed(c)).at("kind"), "muscle") << q.key << ": " << c;
            }
        }
    }
}

TEST(Quiz, ARoundHasTenMixedQuestionsAndRevisionFirst) {
    QuizRoundOptions options;
    options.seed = 11;
    const auto round = generateRound(structures(), options);
    ASSERT_EQ(round.size(), 10u);
    std::set<std::string> keys;
    std::set<QuestionKind> kinds;
    for (const auto& q : round) {
        keys.insert(q.key);
        kinds.insert(q.kind);
    }
    EXPECT_EQ(keys.size(), 10u) << "a question twice";
    EXPECT_GE(kinds.size(), 5u) << "kinds should mix";
    options.revise = {"innervation:piriformis", "deeper:gluteus_maximus|piriformis"};
    const auto revising = generateRound(structures(), options);
    ASSERT_GE(revising.size(), 2u);
    EXPECT_EQ(revising[0].key, "innervation:piriformis");
    EXPECT_EQ(revising[1].key, "deeper:gluteus_maximus|piriformis");
    options.seed = 12;
    options.revise.clear();
    EXPECT_NE(generateRound(structures(), options)[0].key +
                  generateRound(structures(), options)[1].key,
              round[0].key + round[1].key);
}

TEST(QuizAnswers, TypedAnswersForgiveSlipsButNotOtherNames) {
    const std::vector<std::string> maximus = {"Gluteus maximus", "Musculus gluteus maximus",
                                              "glutes"};
    EXPECT_TRUE(matchesTyped("gluteus maximus", maximus));
    EXPECT_TRUE(matchesTyped("  Gluteus   MAXIMUS ", maximus));
    EXPECT_TRUE(matchesTyped("gluteus maximis", maximus));
    EXPECT_TRUE(matchesTyped("glueteus maxmus", maximus));
    EXPECT_TRUE(matchesTyped("the gluteus maximus", maximus));
    EXPECT_TRUE(matchesTyped("m. gluteus maximus", maximus));
    EXPECT_TRUE(matchesTyped("glutes", maximus));
    EXPECT_FALSE(matchesTyped("gluteus medius", maximus));
    EXPECT_FALSE(matchesTyped("gluteus minimus", maximus));
    EXPECT_FALSE(matchesTyped("gl", maximus));
    EXPECT_FALSE(matchesTyped("", maximus));
    EXPECT_TRUE(matchesTyped("piriformus", {"Piriformis"}));
    EXPECT_TRUE(matchesTyped("tensor fasciae latae", {"Musculus tensor fasciæ latæ"}));
    EXPECT_EQ(editDistance("piriformis", "pirifromis"), 1); // swapped neighbours: one slip
}

TEST(QuizRound, ScoreStreakAndMistakes) {
    auto questions = questionsOfKind(structures(), QuestionKind::Innervation, 9);
    questions.resize(4);
    QuizRound round(questions);
    ASSERT_EQ(round.size(), 4u);
    EXPECT_TRUE(round.answerChoice(questions[0].answer).correct);
    EXPECT_EQ(round.answerChoice((questions[0].answer + 1) % 2).correct, true)
        << "a second answer to the same question changes nothing";
    round.next();
    EXPECT_TRUE(round.answerChoice(questions[1].answer).correct);
    round.next();
    EXPECT_EQ(round.score(), 2);
    EXPECT_EQ(round.streak(), 2);
    const int wrong = (questions[2].answer + 1) % static_cast<int>(questions[2].choices.size());
    const AnswerResult r = round.answerChoice(wrong);
    EXPECT_FALSE(r.correct);
    EXPECT_EQ(r.rightAnswer, questions[2].answerText);
    EXPECT_EQ(r.given, questions[2].choices[wrong]);
    EXPECT_FALSE(r.explanation.empty());
    round.next();
    EXPECT_EQ(round.score(), 2);
    EXPECT_EQ(round.streak(), 0);
    EXPECT_EQ(round.bestStreak(), 2);
    ASSERT_EQ(round.mistakes().size(), 1u);
    EXPECT_EQ(round.mistakes()[0].question.key, questions[2].key);
    round.next(); // not answered yet: stays
    EXPECT_EQ(round.number(), 4u);
    round.skip();
    round.next();
    EXPECT_TRUE(round.finished());
    EXPECT_EQ(round.current(), nullptr);
    EXPECT_EQ(round.mistakes().size(), 2u);
}

TEST(QuizRound, ClickAndTypedAnswers) {
    auto clicks = questionsOfKind(structures(), QuestionKind::ClickNamed, 1);
    ASSERT_FALSE(clicks.empty());
    QuizRound round({clicks[0], clicks[1]});
    EXPECT_TRUE(round.answerClick(clicks[0].answerId, "x").correct);
    round.next();
    EXPECT_FALSE(round.answerClick(clicks[0].answerId, "x").correct);
    auto typed = questionsOfKind(structures(), QuestionKind::TypeHighlighted, 1);
    const auto piriformis = std::find_if(typed.begin(), typed.end(),
                                         [](const auto& q) { return q.subject == "piriformis"; });
    ASSERT_NE(piriformis, typed.end());
    QuizRound typing({*piriformis});
    EXPECT_TRUE(typing.answerTyped("Piriformus").correct);
}

TEST(QuizRound, TypedInSpanishAcceptsTheSpanishEnglishAndLatinNames) {
    static const auto spanish = quizStructures(
        loadContent(GLUTEA_SOURCE_DIR "/assets/atlas/content").content, nullptr, "es");
    const auto typed = questionsOfKind(spanish, QuestionKind::TypeHighlighted, 1);
    EXPECT_GE(typed.size(), 20u);
    for (const auto& q : typed) {
        const auto& s = raw().at(q.subject);
        const std::string es = s.at("name").at("es");
        EXPECT_EQ(q.answerText, es) << q.key;
        EXPECT_TRUE(matchesTyped(es, q.accepted)) << q.key << ": " << es;
        EXPECT_TRUE(matchesTyped(rawName(q.subject), q.accepted)) << q.key;
        if (s.contains("latin")) {
            EXPECT_TRUE(matchesTyped(s.at("latin").get<std::string>(), q.accepted)) << q.key;
        }
        for (const auto& synonym : s.at("synonyms").value("es", nlohmann::json::array())) {
            const std::string text = synonym.get<std::string>();
            if (text.size() >= 3) { // "L3": shorter answers never count (matchesTyped)
                EXPECT_TRUE(matchesTyped(text, q.accepted)) << q.key << ": " << text;
            }
        }
        QuizRound round({q});
        EXPECT_TRUE(round.answerTyped(es).correct) << q.key << ": " << es;
    }
    const std::string maximus = raw().at("gluteus_maximus").at("name").at("es");
    const auto it = std::find_if(typed.begin(), typed.end(),
                                 [](const auto& q) { return q.subject == "gluteus_maximus"; });
    ASSERT_NE(it, typed.end());
    QuizRound round({*it});
    EXPECT_TRUE(round.answerTyped(maximus.substr(0, maximus.size() - 1)).correct) << "a slip";
}

TEST(Quiz, EnglishSentencesAsBefore) {
    auto find = [](QuestionKind kind, const std::string& key) {
        for (const auto& q : questionsOfKind(structures(), kind, 1)) {
            if (q.key == key) {
                return q;
            }
        }
        ADD_FAILURE() << key;
        return QuizQuestion{};
    };
    const std::string latin = raw().at("gluteus_maximus").at("latin");
    const std::string layer = raw().at("gluteus_maximus").at("layer");
    EXPECT_EQ(find(QuestionKind::ClickNamed, "click_named:piriformis").prompt,
              "Click the piriformis.");
    const QuizQuestion named =
        find(QuestionKind::NameHighlighted, "name_highlighted:gluteus_maximus");
    EXPECT_EQ(named.prompt, "Which structure is highlighted?");
    EXPECT_EQ(named.explanation,
              "This is the gluteus maximus (" + latin + "), in the " + layer + " layer.");
    const QuizQuestion origin = find(QuestionKind::Origin, "origin:piriformis");
    EXPECT_EQ(origin.prompt, "Which muscle has this origin? " + rawFact("piriformis", "origin"));
    EXPECT_EQ(origin.explanation, "Piriformis, origin: " + rawFact("piriformis", "origin"));
    EXPECT_EQ(find(QuestionKind::Innervation, "innervation:piriformis").prompt,
              "Which nerve supplies the piriformis?");
    const QuizQuestion deeper = find(QuestionKind::Deeper, "deeper:gluteus_maximus|piriformis");
    EXPECT_EQ(deeper.prompt, "Which lies deeper: the gluteus maximus or the piriformis?");
    EXPECT_EQ(deeper.explanation, "Piriformis lies in the " +
                                      raw().at("piriformis").at("layer").get<std::string>() +
                                      " layer, Gluteus maximus in the " + layer + " layer.");
    const QuizQuestion below =
        find(QuestionKind::BelowPiriformis, "below_piriformis:sciatic_nerve");
    EXPECT_EQ(below.prompt, "Which nerve leaves the pelvis through the greater sciatic foramen "
                            "below the piriformis?");
    EXPECT_EQ(below.explanation,
              rawName("sciatic_nerve") + ": " + rawFact("sciatic_nerve", "course"));
}

TEST(QuizProgress, MasteredRevisedAndSavedRoundTrip) {
    QuizProgress p;
    for (int i = 0; i < 3; ++i) {
        p.record("origin:piriformis", true);
    }
    p.record("innervation:gluteus_medius", false);
    p.record("deeper:a|b", false);
    p.record("deeper:a|b", false);
    p.record("deeper:a|b", true);
    p.finishRound(7);
    EXPECT_EQ(p.mastered(), std::vector<std::string>{"origin:piriformis"});
    EXPECT_EQ(p.toRevise(), (std::vector<std::string>{"deeper:a|b", "innervation:gluteus_medius"}));
    p.record("deeper:a|b", true); // made good twice in a row: revised
    EXPECT_EQ(p.toRevise(), std::vector<std::string>{"innervation:gluteus_medius"});
    const QuizProgress back = QuizProgress::fromJson(p.toJson(), "progress.json");
    EXPECT_EQ(back.rounds, 1);
    EXPECT_EQ(back.bestScore, 7);
    EXPECT_EQ(back.mastered(), p.mastered());
    EXPECT_EQ(back.toRevise(), p.toRevise());
    EXPECT_EQ(back.keys.at("deeper:a|b").wrong, 2);
    const auto j = nlohmann::json::parse(p.toJson());
    EXPECT_EQ(j.at("mastered")[0], "origin:piriformis");
}

TEST(QuizProgress, BadFilesAreNamed) {
    try {
        QuizProgress::fromJson("{not json", "/x/progress.json");
        FAIL();
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("/x/progress.json"), std::string::npos);
    }
    EXPECT_THROW(QuizProgress::fromJson(R"({"questions": {"a": {"right": "many"}}})", "p.json"),
                 Error);
    EXPECT_THROW(QuizProgress::fromJson("[1]", "p.json"), Error);
}
