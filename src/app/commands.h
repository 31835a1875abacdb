// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The CLI subcommands. Each returns the process exit code and prints to the given streams.
#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>

#include "anatomy/atlas.h"
#include "anatomy/content.h"

namespace glutea {

struct CommonOptions {
    std::optional<std::filesystem::path> atlasDir;
    std::optional<std::filesystem::path> shaderDir;
};

struct RenderOptions {
    std::filesystem::path output;
    std::string size = "1280x720";
    std::string view = "posterior";
    std::string select;
    double timeSeconds = 0.0;
    int samples = 4;     // a still image can afford anti-aliasing even on a software rasteriser
    bool edgeAa = false; // --aa edge: the edge pass instead of MSAA (shaders/edge_aa.frag)
    // Instead of the picture: the silhouette of these parts ("piriformis_l,sacrum"), or of
    // "affected": every part the selection changes (x-ray, outline, highlight), outlines included.
    std::string mask;
    // Layer groups (skin, superficial_muscles, deep_muscles, nerves, bones) or structures to hide.
    std::string hide;
    // What to show on the body (docs/ANIMATION.md), comma-separated: "referral",
    // "technique:ID[/PLACEMENT]", "cautions".
    std::string show;
    std::string triggerPoint;       // --trigger-point: play one trigger point of the pattern
    bool reducedMotion = false;     // the complete still map, whatever the time
    std::string painAt;             // --pain-at "X,Y,Z;X,Y,Z": where it hurts, atlas frame metres
    double radiusCm = 3.0;          // --radius: the painting brush
    std::string routine;            // --routine ID
    int step = 0;                   // --step N (0: the warm-up)
    bool labels = false;            // --labels: leader-line labels of what shows (issue 12)
    bool latin = false;             // --latin: the labels in Latin, where the content has it
    std::string section;            // --section axial:Y | coronal:Z | sagittal:X (issue 12)
    std::string action;             // --action ID: a muscle action at --time (issue 12)
    bool viewGiven = false;         // --view was on the command line (else a section faces its cut)
    std::filesystem::path viewFile; // --view-file: a saved view (docs/VIEW-FILE.md)
    std::filesystem::path saveView; // --save-view: write what this render shows as a view file
    std::string language = "en";    // --lang: the content's texts in the notes (English fallback)
};

struct BenchOptions {
    int frames = 120;
    int samples = -1; // MSAA samples; -1: as the window does (defaultSampleCount)
    std::string size = "1280x720";
    bool json = false;
};

// The atlas's content, loaded and validated; any problem is an error (a picture or a handout of
// broken content would mislead). `purpose` ends "nothing to ..." when the atlas has no content.
Content loadCheckedContent(const Atlas& atlas, const std::string& purpose);

int runRender(const CommonOptions& common, const RenderOptions& options, std::ostream& out);
int runInspect(const CommonOptions& common, bool json, std::ostream& out);
// With `language` (not "en"): also lists every content text without that translation, which
// alone does not make the atlas invalid (exit 0).
int runValidate(const CommonOptions& common, std::ostream& out, const std::string& language = "");
int runBench(const CommonOptions& common, const BenchOptions& options, std::ostream& out);

} // namespace glutea
