#pragma once
// The technique and routine player's UI: step text, the routine timeline, the red-flag and
// screening dialogs, caution notes. The app fills TechniquePanel each frame from its TechniqueMode;
// the panel draws it and reports what the user asked for in TechniqueUiRequest. (Owned by the
// technique work, issue 9.)
#include <string>
#include <vector>

#include "anatomy/content.h"
#include "ui/info_card.h"
#include "ui/settings.h"

namespace glutea {

struct TechniqueUiRequest {
    bool stop = false;
};

struct TechniquePanel {
    bool active = false; // a technique or routine is playing, or cautions are shown

    // Draws into its own ImGui window over the viewport when active.
    void draw(const UiSettings& settings, TechniqueUiRequest& request) const;
};

// The info card's section for structure `id`: the techniques placed on it, each a button that plays
// it.
void drawCardTechniques(const Content& content, const std::string& id, Audience audience,
                        CardRequests& requests);

} // namespace glutea
