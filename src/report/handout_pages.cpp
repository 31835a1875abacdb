// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "report/handout_pages.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>
#include <vector>

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include "base/error.h"
#include "base/text.h"

namespace glutea {

namespace {

constexpr double kMm = 72.0 / 25.4;
constexpr double kMargin = 14.0 * kMm;
constexpr const char* kFont = "DejaVu Sans";

struct Rgb {
    double r, g, b;
};
constexpr Rgb kInk{0.1, 0.1, 0.12};
constexpr Rgb kGrey{0.38, 0.38, 0.42};
constexpr Rgb kAccent{0.16, 0.27, 0.45};
// docs/ANIMATION.md colours, so the legend matches the pictures.
constexpr Rgb kEssential{0xB1 / 255.0, 0x2A / 255.0, 0x90 / 255.0};
constexpr Rgb kSpillover{0xFC / 255.0, 0xA6 / 255.0, 0x36 / 255.0};
constexpr Rgb kNeural{0x6A / 255.0, 0x00 / 255.0, 0xA8 / 255.0};
constexpr Rgb kPainted{0x56 / 255.0, 0xB4 / 255.0, 0xE9 / 255.0};
constexpr Rgb kCautionSustained{0xFF / 255.0, 0xB0 / 255.0, 0x00 / 255.0};
constexpr Rgb kCautionDirect{0x9D / 255.0, 0xB8 / 255.0, 0xD9 / 255.0};

void setColour(cairo_t* cr, Rgb c) {
    cairo_set_source_rgb(cr, c.r, c.g, c.b);
}

struct Style {
    double sizePt = 10.5;
    bool bold = false;
    bool italic = false;
    Rgb colour = kInk;
    bool right = false; // right-aligned in its width
};

// Text flowing down a column, page after page. Sizes are in points; pango lays text out at 72
// dpi so a point of font is a point of paper in the PDF and the PNG alike.
class Flow {
  public:
    Flow(PaperSize paper, std::function<cairo_t*()> newPage)
        : paper_(paper), newPage_(std::move(newPage)) {
        cr_ = newPage_();
        y_ = kMargin;
    }

    cairo_t* cr() const { return cr_; }
    double y() const { return y_; }
    void down(double pt) { y_ += pt; }
    double left() const { return kMargin; }
    double width() const { return paper_.widthPt - 2 * kMargin; }
    double bottom() const { return paper_.heightPt - kMargin; }
    int pages() const { return pages_; }

    // Starts a new page when `height` does not fit on this one.
    void need(double height) {
        if (y_ + height > bottom() && y_ > kMargin + 1.0) {
            cr_ = newPage_();
            ++pages_;
            y_ = kMargin;
        }
    }

