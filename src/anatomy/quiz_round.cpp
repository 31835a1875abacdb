// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "anatomy/quiz_round.h"

#include <algorithm>
#include <cctype>

namespace glutea {

std::string normaliseAnswer(const std::string& text) {
    std::string out;
    bool space = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == 0xC3 && i + 1 < text.size()) { // Latin-1 letters in UTF-8: æ Æ and accents
            const auto d = static_cast<unsigned char>(text[++i]);
            if (d == 0xA6 || d == 0x86) {
                out += "ae";
            } else if (d >= 0xA0 && d <= 0xA5) {
                out += 'a';
            } else if (d >= 0xA8 && d <= 0xAB) {
                out += 'e';
            } else if (d >= 0xB2 && d <= 0xB6) {
                out += 'o';
            } else if (d >= 0xB9 && d <= 0xBC) {
                out += 'u';
            }
            space = false;
            continue;
        }
        if (std::isalnum(c)) {
            if (space && !out.empty()) {
                out += ' ';
            }
            out += static_cast<char>(std::tolower(c));
            space = false;
        } else {
            space = true;
        }
    }
    for (const char* prefix : {"the ", "musculus ", "m ", "nervus ", "n "}) {
        const std::string p = prefix;
        if (out.rfind(p, 0) == 0) {
            out = out.substr(p.size());
        }
    }
    return out;
}

int editDistance(const std::string& a, const std::string& b) {
    const std::size_t n = a.size(), m = b.size();
    std::vector<std::vector<int>> d(n + 1, std::vector<int>(m + 1));
    for (std::size_t i = 0; i <= n; ++i) {
        d[i][0] = static_cast<int>(i);
    }
    for (std::size_t j = 0; j <= m; ++j) {
        d[0][j] = static_cast<int>(j);
    }
    for (std::size_t i = 1; i <= n; ++i) {
        for (std::size_t j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1); // swapped neighbours
            }
        }
    }
    return d[n][m];
}

namespace {

std::vector<std::string> words(const std::string& normalised) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= normalised.size()) {
        const std::size_t end = std::min(normalised.find(' ', start), normalised.size());
        if (end > start) {
            out.push_back(normalised.substr(start, end - start));
        }
        start = end + 1;
    }
    return out;
}

// Slips allowed in one word: none in a short one, one up to eight letters, two beyond.
int slipsAllowed(const std::string& word) {
    return word.size() <= 4 ? 0 : word.size() <= 8 ? 1 : 2;
}

} // namespace

bool matchesTyped(const std::string& typed, const std::vector<std::string>& accepted) {
    const std::string t = normaliseAnswer(typed);
    if (t.size() < 3) {
        return false; // "g" is no answer, however close
    }
    const auto typedWords = words(t);
    for (const auto& name : accepted) {
        const std::string n = normaliseAnswer(name);
        if (n.empty()) {
            continue;
        }
        // Word by word, so "gluteus medius" never passes for "gluteus maximus" however long the
        // name; words run together ("gluteusmaximus") pass with one slip in the whole.
        const auto nameWords = words(n);
        bool all = typedWords.size() == nameWords.size();
        for (std::size_t i = 0; all && i < nameWords.size(); ++i) {
            all = editDistance(typedWords[i], nameWords[i]) <= slipsAllowed(nameWords[i]);
        }
        if (all || editDistance(t, n) <= (n.size() <= 4 ? 0 : 1)) {
            return true;
        }
    }
    return false;
}

const QuizQuestion* QuizRound::current() const {
    return finished() ? nullptr : &questions_[index_];
}

AnswerResult QuizRound::settle(bool correct, std::string given) {
    if (answered_ || finished()) {
        return last_;
    }
    const QuizQuestion& q = questions_[index_];
    answered_ = true;
    last_ = {correct, std::move(given), q.answerText, q.explanation};
    if (correct) {
        ++score_;
        bestStreak_ = std::max(bestStreak_, ++streak_);
    } else {
        streak_ = 0;
        mistakes_.push_back({q, last_.given});
    }
    return last_;
}

AnswerResult QuizRound::answerChoice(int index) {
    const QuizQuestion* q = current();
    if (!q || answered_ || index < 0 || index >= static_cast<int>(q->choices.size())) {
        return answered_ ? last_ : AnswerResult{};
    }
    return settle(index == q->answer, q->choices[index]);
}

AnswerResult QuizRound::answerTyped(const std::string& text) {
    const QuizQuestion* q = current();
    if (!q || answered_) {
        return last_;
    }
    return settle(matchesTyped(text, q->accepted), text);
}

AnswerResult QuizRound::answerClick(const std::string& structureId,
                                    const std::string& clickedName) {
    const QuizQuestion* q = current();
    if (!q || answered_) {
        return last_;
    }
    return settle(structureId == q->answerId, clickedName.empty() ? kNothingClicked : clickedName);
}

AnswerResult QuizRound::skip() {
    return settle(false, kSkippedAnswer);
}

void QuizRound::next() {
    if (!finished() && answered_) {
        ++index_;
        answered_ = false;
    }
}

} // namespace glutea
