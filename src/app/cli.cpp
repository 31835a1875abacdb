// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "app/cli.h"

#include <cmath>
#include <filesystem>
#include <ostream>
#include <sstream>

#include <CLI/CLI.hpp>

#include "anatomy/atlas_manifest.h"
#include "anatomy/hip_action.h"
#include "anatomy/referral_player.h"
#include "app/cli_numbers.h"
#include "app/commands.h"
#include "app/handout.h"
#include "app/query.h"
#include "app/scene.h"
#include "app/ui_language.h"
#include "app/window_app.h"
#include "geometry/camera.h"

namespace glutea {

namespace {
std::string viewNames() {
    std::string names;
    for (const auto& p : viewPresets()) {
        names += (names.empty() ? "" : ", ") + p.name;
    }
    return names;
}
// When the referral's stages happen, from the player's own timeline.
std::string timeHelp() {
    auto seconds = [](float s) {
        std::ostringstream out;
        out << s;
        return out.str();
    };
    return "Animation time in seconds. --show referral: at 0 the muscle and its trigger points, "
           "the spread complete at " +
           seconds(ReferralTimeline::kCompleteS) + " s, looping every " +
           seconds(ReferralTimeline::kPeriodS) +
           " s; --show technique and --routine loop too; "
           "--action: seconds (from 0) into the action's loop";
}
// 1e6 s is eleven days; beyond it a float clock loses its fractions of a second.
const CLI::Validator& finiteNumber() {
    static const CLI::Validator v =
        finiteNumberWhere([](double value) { return std::abs(value) <= 1e6; },
                          "a finite number between -1e6 and 1e6", "FINITE");
    return v;
}

const CLI::Validator& sizeValue() {
    static const CLI::Validator v(
        [](const std::string& text) -> std::string {
            try {
                parseSize(text);
            } catch (const std::exception& e) {
                return e.what();
            }
            return {};
        },
        "WIDTHxHEIGHT");
    return v;
}

// `glutea FILE`: a folder or an atlas.json is the atlas, anything else must be a saved view.
void openFileArgument(const std::string& text, CommonOptions& common, WindowOptions& window) {
    const std::filesystem::path path(text);
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
        common.atlasDir = path;
    } else if (path.filename() == "atlas.json" && std::filesystem::is_regular_file(path, ec)) {
        common.atlasDir = path.parent_path().empty() ? "." : path.parent_path();
    } else if (path.extension() == ".glutea-view" && std::filesystem::is_regular_file(path, ec)) {
        window.viewFile = path;
    } else {
        throw CLI::ValidationError(
            "FILE", text + ": expected a saved view (.glutea-view file) or an atlas folder" +
                        (std::filesystem::exists(path, ec) ? "" : " (there is no such file)"));
    }
}

} // namespace

