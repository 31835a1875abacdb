// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Quiz questions generated from the content (structures.json) and the atlas: name the highlighted
// structure (choices or typed), click the named one, and questions on the facts: origin,
// insertion, action, innervation, which layer lies deeper, which nerve leaves the pelvis below
// the piriformis, in the reader's language (QuizWords). Pure functions of the content and a seed,
// so a round can be replayed and tested.
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "anatomy/atlas.h"
#include "anatomy/content.h"

namespace glutea {

enum class QuestionKind {
    NameHighlighted, // a structure is highlighted: which is it? (choices)
    TypeHighlighted, // the same, answered by typing its name (forgiving spelling)
    ClickNamed,      // a structure is named: click it in the view
    Origin,          // which muscle has this origin?
    Insertion,
    Action,
    Innervation, // which nerve supplies this muscle?
    Deeper,      // which of two lies deeper?
    BelowPiriformis,
};
const char* toString(QuestionKind kind); // "name_highlighted", "origin", ...

struct QuizQuestion {
    QuestionKind kind = QuestionKind::NameHighlighted;
    std::string key;     // what is learnt: "KIND:STRUCTURE" (progress is kept per key)
    std::string subject; // the structure shown or asked about (highlighted, to click)
    std::string prompt;
    std::vector<std::string> choices;  // empty for typed and click questions
    int answer = -1;                   // index into choices
    std::string answerText;            // the right answer in words
    std::string answerId;              // its structure id (click: the one to click)
    std::vector<std::string> accepted; // typed: names that count (name, Latin, synonyms)
    std::string explanation;           // shown after the answer: why
};

// One quiz structure: what the questions draw on.
struct QuizStructure {
    std::string id;
    std::string name;        // the content's name in the quiz's language (English where none)
    std::string englishName; // the content's English name: typed answers accept it too
    std::string latin;
    std::vector<std::string> synonyms;        // the language's, then the English ones
    std::string kind;                         // muscle, nerve, bone, ...
    std::string layer;                        // skin, superficial, intermediate, deep, bone
    std::map<std::string, std::string> facts; // origin, insertion, action, innervation, course...
                                              // as shown: in the language, English where none
    std::map<std::string, std::string> englishFacts; // the same in English: what the rules read
    bool inAtlas = false;                            // has a mesh (can be highlighted and clicked)
};

// The structures of the content that the atlas draws (or all, without an atlas), their names
// and facts in `language` (English where a text has none).
std::vector<QuizStructure> quizStructures(const Content& content, const Atlas* atlas,
                                          std::string_view language = "en");

// The sentences of the questions, English unless the caller (the window, with its catalogue)
// passes them translated, as referral_captions.h's CaptionWords. Each %s is filled in order (a
// name, a fact, a layer); the names and facts come in the language of quizStructures.
struct QuizWords {
    std::string clickNamed = "Click the %s.";
    std::string whichHighlighted = "Which structure is highlighted?";
    std::string thisIs = "This is the %s.";               // the name (and its Latin)
    std::string thisIsInLayer = "This is the %s, in %s."; // ... and a layer (below)
    std::string originPrompt = "Which muscle has this origin? %s";
    std::string insertionPrompt = "Which muscle has this insertion? %s";
    std::string actionPrompt = "Which muscle has this action? %s";
    std::string originExplanation = "%s, origin: %s";
    std::string insertionExplanation = "%s, insertion: %s";
    std::string actionExplanation = "%s, action: %s";
    std::string innervationPrompt = "Which nerve supplies the %s?";
    std::string deeperPrompt = "Which lies deeper: the %s or the %s?";
    std::string deeperExplanation = "%s lies in %s, %s in %s.";
    std::string belowPiriformisPrompt =
        "Which nerve leaves the pelvis through the greater sciatic foramen below the piriformis?";
    // A layer as the sentences name it; a layer not here is named by its id.
    std::map<std::string, std::string> layers = {{"skin", "the skin layer"},
                                                 {"superficial", "the superficial layer"},
                                                 {"intermediate", "the intermediate layer"},
                                                 {"deep", "the deep layer"},
                                                 {"bone", "the bone layer"}};
    // Nerves the muscles' innervation texts name that are no structure of the content (whose own
    // names are used for the rest), as the choices show them.
    std::map<std::string, std::string> nerves = {
        {"Dorsal rami of the spinal nerves", "Dorsal rami of the spinal nerves"},
        {"Femoral nerve", "Femoral nerve"},
        {"Nerve to obturator internus", "Nerve to obturator internus"},
        {"Nerve to piriformis", "Nerve to piriformis"},
        {"Nerve to quadratus femoris", "Nerve to quadratus femoris"},
        {"Obturator nerve", "Obturator nerve"},
        {"Obturator nerve, anterior division", "Obturator nerve, anterior division"},
        {"Obturator nerve, posterior division", "Obturator nerve, posterior division"},
        {"Tibial part of the sciatic nerve", "Tibial part of the sciatic nerve"},
        {"Ventral rami of L1-L3", "Ventral rami of L1-L3"},
        {"Ventral rami of T12-L4", "Ventral rami of T12-L4"}};
    // What a question kind asks, for the list of what to revise ("Piriformis: nerve supply").
    std::map<std::string, std::string> revisionKinds = {
        {"name_highlighted", "its name"},
        {"type_highlighted", "its name, typed"},
        {"click_named", "where it lies"},
        {"origin", "origin"},
        {"insertion", "insertion"},
        {"action", "action"},
        {"innervation", "nerve supply"},
        {"deeper", "which lies deeper"},
        {"below_piriformis", "below the piriformis"}};
};

// A progress key ("KIND:STRUCTURE", "deeper:A|B") as a student reads it: the structures' names
// (`nameOf` an id), then what was asked: "Piriformis: nerve supply", "Gluteus maximus / Piriformis:
// which lies deeper". A key of no known kind is shown as it is.
std::string revisionText(const std::string& key, const QuizWords& words,
                         const std::function<std::string(const std::string&)>& nameOf);

struct QuizRoundOptions {
    int count = 10;
    std::uint32_t seed = 1;
    bool typed = false; // name-the-highlighted questions are typed instead of multiple choice
    bool clicks = true; // include click-the-named questions (the window; not headless)
    std::vector<std::string> revise; // keys to ask first (from progress: what to revise)
    QuizWords words;                 // the sentences, in the reader's language
};

// `count` questions, no key twice, kinds mixed; what to revise comes first.
std::vector<QuizQuestion> generateRound(const std::vector<QuizStructure>& structures,
                                        const QuizRoundOptions& options);
// Every question the content allows of a kind (one per subject), choices drawn with `seed`.
std::vector<QuizQuestion> questionsOfKind(const std::vector<QuizStructure>& structures,
                                          QuestionKind kind, std::uint32_t seed,
                                          const QuizWords& words = {});

} // namespace glutea
