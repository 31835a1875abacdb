#pragma once
// The referral player's UI: legend, caption, trigger-point list, the "Where does it hurt?" ranking.
// The app fills ReferralPanel each frame from its ReferralMode; the panel draws it and reports
// what the user asked for in ReferralUiRequest. (Owned by the referral work, issue 8.)
#include <string>
#include <vector>

#include "anatomy/content.h"
#include "ui/info_card.h"
#include "ui/settings.h"

namespace glutea {

struct ReferralUiRequest {
    bool stop = false;
};

struct ReferralPanel {
    bool active = false; // a pattern is playing or the where-does-it-hurt mode is on

    // Draws into its own ImGui window over the viewport when active.
    void draw(const UiSettings& settings, ReferralUiRequest& request) const;
};

// The info card's section for structure `id`: its referral pattern: "Show referred pain", the
// trigger points by name.
void drawCardReferral(const Content& content, const std::string& id, Audience audience,
                      CardRequests& requests);

} // namespace glutea