int runCli(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
    CLI::App app{"Glutea: an interactive 3D atlas of the pelvis and gluteal region.\n"
                 "Without a subcommand, opens the atlas window.",
                 "glutea"};
    app.set_version_flag("--version", std::string("glutea ") + GLUTEA_VERSION);
    CommonOptions common;
    app.add_option("--atlas", common.atlasDir, "Atlas folder (with atlas.json)")
        ->check(CLI::ExistingDirectory);
    bool allowOutsideAtlas = false;
    app.add_flag("--allow-outside-atlas", allowOutsideAtlas,
                 "Let atlas.json name files outside the atlas folder (absolute paths, \"..\"); "
                 "only for an atlas you trust");
    app.add_option("--shader-dir", common.shaderDir,
                   "Load shaders from this folder instead of the built-in copies (live edits)")
        ->check(CLI::ExistingDirectory);

    WindowOptions window;
    app.add_option("--view", window.view, "Initial view: " + viewNames());
    app.add_option("--state-log", window.stateLog,
                   "Append one JSON line per state change (camera, selection) to this file");
    app.add_option("--size", window.size, "Initial window size WIDTHxHEIGHT")->check(sizeValue());
    app.add_option("--view-file", window.viewFile, "Open a saved view (.glutea-view)")
        ->check(CLI::ExistingFile);
    app.add_option("--samples", window.samples,
                   "MSAA samples of the 3D view (default: 4 on a GPU, 0 on a software rasteriser)");
    app.add_option("--lang", window.language,
                   "Language of the window and the content's texts: en or es (default: the "
                   "remembered one); missing translations show in English")
        ->check(CLI::IsMember(uiLanguageCodes()));

    RenderOptions render;
    auto* renderCmd = app.add_subcommand("render", "Render one frame headless (EGL) to a PNG");
    renderCmd->fallthrough();
    renderCmd->add_option("-o,--output", render.output, "PNG file to write")->required();
    renderCmd->add_option("--size", render.size, "WIDTHxHEIGHT")
        ->capture_default_str()
        ->check(sizeValue());
    renderCmd->add_option("--view", render.view, "View: " + viewNames())->capture_default_str();
    renderCmd->add_option("--select", render.select, "Structure to select, e.g. piriformis_l");
    renderCmd->add_option("--time", render.timeSeconds, timeHelp())->check(finiteNumber());
    renderCmd->add_option("--samples", render.samples, "MSAA samples")->capture_default_str();
    renderCmd
        ->add_option_function<std::string>(
            "--aa", [&render](const std::string& mode) { render.edgeAa = mode == "edge"; },
            "Anti-aliasing: msaa (--samples) or edge (a pass over the finished image, no MSAA)")
        ->check(CLI::IsMember({"msaa", "edge"}));
    renderCmd->add_option("--hide", render.hide,
                          "Hide layer groups or structures, e.g. skin or skin,gluteus_maximus");
    renderCmd->add_option("--mask", render.mask,
                          "Write a silhouette instead: parts (piriformis_l,sacrum) or 'affected', "
                          "the parts the selection changes");
    renderCmd->add_option("--show", render.show,
                          "Show on the body: referral, technique:ID[/PLACEMENT], cautions "
                          "(comma-separated)");
    renderCmd->add_option("--trigger-point", render.triggerPoint,
                          "With --show referral: play this trigger point's zones only");
    renderCmd->add_flag("--reduced-motion", render.reducedMotion,
                        "The complete still picture instead of the frame at --time");
    renderCmd->add_option("--pain-at", render.painAt,
                          "Where does it hurt: skin points X,Y,Z[;X,Y,Z...] (metres)");
    renderCmd->add_option("--radius", render.radiusCm, "Brush radius for --pain-at, in cm")
        ->capture_default_str()
        ->check(finiteNumber());
    renderCmd->add_option("--routine", render.routine, "Play this routine (with --step)");
    renderCmd->add_option("--step", render.step, "Routine step (0: the warm-up)");
    renderCmd->add_flag("--labels", render.labels,
                        "Leader-line labels of the visible structures and landmarks");
    renderCmd->add_flag("--latin", render.latin, "With --labels: Latin names");
    renderCmd->add_option("--section", render.section,
                          "Cross-section with filled cut faces: axial:Y, coronal:Z or sagittal:X "
                          "(metres, atlas frame); the view faces the cut unless --view is given");
    renderCmd->add_option("--action", render.action,
                          "Muscle action with the leg posed at --time seconds into its loop: " +
                              hipActionIds());
    renderCmd
        ->add_option("--view-file", render.viewFile,
                     "Open a saved view (.glutea-view): camera, selection, layers, animation, "
                     "paint, pins")
        ->check(CLI::ExistingFile);
    renderCmd->add_option("--lang", render.language,
                          "Language of the content's texts in the notes printed (default en)");
    renderCmd->add_option("--save-view", render.saveView,
                          "Also save what this render shows as a view file (.glutea-view)");

    bool inspectJson = false;
    auto* inspectCmd = app.add_subcommand("inspect", "List the atlas's structures");
    inspectCmd->fallthrough();
    inspectCmd->add_flag("--json", inspectJson, "Print JSON");

    auto* validateCmd = app.add_subcommand("validate", "Check the atlas; print every problem");
    validateCmd->fallthrough();
    std::string validateLanguage;
    validateCmd->add_option("--lang", validateLanguage,
                            "Also list every content text without this translation, e.g. es "
                            "(not an error: English is shown; the exit status stays 0)");

    BenchOptions bench;
    auto* benchCmd = app.add_subcommand("bench", "Measure load, start-up and frame times");
    benchCmd->fallthrough();
    benchCmd->add_option("--frames", bench.frames, "Frames to time")->capture_default_str();
    benchCmd->add_option("--size", bench.size, "WIDTHxHEIGHT")
        ->capture_default_str()
        ->check(sizeValue());
    benchCmd->add_flag("--json", bench.json, "Print one JSON object");
    benchCmd->add_option("--samples", bench.samples,
                         "MSAA samples (default: 4 on a GPU, 0 on a software rasteriser)");

    QueryOptions query;
    const QueryCommand queryCmd = addQueryCommand(app, query);

    HandoutOptions handout;
    auto* handoutCmd = addHandoutCommand(app, handout);

    // What a file manager passes (the desktop entry's %f): a saved view, or an atlas.
    std::string openPath;
    app.add_option("file", openPath,
                   "A saved view (.glutea-view) to open in the window, or an atlas folder (or its "
                   "atlas.json)");

    app.require_subcommand(0, 1);
    try {
        app.parse(argc, argv);
        if (!openPath.empty()) {
            if (app.get_subcommands().size() > 0) {
                throw CLI::ExtrasError({openPath});
            }
            openFileArgument(openPath, common, window);
        }
    } catch (const CLI::Success& e) { // --help, --help-all, --version
        return app.exit(e, out, err);
    } catch (const CLI::ParseError& e) {
        err << "glutea: error: " << e.what() << "\nRun with --help for usage.\n";
        return 2;
    }

    allowPathsOutsideAtlas(allowOutsideAtlas);
    try {
        if (*renderCmd) {
            render.viewGiven = renderCmd->count("--view") > 0;
            return runRender(common, render, out);
        }
        if (*inspectCmd) {
            return runInspect(common, inspectJson, out);
        }
        if (*validateCmd) {
            return runValidate(common, out, validateLanguage);
        }
        if (*queryCmd.query) {
            return runQuery(common, queryCmd, query, out);
        }
        if (*handoutCmd) {
            return runHandout(common, handout, out);
        }
        if (*benchCmd) {
            return runBench(common, bench, out);
        }
        return runWindow(common, window, err);
    } catch (const std::exception& e) {
        err << "glutea: error: " << e.what() << "\n";
        return 1;
    }
}

} // namespace glutea
