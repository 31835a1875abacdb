// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The referral player's UI: legend, caption, trigger-point list, the "Where does it hurt?" ranking.
// The app fills ReferralPanel each frame from its ReferralMode; the panel draws it and reports
// what the user asked for in ReferralUiRequest. (Owned by the referral work, issue 8.)
#include <optional>
#include <string>
#include <vector>

#include "anatomy/content.h"
#include "ui/info_card.h"
#include "ui/settings.h"

namespace glutea {

struct ReferralUiRequest {
    bool stop = false;
    bool toggleWhere = false;                // the toolbar's "Where does it hurt?"
    std::optional<std::string> triggerPoint; // play this trigger point alone ("" : all of them)
    std::optional<int> chooseRanked;         // play this entry of the ranking
    std::optional<float> brushRadiusCm;      // the brush was resized
    bool clearPainted = false;
    // Where the panel lies this frame (window pixels: x, y, width, height; 0 when not drawn), so
    // the app can tell what it covers.
    float rect[4] = {0.0f, 0.0f, 0.0f, 0.0f};
};

struct ReferralPanelTrigger {
    std::string id;
    std::string name;
};

struct ReferralPanelRank {
    std::string label; // "Gluteus minimus (left)"
    std::string kind;  // "main area" / "spill-over area" in the reader's register
    float share = 0.0f;
    bool neural = false;
};

struct ReferralPanel {
    bool active = false; // a pattern is playing or the where-does-it-hurt mode is on

    // Filled by the app's ReferralMode.
    float computing = -1.0f; // 0..1 while the zone fields are being resolved; < 0: ready
    std::string error;       // the fields could not be resolved
    bool playing = false;
    std::string title;       // "Referred pain: Gluteus minimus (left)"
    std::string caption;     // in the reader's register
    std::string captionNote; // evidence, in plain words for patients
    bool neural = false;
    bool hasSpillover = false;
    bool hasTriggerPoints = false;
    std::vector<ReferralPanelTrigger> triggerPoints;
    std::string currentTriggerPoint; // empty: all

    bool whereMode = false;
    float brushRadiusCm = 3.0f;
    bool hasPainted = false;
    std::vector<ReferralPanelRank> ranking;
    int chosenRank = -1;

    // Draws into its own ImGui window over the viewport when active.
    void draw(const UiSettings& settings, ReferralUiRequest& request) const;
    // The menu bar's "Where does it hurt?" button (inside BeginMainMenuBar).
    void drawToolbar(ReferralUiRequest& request) const;
};

// The info card's section for structure `id`: its referral pattern: "Show referred pain", the
// trigger points by name.
void drawCardReferral(const Content& content, const std::string& id, Audience audience,
                      CardRequests& requests);

// The colours of docs/ANIMATION.md (sRGB 0..1), for the legend and tests.
struct ReferralColours {
    static constexpr float kEssential[3] = {0xB1 / 255.0f, 0x2A / 255.0f, 0x90 / 255.0f};
    static constexpr float kSpillover[3] = {0xFC / 255.0f, 0xA6 / 255.0f, 0x36 / 255.0f};
    static constexpr float kNerve[3] = {0x6A / 255.0f, 0x00 / 255.0f, 0xA8 / 255.0f};
    static constexpr float kNervePulse[3] = {0xF0 / 255.0f, 0xF9 / 255.0f, 0x21 / 255.0f};
    static constexpr float kPainted[3] = {0x56 / 255.0f, 0xB4 / 255.0f, 0xE9 / 255.0f};
};

} // namespace glutea
