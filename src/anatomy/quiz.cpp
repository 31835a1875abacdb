// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "anatomy/quiz.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <random>
#include <set>

#include "base/text.h"

namespace glutea {

namespace {

// Outside in: a larger number lies deeper.
int depthOf(const std::string& layer) {
    static const std::map<std::string, int> order = {
        {"skin", 0}, {"superficial", 1}, {"intermediate", 2}, {"deep", 3}, {"bone", 4}};
    auto it = order.find(layer);
    return it == order.end() ? -1 : it->second;
}

std::set<std::string> wordsOf(const std::string& text) {
    std::set<std::string> words;
    std::string word;
    for (char c : asciiLower(text) + " ") {
        if (std::isalnum(static_cast<unsigned char>(c))) {
            word += c;
        } else if (!word.empty()) {
            words.insert(word);
            word.clear();
        }
    }
    return words;
}

// Two fact texts that say nearly the same (the gemelli's actions): never one the answer and the
// other a wrong choice.
bool similar(const std::string& a, const std::string& b) {
    const auto wa = wordsOf(a), wb = wordsOf(b);
    std::size_t common = 0;
    for (const auto& w : wa) {
        common += wb.count(w);
    }
    const std::size_t all = wa.size() + wb.size() - common;
    return all == 0 || double(common) / double(all) > 0.6;
}

// "Inferior gluteal nerve (L5-S2)." -> "Inferior gluteal nerve"
std::string nerveName(const std::string& innervation) {
    std::string s = innervation.substr(0, innervation.find(" ("));
    while (!s.empty() && (s.back() == '.' || s.back() == ' ')) {
        s.pop_back();
    }
    return s;
}

// A fact as shown (in the quiz's language).
std::string fact(const QuizStructure& s, const std::string& name) {
    auto it = s.facts.find(name);
    return it == s.facts.end() ? std::string() : it->second;
}
// A fact in English: what the rules below read, whatever the language shown.
std::string englishFact(const QuizStructure& s, const std::string& name) {
    auto it = s.englishFacts.find(name);
    return it == s.englishFacts.end() ? std::string() : it->second;
}

std::string layerWords(const QuizWords& words, const std::string& layer) {
    auto it = words.layers.find(layer);
    return it == words.layers.end() ? layer : it->second;
}

bool mentionsBelowPiriformis(const QuizStructure& s) {
    const std::string course = asciiLower(englishFact(s, "course"));
    return course.find("below piriformis") != std::string::npos ||
           course.find("below the piriformis") != std::string::npos;
}

QuizQuestion makeQuestion(QuestionKind kind, std::string key, std::string subject) {
    QuizQuestion q;
    q.kind = kind;
    q.key = std::move(key);
    q.subject = std::move(subject);
    return q;
}

// The answer plus up to three wrong choices, shuffled; sets question.answer.
void setChoices(QuizQuestion& q, const std::string& right, std::vector<std::string> wrong,
                std::mt19937& random) {
    std::shuffle(wrong.begin(), wrong.end(), random);
    wrong.resize(std::min<std::size_t>(wrong.size(), 3));
    q.choices = wrong;
    q.choices.push_back(right);
    std::shuffle(q.choices.begin(), q.choices.end(), random);
    q.answer =
        static_cast<int>(std::find(q.choices.begin(), q.choices.end(), right) - q.choices.begin());
    q.answerText = right;
}

void questionsFor(const std::vector<QuizStructure>& all, QuestionKind kind, const QuizWords& words,
                  std::mt19937& random, std::vector<QuizQuestion>& out) {
    auto muscles = [&] {
        std::vector<const QuizStructure*> m;
        for (const auto& s : all) {
            if (s.kind == "muscle") {
                m.push_back(&s);
            }
        }
        return m;
    }();
    const std::string kindId = toString(kind);
    switch (kind) {
    case QuestionKind::NameHighlighted:
    case QuestionKind::TypeHighlighted:
    case QuestionKind::ClickNamed:
        for (const auto& s : all) {
            if (!s.inAtlas || s.kind == "skin") {
                continue;
            }
            QuizQuestion q = makeQuestion(kind, kindId + ":" + s.id, s.id);
            q.answerId = s.id;
            q.answerText = s.name;
            if (kind == QuestionKind::ClickNamed) {
                q.prompt = fillIn(words.clickNamed, {asciiLower(s.name)});
            } else {
                q.prompt = words.whichHighlighted;
                if (kind == QuestionKind::NameHighlighted) {
                    std::vector<std::string> wrong, otherKind;
                    for (const auto& o : all) {
                        if (o.id != s.id && o.inAtlas && o.kind != "skin") {
                            (o.kind == s.kind ? wrong : otherKind).push_back(o.name);
                        }
                    }
                    if (wrong.size() < 3) {
                        wrong.insert(wrong.end(), otherKind.begin(), otherKind.end());
                    }
                    setChoices(q, s.name, wrong, random);
                } else {
                    q.accepted = {s.name};
                    if (!s.englishName.empty() && s.englishName != s.name) {
                        q.accepted.push_back(s.englishName);
                    }
                    if (!s.latin.empty()) {
                        q.accepted.push_back(s.latin);
                    }
                    q.accepted.insert(q.accepted.end(), s.synonyms.begin(), s.synonyms.end());
                }
            }
            const std::string named =
                asciiLower(s.name) + (s.latin.empty() ? "" : " (" + s.latin + ")");
            q.explanation = s.layer.empty()
                                ? fillIn(words.thisIs, {named})
                                : fillIn(words.thisIsInLayer, {named, layerWords(words, s.layer)});
            out.push_back(std::move(q));
        }
        break;
    case QuestionKind::Origin:
    case QuestionKind::Insertion:
    case QuestionKind::Action: {
        const std::string name = kind == QuestionKind::Origin      ? "origin"
                                 : kind == QuestionKind::Insertion ? "insertion"
                                                                   : "action";
        const std::string& prompt = kind == QuestionKind::Origin      ? words.originPrompt
                                    : kind == QuestionKind::Insertion ? words.insertionPrompt
                                                                      : words.actionPrompt;
        const std::string& why = kind == QuestionKind::Origin      ? words.originExplanation
                                 : kind == QuestionKind::Insertion ? words.insertionExplanation
                                                                   : words.actionExplanation;
        for (const QuizStructure* s : muscles) {
            const std::string text = fact(*s, name), english = englishFact(*s, name);
            if (text.empty()) {
                continue;
            }
            std::vector<std::string> wrong;
            for (const QuizStructure* o : muscles) {
                const std::string other = englishFact(*o, name);
                if (o != s && !other.empty() && !similar(english, other)) {
                    wrong.push_back(o->name);
                }
            }
            if (wrong.empty()) {
                continue;
            }
            QuizQuestion q = makeQuestion(kind, kindId + ":" + s->id, s->id);
            q.prompt = fillIn(prompt, {text});
            q.answerId = s->id;
            setChoices(q, s->name, wrong, random);
            q.explanation = fillIn(why, {s->name, text});
            out.push_back(std::move(q));
        }
        break;
    }
    case QuestionKind::Innervation: {
        // The nerves are read from the English texts and named as the content names them in the
        // quiz's language where it has them as structures ("Nervio glúteo inferior"), the others
        // by the quiz's words ("Nervio femoral").
        std::map<std::string, std::string> shownName;
        for (const auto& o : all) {
            if (!o.englishName.empty() && o.englishName != o.name) {
                shownName[asciiLower(o.englishName)] = o.name;
            }
        }
        auto shown = [&](const std::string& nerve) {
            if (auto it = shownName.find(asciiLower(nerve)); it != shownName.end()) {
                return it->second;
            }
            auto it = words.nerves.find(nerve); // no structure of the content
            return it == words.nerves.end() ? nerve : it->second;
        };
        for (const QuizStructure* s : muscles) {
            const std::string nerve = nerveName(englishFact(*s, "innervation"));
            if (nerve.empty()) {
                continue;
            }
            std::set<std::string> wrong;
            for (const QuizStructure* o : muscles) {
                const std::string other = nerveName(englishFact(*o, "innervation"));
                // "Obturator nerve" and "Obturator nerve, anterior division" are one nerve.
                const std::string lo = asciiLower(other), ln = asciiLower(nerve);
                if (!other.empty() && lo.rfind(ln, 0) != 0 && ln.rfind(lo, 0) != 0) {
                    wrong.insert(shown(other));
                }
            }
            if (wrong.empty()) {
                continue;
            }
            QuizQuestion q = makeQuestion(kind, kindId + ":" + s->id, s->id);
            q.prompt = fillIn(words.innervationPrompt, {asciiLower(s->name)});
            setChoices(q, shown(nerve), {wrong.begin(), wrong.end()}, random);
            q.explanation = s->name + ": " + fact(*s, "innervation");
            out.push_back(std::move(q));
        }
        break;
    }
    case QuestionKind::Deeper: {
        // Muscles, and nerves of the buttock (those the content places by the gluteus maximus).
        std::vector<const QuizStructure*> layered;
        for (const auto& s : all) {
            bool buttock = s.kind == "muscle";
            for (const auto& [k, text] : s.englishFacts) {
                buttock |= s.kind == "nerve" &&
                           asciiLower(text).find("gluteus maximus") != std::string::npos;
            }
            if (buttock && depthOf(s.layer) >= 0) {
                layered.push_back(&s);
            }
        }
        for (std::size_t i = 0; i < layered.size(); ++i) {
            for (std::size_t j = i + 1; j < layered.size(); ++j) {
                const QuizStructure *a = layered[i], *b = layered[j];
                if (depthOf(a->layer) == depthOf(b->layer)) {
                    continue;
                }
                const QuizStructure* deeper = depthOf(a->layer) > depthOf(b->layer) ? a : b;
                const QuizStructure* other = deeper == a ? b : a;
                QuizQuestion q = makeQuestion(kind, kindId + ":" + a->id + "|" + b->id, deeper->id);
                q.prompt = fillIn(words.deeperPrompt, {asciiLower(a->name), asciiLower(b->name)});
                q.answerId = deeper->id;
                setChoices(q, deeper->name, {other->name}, random);
                q.explanation =
                    fillIn(words.deeperExplanation, {deeper->name, layerWords(words, deeper->layer),
                                                     other->name, layerWords(words, other->layer)});
                out.push_back(std::move(q));
            }
        }
        break;
    }
    case QuestionKind::BelowPiriformis:
        for (const auto& s : all) {
            if (s.kind != "nerve" || !mentionsBelowPiriformis(s)) {
                continue;
            }
            std::vector<std::string> wrong;
            for (const auto& o : all) {
                if (o.kind == "nerve" && o.id != s.id && !mentionsBelowPiriformis(o)) {
                    wrong.push_back(o.name);
                }
            }
            if (wrong.empty()) {
                continue;
            }
            QuizQuestion q = makeQuestion(kind, kindId + ":" + s.id, s.id);
            q.prompt = words.belowPiriformisPrompt;
            q.answerId = s.id;
            setChoices(q, s.name, wrong, random);
            q.explanation = s.name + ": " + fact(s, "course");
            out.push_back(std::move(q));
        }
        break;
    }
}

} // namespace

std::string revisionText(const std::string& key, const QuizWords& words,
                         const std::function<std::string(const std::string&)>& nameOf) {
    const auto colon = key.find(':');
    const auto kind = colon == std::string::npos ? words.revisionKinds.end()
                                                 : words.revisionKinds.find(key.substr(0, colon));
    if (kind == words.revisionKinds.end()) {
        return key;
    }
    std::string names;
    for (std::size_t from = colon + 1; from <= key.size();) {
        const auto bar = std::min(key.find('|', from), key.size());
        names += (names.empty() ? "" : " / ") + nameOf(key.substr(from, bar - from));
        from = bar + 1;
    }
    return names + ": " + kind->second;
}

const char* toString(QuestionKind kind) {
    switch (kind) {
    case QuestionKind::NameHighlighted:
        return "name_highlighted";
    case QuestionKind::TypeHighlighted:
        return "type_highlighted";
    case QuestionKind::ClickNamed:
        return "click_named";
    case QuestionKind::Origin:
        return "origin";
    case QuestionKind::Insertion:
        return "insertion";
    case QuestionKind::Action:
        return "action";
    case QuestionKind::Innervation:
        return "innervation";
    case QuestionKind::Deeper:
        return "deeper";
    case QuestionKind::BelowPiriformis:
        return "below_piriformis";
    }
    return "?";
}

std::vector<QuizStructure> quizStructures(const Content& content, const Atlas* atlas,
                                          std::string_view language) {
    std::vector<QuizStructure> out;
    for (const StructureInfo& info : content.structures) {
        QuizStructure s;
        s.id = info.id;
        s.name = info.name.get(language);
        s.englishName = info.name.get("en");
        s.latin = info.latin;
        std::vector<std::string> languages = {std::string(language)};
        if (language != "en") {
            languages.push_back("en");
        }
        for (const std::string& l : languages) {
            if (auto it = info.synonyms.byLanguage.find(l); it != info.synonyms.byLanguage.end()) {
                s.synonyms.insert(s.synonyms.end(), it->second.begin(), it->second.end());
            }
        }
        s.kind = info.kind;
        s.layer = info.layer;
        for (const auto& [key, statement] : info.facts) {
            s.facts[key] = statement.text.get(language);
            s.englishFacts[key] = statement.text.get("en");
        }
        s.inAtlas = !atlas || std::any_of(atlas->parts.begin(), atlas->parts.end(),
                                          [&](const auto& p) { return p.structureId == s.id; });
        if (s.name.empty()) {
            s.name = s.id;
        }
        out.push_back(std::move(s));
    }
    return out;
}

std::vector<QuizQuestion> questionsOfKind(const std::vector<QuizStructure>& structures,
                                          QuestionKind kind, std::uint32_t seed,
                                          const QuizWords& words) {
    std::mt19937 random(seed);
    std::vector<QuizQuestion> out;
    questionsFor(structures, kind, words, random, out);
    return out;
}

std::vector<QuizQuestion> generateRound(const std::vector<QuizStructure>& structures,
                                        const QuizRoundOptions& options) {
    std::mt19937 random(options.seed);
    std::vector<QuestionKind> kinds = {options.typed ? QuestionKind::TypeHighlighted
                                                     : QuestionKind::NameHighlighted,
                                       QuestionKind::Origin,
                                       QuestionKind::Insertion,
                                       QuestionKind::Action,
                                       QuestionKind::Innervation,
                                       QuestionKind::Deeper,
                                       QuestionKind::BelowPiriformis};
    if (options.clicks) {
        kinds.push_back(QuestionKind::ClickNamed);
    }
    std::vector<std::vector<QuizQuestion>> byKind;
    for (QuestionKind k : kinds) {
        std::vector<QuizQuestion> qs;
        questionsFor(structures, k, options.words, random, qs);
        std::shuffle(qs.begin(), qs.end(), random);
        if (!qs.empty()) {
            byKind.push_back(std::move(qs));
        }
    }
    std::vector<QuizQuestion> round;
    std::set<std::string> used;
    for (const auto& key : options.revise) { // what to revise first
        for (auto& qs : byKind) {
            for (auto& q : qs) {
                if (q.key == key && used.insert(q.key).second &&
                    static_cast<int>(round.size()) < options.count) {
                    round.push_back(q);
                }
            }
        }
    }
    // Then the kinds in turns, in a shuffled order, so a round mixes them.
    std::shuffle(byKind.begin(), byKind.end(), random);
    for (std::size_t turn = 0; static_cast<int>(round.size()) < options.count; ++turn) {
        bool any = false;
        for (auto& qs : byKind) {
            if (turn < qs.size() && static_cast<int>(round.size()) < options.count) {
                any = true;
                if (used.insert(qs[turn].key).second) {
                    round.push_back(qs[turn]);
                }
            }
        }
        if (!any) {
            break;
        }
    }
    return round;
}

} // namespace glutea
