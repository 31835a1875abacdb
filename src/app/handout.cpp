// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "app/handout.h"

#include <chrono>
#include <cmath>
#include <ctime>
#include <ostream>

#include <CLI/CLI.hpp>

#include "anatomy/atlas_content.h"
#include "anatomy/content_loader.h"
#include "anatomy/content_validator.h"
#include "anatomy/referral_choice.h"
#include "anatomy/selection.h"
#include "anatomy/trigger_point_sites.h"
#include "app/asset_paths.h"
#include "app/cli_numbers.h"
#include "app/commands.h"
#include "app/handout_pictures.h"
#include "app/handout_words.h"
#include "app/scene.h"
#include "app/settings_file.h"
#include "app/ui_language.h"
#include "base/error.h"
#include "base/file_write.h"
#include "base/text.h"
#include "import/assimp_loader.h"
#include "report/handout_pages.h"
#include "report/handout_text.h"

namespace glutea {

namespace {

// "1 December 2026": the day, the month's name and the year in `words` (strftime's %B would
// follow the C library's locale, not the handout's language).
std::string today(const HandoutWords& words) {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return fillIn(words.date,
                  {std::to_string(local.tm_mday), words.months[std::size_t(local.tm_mon)],
                   std::to_string(1900 + local.tm_year)});
}

// The handout's own words in `language`. Without its catalogue they stay English (the content's
// texts are still in `language`) and `out` says why: the page is printed rather than refused.
HandoutWords wordsIn(const std::string& language, std::ostream& out) {
    if (language == "en") {
        return {};
    }
    try {
        return handoutWords(readUiCatalogue(language));
    } catch (const Error& e) {
        out << "note: " << e.what() << "; the handout's own words stay in English\n";
        return {};
    }
}

const Routine* routineOrError(const Content& content, const std::string& id) {
    if (const Routine* r = content.findRoutine(id)) {
        return r;
    }
    std::string ids;
    for (const auto& r : content.routines) {
        ids += (ids.empty() ? "" : ", ") + r.id;
    }
    throw Error("--routine " + id + ": no such routine; the content has " + ids);
}

// --radius is a brush radius: a value that is not a finite number above 0 (nan, inf, 0, -1) is a
// command-line error (exit 2), as --time's nan is (app/cli.cpp); at most 1e6, as there.
const CLI::Validator& brushRadius() {
    static const CLI::Validator v =
        finiteNumberWhere([](double value) { return value > 0.0 && value <= 1e6; },
                          "a brush radius in cm, a finite number above 0 and at most 1e6", "CM");
    return v;
}

bool endsWith(const std::string& s, const std::string& end) {
    return s.size() >= end.size() && s.compare(s.size() - end.size(), end.size(), end) == 0;
}

} // namespace

CLI::App* addHandoutCommand(CLI::App& app, HandoutOptions& options) {
    auto* cmd = app.add_subcommand(
        "handout", "Write the patient's take-home handout (PDF, or PNG at 150 dpi)");
    cmd->fallthrough();
    cmd->add_option("-o,--output", options.output, "FILE.pdf or FILE.png")->required();
    auto* muscle =
        cmd->add_option("--muscle", options.muscle, "The likely muscle, e.g. gluteus_medius_l");
    cmd->add_option("--pain-at", options.painAt,
                    "Where it hurts: skin points X,Y,Z[;X,Y,Z...] (metres); the muscle is the "
                    "best match")
        ->excludes(muscle);
    cmd->add_option("--radius", options.radiusCm, "Brush radius for --pain-at, in cm")
        ->capture_default_str()
        ->check(brushRadius());
    cmd->add_option("--routine", options.routine,
                    "What helps (default: a routine that works on the muscle)");
    cmd->add_option("--paper", options.paper, "a4 or letter")->capture_default_str();
    cmd->add_option("--clinic", options.clinic, "Clinic name (default: Settings, clinic_name)");
    cmd->add_option("--date", options.date, "Date as printed (default: today)");
    cmd->add_option("--lang", options.language,
                    "Language of the handout: its headings and the content's texts (en or es; "
                    "missing translations print in English)")
        ->capture_default_str()
        ->check(CLI::IsMember(uiLanguageCodes()));
    return cmd;
}

int runHandout(const CommonOptions& common, const HandoutOptions& options, std::ostream& out) {
    const auto started = std::chrono::steady_clock::now();
    const Paper paper = parsePaper(options.paper);
    const std::string file = options.output.string();
    const bool pdf = endsWith(file, ".pdf");
    if (!pdf && !endsWith(file, ".png")) {
        throw Error("-o " + file + ": expected a file name ending in .pdf or .png");
    }
    if (options.muscle.empty() && options.painAt.empty() && options.routine.empty()) {
        throw Error("handout: say what it is about: --muscle ID, --pain-at X,Y,Z or --routine ID");
    }
    if (!std::isfinite(options.radiusCm) || options.radiusCm <= 0.0) {
        throw Error("--radius: expected a brush radius in cm greater than 0");
    }
    // A missing output folder is refused as for a PNG of `glutea render`, and before the atlas is
    // loaded and the pictures drawn (seconds): writeFileAtomically refuses it in its own words,
    // writing nothing, since the folder is not one.
    std::error_code ec;
    if (options.output.has_parent_path() &&
        !std::filesystem::is_directory(options.output.parent_path(), ec)) {
        writeFileAtomically(options.output, {}, "the handout", MissingFolder::Refuse);
    }
    Atlas atlas = loadAtlas(findAtlasDir(common.atlasDir));
    simplifyForDisplay(atlas.parts);
    const Content content = loadCheckedContent(atlas, "hand out");

    HandoutRequest request;
    if (!options.painAt.empty()) {
        request.painPoints = parsePoints(options.painAt, "--pain-at");
        request.radiusM = float(options.radiusCm / 100.0);
    }
    if (!options.muscle.empty()) {
        const StructurePart& part = atlas.parts[resolvePart(atlas, options.muscle)];
        request.structureId = part.structureId;
        request.side = part.side == Side::Right ? Side::Right : Side::Left;
    }
    const Routine* routine =
        options.routine.empty() ? nullptr : routineOrError(content, options.routine);
    if (request.structureId.empty() && request.painPoints.empty() && routine) {
        request.structureId = structureForRoutine(content, *routine);
    }
    HandoutPictures pictures(common, atlas, content);
    HandoutSubject subject = pictures.choose(request);
    subject.routine = routine ? routine : routineForStructure(content, subject.structureId);

    const HandoutWords words = wordsIn(options.language, out);
    Handout handout = handoutTexts(content, subject, options.language, words);
    handout.clinic =
        options.clinic.empty() ? loadSettings(settingsFile()).clinicName : options.clinic;
    handout.date = options.date.empty() ? today(words) : options.date;
    pictures.draw(request, subject, handout, words);

    int pages = 0;
    const std::string bytes =
        pdf ? handoutPdf(handout, paper, words) : handoutPng(handout, paper, 150.0, &pages, words);
    writeFileAtomically(options.output, bytes, "the handout", MissingFolder::Refuse);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    out << "wrote " << file << " (" << (pdf ? "PDF" : "PNG, 150 dpi") << ", " << options.paper
        << ", " << bytes.size() / 1024 << " KiB, " << seconds << " s)\n";
    out << "muscle " << (subject.structureId.empty() ? "none" : subject.structureId) << " ("
        << toString(subject.side) << "), routine "
        << (subject.routine ? subject.routine->id : std::string("none")) << "\n";
    return 0;
}

} // namespace glutea
