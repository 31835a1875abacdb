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

std::string fact(const QuizStructure& s, const std::string& name) {
    auto it = s.facts.find(name);
    return it == s.facts.end() ? std::string() : it->second;
}

bool mentionsBelowPiriformis(const QuizStructure& s) {
    const std::string course = asciiLower(fact(s, "course"));
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

void questionsFor(const std::vector<QuizStructure>& all, QuestionKind kind, std::mt19937& random,
                  std::vector<QuizQuestion>& out) {
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
                q.prompt = "Click the " + asciiLower(s.name) + ".";
            } else {
                q.prompt = "Which structure is highlighted?";
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
                    if (!s.latin.empty()) {
                        q.accepted.push_back(s.latin);
                    }
                    q.accepted.insert(q.accepted.end(), s.synonyms.begin(), s.synonyms.end());
                }
            }
            q.explanation = "This is the " + asciiLower(s.name) +
                            (s.latin.empty() ? "" : " (" + s.latin + ")") +
                            (s.layer.empty() ? "" : ", in the " + s.layer + " layer") + ".";
            out.push_back(std::move(q));
        }
        break;
    case QuestionKind::Origin:
    case QuestionKind::Insertion:
    case QuestionKind::Action: {
        const std::string name = kind == QuestionKind::Origin      ? "origin"
                                 : kind == QuestionKind::Insertion ? "insertion"
                                                                   : "action";
        for (const QuizStructure* s : muscles) {
            const std::string text = fact(*s, name);
            if (text.empty()) {
                continue;
            }
            std::vector<std::string> wrong;
            for (const QuizStructure* o : muscles) {
                const std::string other = fact(*o, name);
                if (o != s && !other.empty() && !similar(text, other)) {
                    wrong.push_back(o->name);
                }
            }
            if (wrong.empty()) {
                continue;
            }
            QuizQuestion q = makeQuestion(kind, kindId + ":" + s->id, s->id);
            q.prompt = "Which muscle has this " + name + "? " + text;
            q.answerId = s->id;
            setChoices(q, s->name, wrong, random);
            q.explanation = s->name + ", " + name + ": " + text;
            out.push_back(std::move(q));
        }
        break;
    }
    case QuestionKind::Innervation:
        for (const QuizStructure* s : muscles) {
            const std::string nerve = nerveName(fact(*s, "innervation"));
            if (nerve.empty()) {
                continue;
            }
            std::set<std::string> wrong;
            for (const QuizStructure* o : muscles) {
                const std::string other = nerveName(fact(*o, "innervation"));
                // "Obturator nerve" and "Obturator nerve, anterior division" are one nerve.
                const std::string lo = asciiLower(other), ln = asciiLower(nerve);
                if (!other.empty() && lo.rfind(ln, 0) != 0 && ln.rfind(lo, 0) != 0) {
                    wrong.insert(other);
                }
            }
            if (wrong.empty()) {
                continue;
            }
            QuizQuestion q = makeQuestion(kind, kindId + ":" + s->id, s->id);
            q.prompt = "Which nerve supplies the " + asciiLower(s->name) + "?";
            setChoices(q, nerve, {wrong.begin(), wrong.end()}, random);
            q.explanation = s->name + ": " + fact(*s, "innervation");
            out.push_back(std::move(q));
        }
        break;
    case QuestionKind::Deeper: {
        // Muscles, and nerves of the buttock (those the content places by the gluteus maximus).
        std::vector<const QuizStructure*> layered;
        for (const auto& s : all) {
            bool buttock = s.kind == "muscle";
            for (const auto& [k, text] : s.facts) {
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
                q.prompt = "Which lies deeper: the " + asciiLower(a->name) + " or the " +
                           asciiLower(b->name) + "?";
                q.answerId = deeper->id;
                setChoices(q, deeper->name, {other->name}, random);
                q.explanation = deeper->name + " lies in the " + deeper->layer + " layer, " +
                                other->name + " in the " + other->layer + " layer.";
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
            q.prompt = "Which nerve leaves the pelvis through the greater sciatic foramen below "
                       "the piriformis?";
            q.answerId = s.id;
            setChoices(q, s.name, wrong, random);
            q.explanation = s.name + ": " + fact(s, "course");
            out.push_back(std::move(q));
        }
        break;
    }
}

} // namespace

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

std::vector<QuizStructure> quizStructures(const Content& content, const Atlas* atlas) {
    std::vector<QuizStructure> out;
    for (const StructureInfo& info : content.structures) {
        QuizStructure s;
        s.id = info.id;
        s.name = info.name.get("en");
        s.latin = info.latin;
        if (auto it = info.synonyms.byLanguage.find("en"); it != info.synonyms.byLanguage.end()) {
            s.synonyms = it->second;
        }
        s.kind = info.kind;
        s.layer = info.layer;
        for (const auto& [key, statement] : info.facts) {
            s.facts[key] = statement.text.get("en");
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
                                          QuestionKind kind, std::uint32_t seed) {
    std::mt19937 random(seed);
    std::vector<QuizQuestion> out;
    questionsFor(structures, kind, random, out);
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
        questionsFor(structures, k, random, qs);
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
