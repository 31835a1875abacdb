// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// `glutea handout` through the real command line (in-process, headless EGL) on the default atlas.
// What the handout must say comes from the content files as loaded (names, red flags) and the
// routine's own dosage; what the pages show is read back with poppler's pdftotext and pdftoppm,
// never from the layout code. Tests that need poppler skip (visibly) when it is absent.
#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "../unit/cli_runner.h"
#include "../unit/printf_conversions.h"
#include "anatomy/content_loader.h"
#include "anatomy/routine_player.h"
#include "imaging/image.h"

namespace glutea {
namespace {

std::string atlasDir() {
    return GLUTEA_SOURCE_DIR "/assets/atlas";
}
std::filesystem::path outDir() {
    // One folder per test: CTest runs the tests as parallel processes, and two of them writing
    // and removing the same handout would read each other's half-made files.
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    const auto dir = std::filesystem::path(GLUTEA_BINARY_DIR) / "Testing" / "handout" /
                     (info ? info->name() : "shared");
    std::filesystem::create_directories(dir);
    return dir;
}
const Content& content() {
    static const Content c = loadContent(atlasDir() + "/content").content;
    return c;
}
const Routine& routine(const std::string& id) {
    for (const auto& r : content().routines) {
        if (r.id == id) {
            return r;
        }
    }
    throw std::runtime_error("no routine " + id);
}

bool have(const char* tool) {
    return std::system((std::string("command -v ") + tool + " >/dev/null 2>&1").c_str()) == 0;
}
#define NEED_POPPLER()                                                                             \
    if (!have("pdftotext") || !have("pdftoppm")) {                                                 \
        GTEST_SKIP() << "poppler-utils (pdftotext, pdftoppm) is not installed";                    \
    }

std::string readText(const std::filesystem::path& file) {
    std::ifstream in(file);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}
// pdftotext breaks lines where the page does; compare with whitespace collapsed. -raw keeps
// the order the page was drawn in, so the two columns of steps do not interleave.
std::string collapsed(const std::string& text) {
    std::string out;
    for (char c : text) {
        const bool space = std::isspace(static_cast<unsigned char>(c));
        if (space && (out.empty() || out.back() == ' ')) {
            continue;
        }
        out += space ? ' ' : c;
    }
    return out;
}
std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

// One handout per case, written once and shared by the tests below.
struct Written {
    std::filesystem::path pdf, png;
    std::string text; // pdftotext, whitespace collapsed
    std::vector<Image> pages;
};
const Written& written(const std::string& name, std::vector<std::string> args) {
    static std::map<std::string, Written> cache;
    if (auto it = cache.find(name); it != cache.end()) {
        return it->second;
    }
    Written w;
    w.pdf = outDir() / (name + ".pdf");
    w.png = outDir() / (name + ".png");
    for (const auto& file : {w.pdf, w.png}) {
        std::filesystem::remove(file);
        std::vector<std::string> full = {"handout",         "-o",       file.string(),
                                         "--atlas",         atlasDir(), "--date",
                                         "1 December 2026", "--clinic", "Riverside Physiotherapy"};
        full.insert(full.end(), args.begin(), args.end());
        const auto r = test::runGlutea(full);
        EXPECT_EQ(r.code, 0) << r.err;
    }
    if (have("pdftotext") && have("pdftoppm")) {
        const auto txt = outDir() / (name + ".txt");
        EXPECT_EQ(
            std::system(("pdftotext -raw '" + w.pdf.string() + "' '" + txt.string() + "'").c_str()),
            0);
        w.text = collapsed(readText(txt));
        const auto prefix = outDir() / (name + "-page");
        for (int page = 1; page <= 9; ++page) { // pages of an earlier run
            std::filesystem::remove(prefix.string() + "-" + std::to_string(page) + ".png");
        }
        EXPECT_EQ(
            std::system(("pdftoppm -r 150 -png '" + w.pdf.string() + "' '" + prefix.string() + "'")
                            .c_str()),
            0);
        for (int page = 1; page <= 9; ++page) {
            const auto file =
                std::filesystem::path(prefix.string() + "-" + std::to_string(page) + ".png");
            if (std::filesystem::exists(file)) {
                w.pages.push_back(readPng(file));
            }
        }
    }
    return cache.emplace(name, std::move(w)).first->second;
}

// A skin point over the left buttock (a placement's point from `query techniques`).
const char* const kPainAt = "0.098,0.075,-0.110";

const Written& medius() {
    return written("medius",
                   {"--muscle", "gluteus_medius_l", "--routine", "upper_glute_tightness"});
}

// Words a patient should not meet: the content tests' list less the muscle names the handout
// must give (and explains), plus more anatomy terms.
const char* const kJargon[] = {
    "gluteal",  "trochanter", "semitendinosus", "ischial",  "iliac",    "sacral",   "lateral",
    "medial",   "anterior",   "posterior",      "superior", "inferior", "fascia",   "popliteal",
    "innervat", "abduct",     "referred",       "spinous",  "femoral",  "proximal", "distal",
    "trp",      "myofascial", "tuberosity",     "psis"};

TEST(Handout, PdfSaysTheMuscleTheDosageAndEveryRedFlag) {
    NEED_POPPLER();
    const Written& w = medius();
    EXPECT_NE(w.text.find("Riverside Physiotherapy"), std::string::npos);
    EXPECT_NE(w.text.find("1 December 2026"), std::string::npos);
    const std::string name = content().findStructure("gluteus_medius")->name.get();
    EXPECT_NE(w.text.find(name), std::string::npos) << name;
    const RoutinePlayer player(content(), routine("upper_glute_tightness"), true);
    ASSERT_FALSE(player.dosage().text.empty());
    EXPECT_NE(w.text.find(collapsed(player.dosage().text)), std::string::npos)
        << player.dosage().text;
    ASSERT_GT(content().redFlags.size(), 5u);
    for (const auto& flag : content().redFlags) {
        const std::string text = collapsed(flag.text.text.get());
        EXPECT_NE(w.text.find(text), std::string::npos) << flag.id << ": " << text;
    }
    for (const auto& step : routine("upper_glute_tightness").steps) {
        const std::string note = collapsed(step.note.get());
        if (!note.empty()) {
            EXPECT_NE(w.text.find(note), std::string::npos) << step.placement;
        }
    }
}

TEST(Handout, PdfHasNoJargon) {
    NEED_POPPLER();
    for (const Written* w :
         {&medius(), &written("painted", {"--pain-at", kPainAt, "--radius", "2"})}) {
        // Up to the sources: their citations are titles of books and papers, not words to the
        // patient.
        std::string text = lower(w->text);
        text = text.substr(0, text.find("where this comes from"));
        for (const char* word : kJargon) {
            const auto at = text.find(word);
            EXPECT_EQ(at, std::string::npos)
                << w->pdf << ": \"" << word << "\" in \""
                << (at == std::string::npos ? "" : text.substr(at > 60 ? at - 60 : 0, 140)) << "\"";
        }
    }
}

// The share of a page's pixels that are not paper white.
double inked(const Image& page) {
    std::size_t n = 0;
    for (int y = 0; y < page.height; ++y) {
        for (int x = 0; x < page.width; ++x) {
            const auto p = page.at(x, y);
            n += (p.r < 235 || p.g < 235 || p.b < 235) ? 1 : 0;
        }
    }
    return double(n) / (double(page.width) * page.height);
}

TEST(Handout, PagesAreNotBlankAndThePatternHasThePainColours) {
    NEED_POPPLER();
    // The gluteus minimus: a wide essential zone and a long spillover down the leg.
    const Written& w = written("minimus", {"--muscle", "gluteus_minimus_l"});
    ASSERT_GE(w.pages.size(), 1u);
    EXPECT_LE(w.pages.size(), 2u) << "one or two pages";
    for (const auto& page : w.pages) {
        EXPECT_GT(inked(page), 0.05);
    }
    // Essential #B12A90 and spillover #FCA636 as lit on the body: hue families, counted on the
    // right half of the first page's top half (the pattern's picture), far more than the legend's
    // swatches hold.
    const Image& page = w.pages.front();
    std::size_t magenta = 0, orange = 0, swatch = 0;
    for (int y = 0; y < page.height / 2; ++y) {
        for (int x = page.width / 2; x < page.width; ++x) {
            const auto p = page.at(x, y);
            magenta += (p.r > p.g + 50 && p.b > p.g + 30 && p.r > 90) ? 1 : 0;
            orange += (p.r > 170 && p.g > 90 && p.g + 25 < p.r && p.b + 60 < p.g) ? 1 : 0;
        }
    }
    swatch = std::size_t(9.0 / 72.0 * 150 * 9.0 / 72.0 * 150);
    EXPECT_GT(magenta, 10 * swatch) << magenta;
    // (Twice: the picture holds the whole leg to the toes, so the spread down it is narrow.)
    EXPECT_GT(orange, 2 * swatch) << orange;
}

TEST(Handout, PngShowsTheSamePages) {
    NEED_POPPLER();
    const Written& w = medius();
    const Image png = readPng(w.png);
    ASSERT_FALSE(w.pages.empty());
    const Image& first = w.pages.front();
    ASSERT_EQ(png.width, first.width);
    ASSERT_GE(png.height, first.height);
    Image top = first;
    std::copy_n(png.rgb.begin(), top.rgb.size(), top.rgb.begin());
    const ImageDifference d = compareImages(top, first, 48);
    // Poppler and cairo anti-alias text and resample pictures a little differently; a line or a
    // picture out of place costs far more (a 20-pixel shift: 18 and 12 %).
    EXPECT_LT(d.meanAbsoluteError, 6.0);
    EXPECT_LT(d.shareOff, 0.06);
    const int band = 8;
    EXPECT_EQ(png.height, int(w.pages.size()) * first.height + (int(w.pages.size()) - 1) * band);
}

TEST(Handout, PaintedAreaPicksTheMuscle) {
    NEED_POPPLER();
    const Written& w = written("painted", {"--pain-at", kPainAt, "--radius", "2"});
    EXPECT_NE(w.text.find("Where you feel it"), std::string::npos);
    // The best match as `glutea query referral` ranks the same brush.
    const auto q = test::runGlutea(
        {"query", "referral", "--at", kPainAt, "--radius", "2", "--json", "--atlas", atlasDir()});
    ASSERT_EQ(q.code, 0) << q.err;
    const auto ranking = nlohmann::json::parse(q.out)["ranking"];
    ASSERT_FALSE(ranking.empty());
    const std::string first =
        content().findStructure(ranking[0]["structure"].get<std::string>())->name.get();
    EXPECT_NE(w.text.find("Most likely: the " + first), std::string::npos) << first;
    if (ranking.size() > 1) {
        const std::string second =
            content().findStructure(ranking[1]["structure"].get<std::string>())->name.get();
        EXPECT_NE(w.text.find("Other muscles that can cause pain in the same place"),
                  std::string::npos);
        EXPECT_NE(w.text.find(second), std::string::npos) << second;
    }
}

// Every routine of the content, as a patient gets it: one or two pages, its dosage and every
// step's note (a self-help routine's), and no jargon before the sources.
TEST(Handout, EveryRoutineFitsTwoPagesInPlainWords) {
    NEED_POPPLER();
    ASSERT_FALSE(content().routines.empty());
    for (const auto& r : content().routines) {
        const Written& w = written("routine_" + r.id, {"--routine", r.id});
        EXPECT_GE(w.pages.size(), 1u) << r.id;
        EXPECT_LE(w.pages.size(), 2u) << r.id;
        const RoutinePlayer player(content(), r, true);
        EXPECT_NE(w.text.find(collapsed(player.dosage().text)), std::string::npos) << r.id;
        // A self-help routine's notes are the patient's; a therapist's are the therapist's.
        for (const auto& step : r.steps) {
            const std::string note = collapsed(step.note.get());
            const bool shown = w.text.find(note) != std::string::npos;
            EXPECT_TRUE(note.empty() || shown == (r.audience == "self"))
                << r.id << ": " << step.placement;
        }
        std::string text = lower(w.text);
        text = text.substr(0, text.find("where this comes from"));
        for (const char* word : kJargon) {
            const auto at = text.find(word);
            EXPECT_EQ(at, std::string::npos)
                << r.id << ": \"" << word << "\" in \""
                << (at == std::string::npos ? "" : text.substr(at > 60 ? at - 60 : 0, 140)) << "\"";
        }
    }
}

// The Spanish catalogue's entry for `english`, read from assets/i18n/es.json here.
std::string spanish(const std::string& english) {
    static const nlohmann::json strings =
        nlohmann::json::parse(readText(GLUTEA_SOURCE_DIR "/assets/i18n/es.json"))["strings"];
    EXPECT_TRUE(strings.contains(english)) << english;
    return strings.contains(english) ? strings[english].get<std::string>() : english;
}
// Today as a Spanish handout prints it when no --date is given: "1 de diciembre de 2026".
std::string spanishToday() {
    static const char* const months[] = {"January",   "February", "March",    "April",
                                         "May",       "June",     "July",     "August",
                                         "September", "October",  "November", "December"};
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return test::filledPattern(spanish("%d %s %d"),
                               {std::to_string(local.tm_mday), spanish(months[local.tm_mon]),
                                std::to_string(1900 + local.tm_year)});
}

// `--lang es`, as File > Export handout passes it from a window in Spanish: the headings, legends,
// captions, dosage and date from the catalogue, the content's Spanish texts, no English heading.
TEST(Handout, SpanishPdfPrintsTheCataloguesHeadingsAndTheSpanishTexts) {
    NEED_POPPLER();
    const auto pdf = outDir() / "medius_es.pdf";
    const auto txt = outDir() / "medius_es.txt";
    std::filesystem::remove(pdf);
    const std::string before = spanishToday();
    const auto r =
        test::runGlutea({"handout", "-o", pdf.string(), "--atlas", atlasDir(), "--muscle",
                         "gluteus_medius_l", "--routine", "upper_glute_tightness", "--lang", "es"});
    ASSERT_EQ(r.code, 0) << r.err;
    ASSERT_EQ(std::system(("pdftotext -raw '" + pdf.string() + "' '" + txt.string() + "'").c_str()),
              0);
    const std::string text = collapsed(readText(txt));
    const std::string after = spanishToday(); // another day past midnight
    EXPECT_TRUE(text.find(before) != std::string::npos || text.find(after) != std::string::npos)
        << before;
    const StructureInfo& medius = *content().findStructure("gluteus_medius");
    const std::string name = medius.name.get("es");
    const Routine& upper = routine("upper_glute_tightness");
    const RoutinePlayer player(content(), upper, true);
    std::vector<std::string> expected = {
        spanish("Your pain: where it comes from and what helps"),
        spanish("Mark where you feel it"),
        test::filledPattern(spanish("Where the %s sends pain (%s)"), {name, spanish("left side")}),
        spanish("Where the pain is usually felt"),
        spanish("What is likely causing it"),
        test::filledPattern(spanish("Most likely: the %s."), {name}),
        medius.texts.at("patient").text.get("es"),
        test::filledPattern(spanish("What helps: %s"), {upper.name.get("es")}),
        test::filledPattern(
            spanish("How much: %s."),
            {test::filledPattern(
                spanish("about %d min a side (the steps' times), a few times a week"),
                {std::to_string(int(player.dosage().minutesPerSide))})}),
        test::filledPattern(spanish("Before you start: %s"), {upper.warmUp.get("es")}),
        spanish("Take care"),
        spanish("When to see a doctor"),
        spanish("Stop and see your doctor or therapist if any of these apply:"),
        spanish("Get emergency care now if:"),
        spanish("Where this comes from")};
    for (const auto& flag : content().redFlags) {
        expected.push_back(flag.text.text.get("es"));
    }
    for (const auto& step : upper.steps) {
        expected.push_back(step.note.get("es"));
    }
    for (const std::string& s : expected) {
        EXPECT_NE(text.find(collapsed(s)), std::string::npos) << s;
    }
    EXPECT_NE(text.find(test::filledPattern(spanish("hold %s"), {""})), std::string::npos);
    for (const char* english : {"Your pain",
                                "Mark where",
                                "sends pain",
                                "left side",
                                "What is likely causing it",
                                "Most likely",
                                "What helps",
                                "How much",
                                "min a side",
                                "Before you start",
                                "Take care",
                                "When to see a doctor",
                                "Stop and see",
                                "Get emergency care",
                                "Where this comes from",
                                "Where the pain",
                                "Where it can spread",
                                "Amber band",
                                "Blue-grey",
                                "hold ",
                                " times",
                                "textbook anatomy",
                                "December"}) {
        EXPECT_EQ(text.find(english), std::string::npos) << english;
    }
    // Only the languages with a catalogue.
    EXPECT_EQ(test::runGlutea({"handout", "-o", pdf.string(), "--atlas", atlasDir(), "--muscle",
                               "gluteus_medius_l", "--lang", "fr"})
                  .code,
              2);
}

TEST(Handout, BadOptionsSayWhatIsExpected) {
    const auto dir = outDir();
    auto r = test::runGlutea({"handout", "-o", (dir / "x.txt").string(), "--atlas", atlasDir(),
                              "--muscle", "gluteus_medius_l"});
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find(".pdf or .png"), std::string::npos) << r.err;
    r = test::runGlutea({"handout", "-o", (dir / "x.pdf").string(), "--atlas", atlasDir(),
                         "--muscle", "gluteus_medius_l", "--paper", "a3"});
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find("a4 or letter"), std::string::npos) << r.err;
    r = test::runGlutea(
        {"handout", "-o", (dir / "x.pdf").string(), "--atlas", atlasDir(), "--routine", "no_such"});
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find("upper_glute_tightness"), std::string::npos) << r.err;
    EXPECT_FALSE(std::filesystem::exists(dir / "x.pdf"));
}

} // namespace
} // namespace glutea
