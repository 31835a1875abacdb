// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "app/handout_words.h"

namespace glutea {

namespace {

template <class Words> Words translated() {
    Words words;
    for (std::string* text : textsOf(words)) {
        *text = tr(*text);
    }
    return words;
}

} // namespace

HandoutWords handoutWords() {
    return translated<HandoutWords>();
}

PlacementWords placementWords() {
    return translated<PlacementWords>();
}

HandoutWords handoutWords(const UiCatalogue& catalogue) {
    HandoutWords words;
    for (std::string* text : textsOf(words)) {
        const auto it = catalogue.find(*text);
        if (it != catalogue.end()) {
            *text = it->second;
        }
    }
    return words;
}

} // namespace glutea
