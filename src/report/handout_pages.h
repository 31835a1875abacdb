// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Lays a Handout out on paper with cairo and pango: vector text, pictures embedded at their own
// resolution (rendered for print), one or two pages. The PDF and the PNG (150 dpi, pages one under
// another) are drawn by the same code, so they show the same pages.
#include <string>

#include "report/handout.h"
#include "report/handout_words.h"

namespace glutea {

struct PaperSize {
    double widthPt = 0.0; // 1/72 inch
    double heightPt = 0.0;
};
PaperSize paperSize(Paper paper);

// The bytes of a PDF file; its headings, legends and labels in `words`, in the language of the
// handout's texts.
std::string handoutPdf(const Handout& handout, Paper paper, const HandoutWords& words = {});
// The bytes of a PNG file at `dpi`; `pages` receives how many pages it holds.
std::string handoutPng(const Handout& handout, Paper paper, double dpi = 150.0,
                       int* pages = nullptr, const HandoutWords& words = {});

} // namespace glutea