    PangoLayout* layout(const std::string& text, double width, const Style& style) const {
        PangoLayout* layout = pango_cairo_create_layout(cr_);
        PangoContext* context = pango_layout_get_context(layout);
        pango_cairo_context_set_resolution(context, 72.0);
        // Unhinted metrics: the PDF and the PNG then break lines and pages in the same places.
        cairo_font_options_t* options = cairo_font_options_create();
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
        pango_cairo_context_set_font_options(context, options);
        cairo_font_options_destroy(options);
        pango_layout_context_changed(layout);
        PangoFontDescription* font = pango_font_description_from_string(kFont);
        pango_font_description_set_size(font, static_cast<int>(style.sizePt * PANGO_SCALE));
        pango_font_description_set_weight(font,
                                          style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
        pango_font_description_set_style(font,
                                         style.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
        pango_layout_set_font_description(layout, font);
        pango_font_description_free(font);
        pango_layout_set_width(layout, static_cast<int>(width * PANGO_SCALE));
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
        pango_layout_set_alignment(layout, style.right ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
        pango_layout_set_text(layout, text.c_str(), -1);
        return layout;
    }

    double measure(const std::string& text, double width, const Style& style) const {
        PangoLayout* l = layout(text, width, style);
        int w = 0, h = 0;
        pango_layout_get_size(l, &w, &h);
        g_object_unref(l);
        return double(h) / PANGO_SCALE;
    }

    // Draws at (x, y) without moving the flow; returns the height.
    double textAt(double x, double y, const std::string& text, double width,
                  const Style& style) const {
        PangoLayout* l = layout(text, width, style);
        setColour(cr_, style.colour);
        cairo_move_to(cr_, x, y);
        pango_cairo_show_layout(cr_, l);
        int w = 0, h = 0;
        pango_layout_get_size(l, &w, &h);
        g_object_unref(l);
        return double(h) / PANGO_SCALE;
    }

    // A paragraph across the column.
    void paragraph(const std::string& text, const Style& style, double after = 4.0) {
        if (text.empty()) {
            return;
        }
        need(measure(text, width(), style));
        y_ += textAt(left(), y_, text, width(), style) + after;
    }

    // `keepWith`: the height of what follows that must stay on the heading's page (at least a
    // few lines; a block of bullets, which is never split, whole).
    void heading(const std::string& text, double sizePt = 14.0, double keepWith = 40.0) {
        need(measure(text, width(), {sizePt, true}) + 7.0 + std::max(40.0, keepWith));
        y_ += 4.0;
        y_ += textAt(left(), y_, text, width(), {sizePt, true, false, kAccent}) + 3.0;
    }

    // The height bullets() will take.
    double bulletsHeight(const std::vector<std::string>& items, const Style& style,
                         int columns = 1) const {
        return items.empty() ? 0.0 : bulletBlock(items, style, columns, false) + 2.0;
    }

    // Bullets in `columns` columns, as one block (never split across pages).
    void bullets(const std::vector<std::string>& items, const Style& style, int columns = 1) {
        if (items.empty()) {
            return;
        }
        const double height = bulletBlock(items, style, columns, false);
        need(height);
        bulletBlock(items, style, columns, true);
        y_ += height + 2.0;
    }

  private:
    // Measures (draw false) or draws the bullets at the flow's y; returns the tallest column.
    double bulletBlock(const std::vector<std::string>& items, const Style& style, int columns,
                       bool draw) const {
        const double gap = 5.0 * kMm;
        const double colWidth = (width() - gap * (columns - 1)) / columns;
        const double indent = style.sizePt * 1.1;
        const std::size_t perColumn = (items.size() + columns - 1) / columns;
        auto columnHeight = [&](std::size_t from, double x) {
            double h = 0.0;
            for (std::size_t i = from; i < std::min(items.size(), from + perColumn); ++i) {
                const double th =
                    draw ? textAt(x + indent, y_ + h, items[i], colWidth - indent, style)
                         : measure(items[i], colWidth - indent, style);
                if (draw) {
                    textAt(x, y_ + h, "\u2022", indent, style);
                }
                h += th + 2.5;
            }
            return h;
        };
        double height = 0.0;
        for (int c = 0; c < columns; ++c) {
            height = std::max(
                height, columnHeight(std::size_t(c) * perColumn, left() + c * (colWidth + gap)));
        }
        return height;
    }

    PaperSize paper_;
    std::function<cairo_t*()> newPage_;
    cairo_t* cr_ = nullptr;
    double y_ = 0.0;
    int pages_ = 1;
};

// The picture fitted into the box, centred, keeping its proportions, with a thin frame.
void drawPicture(cairo_t* cr, const Image& image, double x, double y, double w, double h) {
    if (image.width <= 0 || image.height <= 0) {
        return;
    }
    cairo_surface_t* surface =
        cairo_image_surface_create(CAIRO_FORMAT_RGB24, image.width, image.height);
    cairo_surface_flush(surface);
    unsigned char* data = cairo_image_surface_get_data(surface);
    const int stride = cairo_image_surface_get_stride(surface);
    for (int row = 0; row < image.height; ++row) {
        auto* out = reinterpret_cast<std::uint32_t*>(data + std::size_t(row) * stride);
        for (int col = 0; col < image.width; ++col) {
            const auto p = image.at(col, row);
            out[col] = (std::uint32_t(p.r) << 16) | (std::uint32_t(p.g) << 8) | p.b;
        }
    }
    cairo_surface_mark_dirty(surface);
    const double scale = std::min(w / image.width, h / image.height);
    const double dw = image.width * scale, dh = image.height * scale;
    const double dx = x + (w - dw) / 2, dy = y + (h - dh) / 2;
    cairo_save(cr);
    cairo_translate(cr, dx, dy);
    cairo_scale(cr, scale, scale);
    cairo_set_source_surface(cr, surface, 0, 0);
    cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_GOOD);
    cairo_paint(cr);
    cairo_restore(cr);
    cairo_surface_destroy(surface);
    cairo_set_line_width(cr, 0.6);
    setColour(cr, kGrey);
    cairo_rectangle(cr, dx, dy, dw, dh);
    cairo_stroke(cr);
}

// A legend swatch: solid, or hatched as the spillover zone is on the body (reads in greyscale).
void swatch(cairo_t* cr, double x, double y, double size, Rgb colour, bool hatched) {
    setColour(cr, colour);
    cairo_rectangle(cr, x, y, size, size);
    cairo_fill(cr);
    if (hatched) {
        cairo_save(cr);
        cairo_rectangle(cr, x, y, size, size);
        cairo_clip(cr);
        cairo_set_source_rgb(cr, colour.r * 0.45, colour.g * 0.45, colour.b * 0.45);
        cairo_set_line_width(cr, 1.0);
        for (double d = -size; d < size; d += 3.0) {
            cairo_move_to(cr, x + d, y + size);
            cairo_line_to(cr, x + d + size, y);
        }
        cairo_stroke(cr);
        cairo_restore(cr);
    }
    cairo_set_source_rgb(cr, 0.2, 0.2, 0.2);
    cairo_set_line_width(cr, 0.5);
    cairo_rectangle(cr, x, y, size, size);
    cairo_stroke(cr);
}

struct LegendEntry {
    Rgb colour;
    bool hatched;
    std::string text;
};

double legend(const Flow& flow, double x, double y, double width,
              const std::vector<LegendEntry>& entries) {
    double h = 0.0;
    for (const auto& e : entries) {
        swatch(flow.cr(), x, y + h + 1.0, 9.0, e.colour, e.hatched);
        h += std::max(11.0, flow.textAt(x + 13.0, y + h, e.text, width - 13.0, {9.5})) + 2.0;
    }
    return h;
}

void header(Flow& flow, const Handout& h) {
    const double w = flow.width();
    const double y = flow.y();
    double used = 0.0;
    if (!h.clinic.empty()) {
        used = flow.textAt(flow.left(), y, h.clinic, w * 0.65, {12.5, true, false, kAccent});
    }
    used = std::max(used, flow.textAt(flow.left(), y, h.date, w, {10, false, false, kGrey, true}));
    flow.down(used + 4.0);
    flow.paragraph(h.title, {19, true}, 8.0);
}

// "a, b, c".
std::string listed(const std::vector<std::string>& items) {
    std::string list;
    for (const auto& item : items) {
        list += (list.empty() ? "" : ", ") + item;
    }
    return list;
}

void pageOne(Flow& flow, const Handout& h, const HandoutWords& words) {
    const double gap = 6.0 * kMm;
    const double boxW = (flow.width() - gap) / 2;
    const double boxH = 205.0;
    const double top = flow.y();
    cairo_t* cr = flow.cr();
    double below = 0.0;
    const double x2 = flow.left() + boxW + gap;
    below = flow.textAt(flow.left(), top, h.painCaption, boxW, {10.5, true});
    below = std::max(below, flow.textAt(x2, top, h.patternCaption, boxW, {10.5, true}));
    const double picTop = top + below + 3.0;
    drawPicture(cr, h.painDrawing, flow.left(), picTop, boxW, boxH);
    drawPicture(cr, h.pattern, x2, picTop, boxW, boxH);
    const double legTop = picTop + boxH + 4.0;
    const double left =
        legend(flow, flow.left(), legTop, boxW, {{kPainted, false, words.paintedLegend}});
    const double right =
        h.patternNeural ? legend(flow, x2, legTop, boxW, {{kNeural, false, words.neuralLegend}})
                        : legend(flow, x2, legTop, boxW,
                                 {{kEssential, false, words.essentialLegend},
                                  {kSpillover, true, words.spilloverLegend}});
    flow.down(legTop + std::max(left, right) + 6.0 - flow.y());

    if (!h.muscleName.empty()) {
        flow.heading(words.likelyCause);
        flow.paragraph(fillIn(words.mostLikely, {h.muscleName}), {11, true}, 3.0);
        flow.paragraph(h.why, {11});
        if (!h.otherMuscles.empty()) {
            flow.paragraph(fillIn(words.otherMuscles, {listed(h.otherMuscles)}), {10.5});
        }
    }
}

void steps(Flow& flow, const Handout& h, const HandoutWords& words) {
    if (h.routineName.empty()) {
        return;
    }
    flow.heading(fillIn(words.whatHelps, {h.routineName}));
    flow.paragraph(h.routineSummary, {10.5});
    if (!h.dosage.empty()) {
        flow.paragraph(fillIn(words.howMuch, {h.dosage}), {11, true}, 3.0);
    }
    if (!h.warmUp.empty()) {
        flow.paragraph(fillIn(words.beforeYouStart, {h.warmUp}), {10.5});
    }
    // The step pictures show the caution areas near where each step works.
    flow.need(30.0);
    const double shown = legend(flow, flow.left(), flow.y(), flow.width(),
                                {{kCautionSustained, true, words.cautionSustainedLegend},
                                 {kCautionDirect, true, words.cautionDirectLegend}});
    flow.down(shown + 4.0);
    const double gap = 5.0 * kMm;
    const double cellW = (flow.width() - gap) / 2;
    const double picW = 100.0, picH = 82.0;
    const double textW = cellW - picW - 6.0;
    for (std::size_t i = 0; i < h.steps.size(); i += 2) {
        auto cellHeight = [&](const HandoutStep& s) {
            return flow.measure(std::to_string(s.number) + ". " + s.title, textW, {10, true}) +
                   flow.measure(s.how, textW, {9}) +
                   (s.dosage.empty() ? 0.0 : flow.measure(s.dosage, textW, {9, true})) + 6.0;
        };
        double rowH = picH;
        for (std::size_t j = i; j < std::min(i + 2, h.steps.size()); ++j) {
            rowH = std::max(rowH, cellHeight(h.steps[j]));
        }
        flow.need(rowH);
        for (std::size_t j = i; j < std::min(i + 2, h.steps.size()); ++j) {
            const HandoutStep& s = h.steps[j];
            const double x = flow.left() + double(j - i) * (cellW + gap);
            drawPicture(flow.cr(), s.picture, x, flow.y(), picW, picH);
            double y = flow.y();
            const double tx = x + picW + 6.0;
            y += flow.textAt(tx, y, std::to_string(s.number) + ". " + s.title, textW, {10, true}) +
                 1.0;
            y += flow.textAt(tx, y, s.how, textW, {9}) + 2.0;
            if (!s.dosage.empty()) {
                flow.textAt(tx, y, s.dosage, textW, {9, true});
            }
        }
        flow.down(rowH + 6.0);
    }
}

void safety(Flow& flow, const Handout& h, const HandoutWords& words) {
    if (!h.cautions.empty()) {
        flow.heading(words.takeCare, 14.0, flow.bulletsHeight(h.cautions, {9.5}, 2));
        flow.bullets(h.cautions, {9.5}, 2);
    }
    flow.heading(words.seeADoctor);
    flow.paragraph(words.stopAndSee, {10.5}, 3.0);
    flow.bullets(h.seeClinician, {9.5}, 2);
    if (!h.emergency.empty()) {
        flow.paragraph(words.emergency, {11, true, false, {0.55, 0.05, 0.1}}, 3.0);
        flow.bullets(h.emergency, {9.5, true}, 2);
    }
}

void sources(Flow& flow, const Handout& h, const HandoutWords& words) {
    if (h.sources.empty()) {
        return;
    }
    flow.heading(words.sources, 11.0);
    std::vector<std::string> lines;
    for (const auto& s : h.sources) {
        lines.push_back(s.citation + " (" + s.labels + ")");
    }
    flow.bullets(lines, {7.5, false, false, kGrey}, 1);
}

void layOut(Flow& flow, const Handout& h, const HandoutWords& words) {
    header(flow, h);
    pageOne(flow, h, words);
    steps(flow, h, words);
    safety(flow, h, words);
    sources(flow, h, words);
}

cairo_status_t appendBytes(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

void check(cairo_status_t status, const char* what) {
    if (status != CAIRO_STATUS_SUCCESS) {
        throw Error(std::string("handout: cairo could not ") + what + ": " +
                    cairo_status_to_string(status));
    }
}

cairo_status_t discardBytes(void*, const unsigned char*, unsigned int) {
    return CAIRO_STATUS_SUCCESS;
}

// The page drawn at `scale` (everything: type, pictures, margins) on paper of `size`.
PaperSize scaledPaper(PaperSize size, double scale) {
    return {size.widthPt / scale, size.heightPt / scale};
}

int countPages(const Handout& handout, const HandoutWords& words, PaperSize size, double scale) {
    cairo_surface_t* surface =
        cairo_pdf_surface_create_for_stream(discardBytes, nullptr, size.widthPt, size.heightPt);
    cairo_t* cr = cairo_create(surface);
    cairo_scale(cr, scale, scale);
    int pages = 0;
    {
        Flow flow(scaledPaper(size, scale), [&]() { return cr; });
        layOut(flow, handout, words);
        pages = flow.pages();
    }
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    cairo_surface_destroy(surface);
    return pages;
}

// One or two pages: a longer routine or more red flags are set a little smaller rather than
// spill onto a third sheet.
double fitScale(const Handout& handout, const HandoutWords& words, PaperSize size) {
    double scale = 1.0;
    for (double s : {1.0, 0.94, 0.88, 0.82, 0.76, 0.7}) {
        scale = s;
        if (countPages(handout, words, size, s) <= 2) {
            break;
        }
    }
    return scale;
}

} // namespace

PaperSize paperSize(Paper paper) {
    return paper == Paper::Letter ? PaperSize{8.5 * 72.0, 11.0 * 72.0}
                                  : PaperSize{210.0 * kMm, 297.0 * kMm};
}

std::string handoutPdf(const Handout& handout, Paper paper, const HandoutWords& words) {
    const PaperSize size = paperSize(paper);
    std::string bytes;
    cairo_surface_t* surface =
        cairo_pdf_surface_create_for_stream(appendBytes, &bytes, size.widthPt, size.heightPt);
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, handout.title.c_str());
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Glutea");
    cairo_t* cr = cairo_create(surface);
    const double fit = fitScale(handout, words, size);
    cairo_scale(cr, fit, fit);
    bool first = true;
    {
        Flow flow(scaledPaper(size, fit), [&]() {
            if (!first) {
                cairo_show_page(cr);
            }
            first = false;
            return cr;
        });
        layOut(flow, handout, words);
    }
    cairo_show_page(cr);
    const cairo_status_t status = cairo_status(cr);
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    check(status, "draw the handout");
    check(cairo_surface_status(surface), "write the PDF");
    cairo_surface_destroy(surface);
    return bytes;
}

std::string handoutPng(const Handout& handout, Paper paper, double dpi, int* pageCount,
                       const HandoutWords& words) {
    const PaperSize size = paperSize(paper);
    const double fit = fitScale(handout, words, size);
    const double scale = dpi / 72.0;
    // Whole pixels rounded up, as poppler's pdftoppm sizes a page at the same resolution.
    const int w = static_cast<int>(std::ceil(size.widthPt * scale - 1e-6));
    const int h = static_cast<int>(std::ceil(size.heightPt * scale - 1e-6));
    std::vector<cairo_surface_t*> pages;
    std::vector<cairo_t*> contexts;
    {
        Flow flow(scaledPaper(size, fit), [&]() {
            cairo_surface_t* s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h);
            cairo_t* cr = cairo_create(s);
            cairo_set_source_rgb(cr, 1, 1, 1);
            cairo_paint(cr);
            cairo_scale(cr, scale * fit, scale * fit);
            pages.push_back(s);
            contexts.push_back(cr);
            return cr;
        });
        layOut(flow, handout, words);
    }
    // Pages one under another, a grey band between them.
    const int band = 8;
    const int total = h * int(pages.size()) + band * (int(pages.size()) - 1);
    cairo_surface_t* sheet = cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, total);
    cairo_t* cr = cairo_create(sheet);
    cairo_set_source_rgb(cr, 0.6, 0.6, 0.6);
    cairo_paint(cr);
    for (std::size_t i = 0; i < pages.size(); ++i) {
        cairo_surface_flush(pages[i]);
        cairo_set_source_surface(cr, pages[i], 0, double(i) * (h + band));
        cairo_paint(cr);
        cairo_destroy(contexts[i]);
        cairo_surface_destroy(pages[i]);
    }
    cairo_destroy(cr);
    std::string bytes;
    check(cairo_surface_write_to_png_stream(sheet, appendBytes, &bytes), "write the PNG");
    cairo_surface_destroy(sheet);
    if (pageCount) {
        *pageCount = int(pages.size());
    }
    return bytes;
}

} // namespace glutea
