// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// The Spanish catalogue covers the window: every English string the code of src/ui and src/app
// hands to tr(), trf() or trTitle() is a key of assets/i18n/es.json (found by reading the source
// text, not through the code under test), the hip actions' names and movements too (they are
// translated where shown), and the panels drawn in Spanish look up nothing the catalogue lacks.
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "anatomy/hip_action.h"
#include "anatomy/quiz_round.h"
#include "app/key_bindings.h"
#include "app/ui_language.h"
#include "content_test_support.h"
#include "spanish_ui_fixture.h"
#include "ui/action_panel.h"
#include "ui/chairside_panel.h"
#include "ui/quiz_panel.h"
#include "ui/translate.h"
#include "ui_harness.h"

namespace glutea {
namespace {

using json = nlohmann::json;

using test::spanishStrings;

bool identifierChar(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
}

// The C string literal starting at text[at] (a '"'), unescaped; `at` moves past it.
std::string literalAt(const std::string& text, std::size_t& at) {
    std::string out;
    for (++at; at < text.size() && text[at] != '"'; ++at) {
        if (text[at] == '\\' && at + 1 < text.size()) {
            const char c = text[++at];
            out += c == 'n' ? '\n' : c == 't' ? '\t' : c; // \" \\ \' stand for themselves
        } else {
            out += text[at];
        }
    }
    ++at;
    return out;
}

std::size_t skipSpace(const std::string& text, std::size_t at) {
    while (at < text.size() && std::isspace(static_cast<unsigned char>(text[at]))) {
        ++at;
    }
    return at;
}

// Every string literal inside the parentheses of tr( / trf( / trTitle( calls in `text`
// (adjacent literals joined, as the compiler joins them; the branches of a ?: each count; a
// literal that is compared, == "playing", is not a text).
std::vector<std::string> translatedLiterals(const std::string& text) {
    std::vector<std::string> out;
    for (const std::string call : {"tr(", "trf(", "trTitle("}) {
        for (std::size_t at = text.find(call); at != std::string::npos;
             at = text.find(call, at + 1)) {
            if (at > 0 && (identifierChar(text[at - 1]) || text[at - 1] == '.')) {
                continue; // str(, ImGui::Text( ... not ours
            }
            int depth = 1;
            std::size_t i = at + call.size();
            bool compared = false;
            while (i < text.size() && depth > 0) {
                const char c = text[i];
                if (c == '"') {
                    std::string joined = literalAt(text, i);
                    for (std::size_t next = skipSpace(text, i);
                         next < text.size() && text[next] == '"'; next = skipSpace(text, i)) {
                        i = next;
                        joined += literalAt(text, i);
                    }
                    const std::size_t after = skipSpace(text, i);
                    const bool comparedAfter =
                        text.compare(after, 2, "==") == 0 || text.compare(after, 2, "!=") == 0;
                    if (!compared && !comparedAfter) {
                        out.push_back(joined);
                    }
                    compared = false;
                    continue;
                }
                if (c == '\'') { // a character literal: '(' is no parenthesis
                    i = text.find('\'', i + (text[i + 1] == '\\' ? 3 : 2)) + 1;
                    continue;
                }
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                if ((c == '=' || c == '!') && i + 1 < text.size() && text[i + 1] == '=') {
                    compared = true;
                    ++i;
                } else if (!std::isspace(static_cast<unsigned char>(c))) {
                    compared = false;
                }
                ++i;
            }
        }
    }
    return out;
}

TEST(UiCatalogue, TheScanFindsTheLiteralsOfACall) {
    // The reader of the source itself, on text written here.
    const std::string code = R"code(ImGui::Text(tr("Step %d of %d"), a); x = str("no");
        tr(on ? "One" : "Two");  tr("Long "
           "joined"); trf("Saved %s", f(")")); tr(s == "playing" ? "Pause" : "Play");)code";
    EXPECT_EQ(translatedLiterals(code),
              (std::vector<std::string>{"Step %d of %d", "One", "Two", "Long joined", "Pause",
                                        "Play", "Saved %s", ")"}));
}

TEST(UiCatalogue, EveryStringTheCodeTranslatesHasASpanishEntry) {
    const json& strings = spanishStrings();
    std::set<std::string> missing;
    std::size_t seen = 0;
    for (const char* dir : {"src/ui", "src/app"}) {
        for (const auto& entry : std::filesystem::directory_iterator(test::sourceDir() / dir)) {
            const std::string ext = entry.path().extension().string();
            if (ext != ".cpp" && ext != ".h") {
                continue;
            }
            for (const std::string& english : translatedLiterals(test::readText(entry.path()))) {
                ++seen;
                if (!strings.contains(english)) {
                    missing.insert(entry.path().filename().string() + ": \"" + english + "\"");
                }
            }
        }
    }
    EXPECT_GT(seen, 200u) << "the scan found too few tr() calls: is it reading the sources?";
    for (const std::string& m : missing) {
        ADD_FAILURE() << "no Spanish in assets/i18n/es.json for " << m;
    }
}

TEST(UiCatalogue, EveryHipActionNameAndMovementHasASpanishEntry) {
    const json& strings = spanishStrings();
    ASSERT_FALSE(hipActions().empty());
    for (const HipActionDef& a : hipActions()) {
        EXPECT_TRUE(strings.contains(a.name)) << a.id << ": " << a.name;
        EXPECT_TRUE(strings.contains(a.moves)) << a.id << ": " << a.moves;
    }
}

QuizQuestion question(const std::string& prompt, std::vector<std::string> choices, int answer) {
    QuizQuestion q;
    q.kind = QuestionKind::NameHighlighted;
    q.key = "name:" + choices[std::size_t(answer)];
    q.prompt = prompt;
    q.answer = answer;
    q.answerText = choices[std::size_t(answer)];
    q.choices = std::move(choices);
    q.explanation = "Why.";
    return q;
}

// The panels in Spanish, in the states a session passes through; tr() records every English
// string it looked up and found no entry for.
class SpanishLookups : public test::SpanishUi {
  protected:
    void expectNoneMissing(const char* what) {
        for (const std::string& english : untranslatedLookups()) {
            ADD_FAILURE() << what << ": tr(\"" << english << "\") has no Spanish entry";
        }
    }
};

TEST_F(SpanishLookups, TheMainPanelsCardAndHelp) {
    const int part = atlas.findPart("piriformis", Side::Left);
    ASSERT_GE(part, 0);
    view.selection.select(selectionOfPart(atlas, part));
    for (Audience audience : {Audience::Patient, Audience::Student, Audience::Therapist}) {
        panels.settings.audience = audience;
        ui.frames(2, [&] { panels.draw(atlas, &content, view, UiStatus{}); });
    }
    panels.keyRows = keyHelpRows(); // the F1 help as the app fills it
    panels.mouseRows = mouseHelpRows();
    panels.toggleHelp();
    ui.frames(2, [&] { panels.draw(atlas, &content, view, UiStatus{}); });
    panels.copyCardAsText();
    const UiActions actions = [&] {
        UiActions a;
        ui.frame([&] { a = panels.draw(atlas, &content, view, UiStatus{}); });
        return a;
    }();
    EXPECT_FALSE(actions.copiedCard.empty());
    expectNoneMissing("main panels");
}

TEST_F(SpanishLookups, TheReferredPainAndTechniquePanels) {
    for (Audience audience : {Audience::Patient, Audience::Therapist}) {
        panels.settings.audience = audience;
        ReferralPanel& r = panels.referral;
        r = {};
        r.active = r.playing = true;
        r.title = "Dolor referido: piriforme";
        r.caption = "Texto.";
        r.hasSpillover = r.hasTriggerPoints = true;
        r.triggerPoints = {{"a", "PG1"}};
        ui.frames(2, [&] { panels.draw(atlas, &content, view, UiStatus{}); });
        r.neural = true;
        ui.frames(2, [&] { panels.draw(atlas, &content, view, UiStatus{}); });
        r = {};
        r.active = r.whereMode = r.hasPainted = true;
        ui.frames(2, [&] { panels.draw(atlas, &content, view, UiStatus{}); });
        r.ranking = {{"Piriforme", "zona principal", 0.6f, false}};
        ui.frames(2, [&] { panels.draw(atlas, &content, view, UiStatus{}); });
        r = {};
        for (const char* state : {"screening", "red_flags", "playing", "paused", "ended"}) {
            TechniquePanel& p = panels.technique;
            p = {};
            p.active = p.playing = p.routineOpen = p.cautionsOn = true;
            p.routineName = "Rutina";
            p.routineState = state;
            p.stepCount = 3;
            p.step = 1;
            p.duration = 10.0;
            p.lines = {"Técnica", "Posición"};
            p.steps = {"Uno"};
            p.cautions = {"Cuidado"};
            p.note = "Nota";
            p.holdRemainingS = 3.0f;
            p.holdRealS = 5.0f;
            p.dosage = "2 veces";
            p.questions = {"¿Pregunta?"};
            p.answers = {-1};
            p.redFlags = {{"Aviso", false}, {"Urgencia", true}};
            p.endAdvice = "Consulte.";
            p.noteTitle = "Zona";
            p.noteText = "Por qué.";
            ui.frames(2, [&] { panels.draw(atlas, &content, view, UiStatus{}); });
        }
    }
    expectNoneMissing("referred pain and techniques");
}

TEST_F(SpanishLookups, TheQuiz) {
    QuizPanel quiz;
    QuizRound round{{question("Q1?", {"Piriformis", "Sacrum"}, 0),
                     question("Q2?", {"Sciatic nerve", "Femoral nerve"}, 0)}};
    QuizPanelState state{&round, false, {}, {"Piriformis"}, "Progress note."};
    auto draw = [&] {
        QuizUiRequest request;
        ui.frames(2, [&] { quiz.draw(state, request); });
    };
    draw();
    round.answerChoice(0); // right
    draw();
    round.next();
    round.answerChoice(1); // wrong
    draw();
    round.next();
    draw(); // the round's end: the review of mistakes
    expectNoneMissing("quiz");
}

// The structures of structures.json, read here (not through the quiz code).
const std::map<std::string, json>& rawStructures() {
    static const auto byId = [] {
        std::map<std::string, json> m;
        const json doc = json::parse(test::readText(test::defaultContentDir() / "structures.json"));
        for (const json& s : doc.at("structures")) {
            m[s.at("id").get<std::string>()] = s;
        }
        return m;
    }();
    return byId;
}

std::string lowerAscii(std::string s) {
    for (char& c : s) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return s;
}

TEST_F(SpanishLookups, TheQuizAsksInSpanish) {
    const auto& raw = rawStructures();
    auto es = [&](const std::string& id) {
        return raw.at(id).at("name").at("es").get<std::string>();
    };
    std::set<std::string> spanishNames;
    std::vector<std::string> englishOnlyFacts; // shown in English, as the content has no Spanish
    for (const auto& [id, s] : raw) {
        spanishNames.insert(es(id));
        for (const auto& [key, value] : s.items()) {
            if (value.is_object() && value.contains("text") && !value["text"].contains("es")) {
                englishOnlyFacts.push_back(value["text"].at("en").get<std::string>());
            }
        }
    }
    // The nerves the muscles' innervation texts name ("Femoral nerve (L2-L4)."), in Spanish: the
    // content's name where it has the nerve as a structure, es.json's otherwise.
    std::set<std::string> spanishNerves;
    for (const auto& [id, s] : raw) {
        if (s.at("kind") != "muscle" || !s.contains("innervation")) {
            continue;
        }
        std::string nerve = s.at("innervation").at("text").at("en").get<std::string>();
        nerve = nerve.substr(0, nerve.find(" ("));
        while (!nerve.empty() && (nerve.back() == '.' || nerve.back() == ' ')) {
            nerve.pop_back();
        }
        const auto named = std::find_if(
            raw.begin(), raw.end(), [&](const std::pair<const std::string, json>& entry) {
                return lowerAscii(entry.second.at("name").at("en").get<std::string>()) ==
                       lowerAscii(nerve);
            });
        spanishNerves.insert(named != raw.end()
                                 ? es(named->first)
                                 : spanishStrings().value(nerve, "(none: " + nerve + ")"));
    }
    const auto structures = quizStructures(content, nullptr, "es");
    const QuizWords words = quizWords();
    std::vector<QuizQuestion> questions;
    for (QuestionKind kind :
         {QuestionKind::NameHighlighted, QuestionKind::TypeHighlighted, QuestionKind::ClickNamed,
          QuestionKind::Origin, QuestionKind::Insertion, QuestionKind::Action,
          QuestionKind::Innervation, QuestionKind::Deeper, QuestionKind::BelowPiriformis}) {
        const auto some = questionsOfKind(structures, kind, 3, words);
        EXPECT_FALSE(some.empty()) << toString(kind);
        questions.insert(questions.end(), some.begin(), some.end());
    }
    QuizRoundOptions options;
    options.words = words;
    options.count = 10;
    const auto round = generateRound(structures, options);
    EXPECT_EQ(round.size(), 10u);
    questions.insert(questions.end(), round.begin(), round.end());

    const std::string superficial = spanishStrings().at("the superficial layer");
    bool layerNamed = false;
    for (const QuizQuestion& q : questions) {
        for (std::string text : {q.prompt, q.explanation}) {
            for (const std::string& f : englishOnlyFacts) {
                for (auto at = text.find(f); at != std::string::npos; at = text.find(f)) {
                    text.erase(at, f.size());
                }
            }
            for (const char* english : {"Which", "Click the", "This is the", "lies in", "layer",
                                        "highlighted", "supplies", "deeper", "greater sciatic",
                                        "origin:", "insertion:", "action:", " or the "}) {
                EXPECT_EQ(text.find(english), std::string::npos)
                    << q.key << ": \"" << english << "\" in " << text;
            }
        }
        for (const std::string& c : q.choices) {
            EXPECT_TRUE(spanishNames.count(c) ||
                        (q.kind == QuestionKind::Innervation && spanishNerves.count(c)))
                << q.key << ": " << c << " is no Spanish content name nor es.json's nerve";
        }
        const std::string subject = lowerAscii(es(q.subject));
        switch (q.kind) {
        case QuestionKind::NameHighlighted:
        case QuestionKind::TypeHighlighted:
        case QuestionKind::ClickNamed:
            EXPECT_EQ(q.answerText, es(q.subject)) << q.key;
            EXPECT_NE(q.explanation.find(subject), std::string::npos) << q.key;
            if (q.kind == QuestionKind::ClickNamed) {
                EXPECT_NE(q.prompt.find(subject), std::string::npos) << q.key;
            }
            layerNamed |= q.subject == "gluteus_maximus" &&
                          q.explanation.find(superficial) != std::string::npos;
            break;
        case QuestionKind::Innervation:
            EXPECT_NE(q.prompt.find(subject), std::string::npos) << q.key;
            break;
        case QuestionKind::Deeper: {
            const std::string pair = q.key.substr(q.key.find(':') + 1);
            const std::string a = pair.substr(0, pair.find('|')),
                              b = pair.substr(pair.find('|') + 1);
            EXPECT_NE(q.prompt.find(lowerAscii(es(a))), std::string::npos) << q.key;
            EXPECT_NE(q.prompt.find(lowerAscii(es(b))), std::string::npos) << q.key;
            EXPECT_NE(q.explanation.find(es(a)), std::string::npos) << q.key;
            break;
        }
        default:
            EXPECT_EQ(q.answerText, es(q.answerId)) << q.key;
            break;
        }
    }
    EXPECT_TRUE(layerNamed) << "the layer is named in Spanish: " << superficial;

    // The panel shows the words of a skipped question and of a click on nothing in Spanish.
    auto clicks = questionsOfKind(structures, QuestionKind::ClickNamed, 1, words);
    ASSERT_GE(clicks.size(), 2u);
    QuizRound quizRound({clicks[0], clicks[1]});
    QuizPanel panel;
    QuizPanelState state{&quizRound, false, {}, {}, "Nota."};
    QuizUiRequest request;
    quizRound.skip();
    ui.frames(2, [&] { panel.draw(state, request); });
    quizRound.next();
    quizRound.answerClick("", "");
    ui.frames(2, [&] { panel.draw(state, request); });
    quizRound.next();
    ui.frames(2, [&] { panel.draw(state, request); });
    expectNoneMissing("the quiz's sentences");
}

TEST_F(SpanishLookups, TheMuscleActionsInEverySide) {
    for (const HipActionDef& a : hipActions()) {
        for (const char* side : {"left", "right"}) {
            ActionPanelState state;
            state.action = &a;
            state.side = side;
            MuscleState shorter, longer;
            shorter.id = "piriformis";
            shorter.restM = 1.0f;
            shorter.nowM = 0.8f;
            longer = shorter;
            longer.nowM = 1.2f;
            longer.inModel = false;
            state.muscles = {shorter, longer};
            state.names = {"Piriforme", "Otro"};
            ActionUiRequest request;
            ui.frames(2, [&] {
                drawActionMenu(state, request);
                drawActionPanel(state, request);
            });
        }
    }
    expectNoneMissing("muscle actions");
}

TEST_F(SpanishLookups, ChairsideAtEveryStep) {
    for (int step = 1; step <= kChairsideSteps; ++step) {
        ChairsideView v;
        v.active = true;
        v.step = step;
        v.title = "Título";
        v.lines = {"Una línea."};
        v.muscles = {"Piriforme", "Glúteo medio"};
        v.routines = {{"r", "Rutina"}};
        v.routine = step == 4 ? "r" : "";
        if (step == 4) {
            v.dosage = "Cuánto: poco.";
            v.routineSteps = {"Calentamiento", "1. Paso"};
            v.routineStep = 1;
            v.routineState = "playing";
        }
        ChairsideUiRequest request;
        ui.frames(2, [&] { drawChairside(v, request); });
    }
    expectNoneMissing("chairside");
}

} // namespace
} // namespace glutea
