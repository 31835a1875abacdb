// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// The .glutea-view format (docs/VIEW-FILE.md): what is written reads back equal, and broken files
// are refused with the file, line and column of the fault, found here by searching the text.
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include <gtest/gtest.h>

#include "anatomy/view_file.h"
#include "base/error.h"

namespace glutea {
namespace {

ViewFile sample() {
    ViewFile v;
    v.atlas = "Glutea placeholder pelvis";
    v.target = {0.0123f, 0.98765f, -0.05f};
    v.yawDegrees = 151.25f;
    v.pitchDegrees = 12.5f;
    v.distance = 0.8125f;
    v.fovYDegrees = 35.0f;
    v.selection = "piriformis_l";
    v.bothSides = true;
    v.hidden = {"sacrum", "gluteus_maximus_r"};
    v.layers[0] = {true, 0.35f};
    v.layers[3] = {false, 1.0f};
    v.peel = 1.0f;
    v.xray = false;
    v.animation.kind = "referral";
    v.animation.structure = "gluteus_medius_l";
    v.animation.time = 3.3;
    v.paint = {{{-0.1f, 0.95f, -0.11f}, 3.0f, false}, {{-0.09f, 0.9f, -0.1f}, 2.0f, true}};
    v.annotations = {{{-0.08f, 0.93f, -0.12f}, "skin", "Sore here after running"}};
    return v;
}

std::string errorOf(const std::string& text) {
    try {
        parseViewFile(text, "broken.glutea-view");
    } catch (const Error& e) {
        return e.what();
    }
    return "";
}

// "broken.glutea-view:LINE:COLUMN" for the character at byte `offset` of `text` (1-based).
std::string placeOf(const std::string& text, std::size_t offset) {
    int line = 1, column = 1;
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return "broken.glutea-view:" + std::to_string(line) + ":" + std::to_string(column);
}

TEST(ViewFile, WhatIsWrittenReadsBackEqual) {
    const ViewFile v = sample();
    const std::string text = viewFileText(v);
    EXPECT_EQ(parseViewFile(text, "x.glutea-view"), v);
    EXPECT_NE(text.find("\"format\": \"glutea-view\""), std::string::npos);
    ViewFile routine;
    routine.animation = {"routine", "", "", "", "", "upper_glute_tightness", 3, 12.0};
    EXPECT_EQ(parseViewFile(viewFileText(routine), "r").animation, routine.animation);
}

TEST(ViewFile, TruncatedFileSaysWhereItEnds) {
    const std::string text = viewFileText(sample());
    const std::string cut = text.substr(0, text.size() / 2);
    const std::string message = errorOf(cut);
    ASSERT_FALSE(message.empty());
    // The parser stops at the end of what is there: the last line of the cut text.
    int lines = 1;
    for (char c : cut) {
        lines += c == '\n' ? 1 : 0;
    }
    EXPECT_NE(message.find("broken.glutea-view:" + std::to_string(lines) + ":"), std::string::npos)
        << message;
}

TEST(ViewFile, WrongValueIsReportedWhereItIs) {
    std::string text = viewFileText(sample());
    const std::string key = "\"pitch_deg\": ";
    const std::size_t at = text.find(key);
    ASSERT_NE(at, std::string::npos);
    const std::size_t value = at + key.size();
    text.replace(value, text.find_first_of(",\n", value) - value, "\"high\"");
    const std::string message = errorOf(text);
    EXPECT_NE(message.find(placeOf(text, value)), std::string::npos) << message;
    EXPECT_NE(message.find("pitch_deg"), std::string::npos) << message;
}

TEST(ViewFile, APointFarFromTheBodyIsRefusedWhereItIs) {
    // 5.5e55 m is a finite double but no float: the view would be saved with a null and the
    // saved file would not open (found by fuzz_view_file).
    for (const char* far : {"-5.5e55", "1001.0"}) {
        std::string text = viewFileText(sample());
        const std::string key = "\"target\": [";
        const std::size_t at = text.find(key);
        ASSERT_NE(at, std::string::npos);
        const std::size_t x = text.find_first_not_of(" \n", at + key.size());
        text.replace(x, text.find(',', x) - x, far);
        const std::string message = errorOf(text);
        EXPECT_NE(message.find("target"), std::string::npos) << far << ": " << message;
        EXPECT_NE(message.find("-1000 to 1000"), std::string::npos) << far << ": " << message;
    }
    ViewFile near = sample();
    near.target = {999.0f, -999.0f, 0.0f}; // still read: the limit is not the body's size
    EXPECT_EQ(parseViewFile(viewFileText(near), "near.glutea-view"), near);
}

TEST(ViewFile, FuzzFindingsAreRefused) {
    const auto dir = std::filesystem::path(GLUTEA_SOURCE_DIR) / "tests" / "data" / "fuzz";
    int checked = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        if (entry.path().extension() == ".glutea-view") {
            std::ifstream in(entry.path(), std::ios::binary);
            const std::string text((std::istreambuf_iterator<char>(in)), {});
            EXPECT_NE(errorOf(text), "") << entry.path();
            ++checked;
        }
    }
    EXPECT_GT(checked, 0);
}

TEST(ViewFile, UnknownLayerAndBadAnimationAreNamed) {
    std::string text = viewFileText(sample());
    const std::size_t nerves = text.find("\"nerves\"");
    ASSERT_NE(nerves, std::string::npos);
    text.replace(nerves, 8, "\"nervez\"");
    const std::size_t kind = text.find("\"referral\"");
    text.replace(kind, 10, "\"dance\"");
    const std::string message = errorOf(text);
    EXPECT_NE(message.find("nervez"), std::string::npos) << message;
    EXPECT_NE(message.find("\"dance\"") == std::string::npos ? message.find("kind")
                                                             : std::string::npos,
              std::string::npos)
        << message;
    EXPECT_NE(message.find(placeOf(text, text.find("\"dance\""))), std::string::npos) << message;
}

// The animation in progress (a technique, a routine step) reads back as written.
TEST(ViewFile, TechniqueAndRoutineAnimationsReadBackEqual) {
    ViewFile technique = sample();
    technique.animation = {"technique",        "", "", "trigger_point_compression",
                           "piriformis_belly", "", 0,  7.25};
    EXPECT_EQ(parseViewFile(viewFileText(technique), "t").animation, technique.animation);
    ViewFile routine = sample();
    routine.animation = {"routine", "", "", "", "", "upper_glute_tightness", 0, 0.0};
    EXPECT_EQ(parseViewFile(viewFileText(routine), "r").animation, routine.animation);
}

// Replaces the first `from` in `text` after `after` by `to`; returns where it was.
std::size_t replaceIn(std::string& text, const std::string& from, const std::string& to,
                      std::size_t after = 0) {
    const std::size_t at = text.find(from, after);
    EXPECT_NE(at, std::string::npos) << from;
    text.replace(at, from.size(), to);
    return at;
}

TEST(ViewFile, MisspelledAnimationFieldIsNamedWithTheNearest) {
    ViewFile v = sample();
    v.animation = {"technique",        "", "", "trigger_point_compression",
                   "piriformis_belly", "", 0,  2.0};
    std::string text = viewFileText(v);
    const std::size_t key = replaceIn(text, "\"placement\"", "\"placment\"");
    const std::size_t value = text.find('"', text.find(':', key)); // the value's opening quote
    const std::string message = errorOf(text);
    EXPECT_NE(message.find(placeOf(text, value)), std::string::npos) << message;
    EXPECT_NE(message.find("did you mean \"placement\""), std::string::npos) << message;
}

TEST(ViewFile, MisspelledTopLevelKeyIsNamedWithTheNearest) {
    std::string text = viewFileText(sample());
    replaceIn(text, "\"animation\"", "\"animaton\"");
    const std::string message = errorOf(text);
    EXPECT_NE(message.find("did you mean \"animation\""), std::string::npos) << message;
    EXPECT_NE(message.find("broken.glutea-view:"), std::string::npos) << message;
}

TEST(ViewFile, AnotherKindsFieldAndAFractionalStepAreRefusedWhereTheyAre) {
    const std::string text =
        "{\"format\": \"glutea-view\", \"format_version\": 1,\n"
        " \"animation\": {\"kind\": \"routine\", \"routine\": \"upper_glute_tightness\",\n"
        "   \"step\": 2.5, \"placement\": \"x\", \"time\": 1}}\n";
    const std::string message = errorOf(text);
    // "step" is on line 3; its value 2.5 starts at column 12, "x" at column 30.
    EXPECT_NE(message.find("broken.glutea-view:3:12: \"step\": expected a whole number"),
              std::string::npos)
        << message;
    EXPECT_NE(message.find("broken.glutea-view:3:30: \"placement\": not a field of a routine "
                           "animation (a technique animation has it)"),
              std::string::npos)
        << message;
    EXPECT_NE(errorOf("{\"format\": \"glutea-view\", \"format_version\": 1, \"animation\": "
                      "{\"kind\": \"technique\", \"technique\": \"\"}}")
                  .find("expected an id"),
              std::string::npos);
}

TEST(ViewFile, NotAViewFileIsRefused) {
    EXPECT_NE(errorOf("{\"format\": \"something\", \"format_version\": 1}").find("glutea-view"),
              std::string::npos);
    EXPECT_NE(errorOf("[1, 2]").find("JSON object"), std::string::npos);
    EXPECT_NE(errorOf("{\"format\": \"glutea-view\", \"format_version\": 99}").find("newer"),
              std::string::npos);
    ViewFile longNote = sample();
    longNote.annotations[0].text = std::string(kMaxAnnotationChars + 1, 'a');
    EXPECT_NE(errorOf(viewFileText(longNote)).find("at most"), std::string::npos);
}

} // namespace
} // namespace glutea
