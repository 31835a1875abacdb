// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// TechniqueMode's state, shared by its three files: technique_mode.cpp (what plays, and the
// overlay), technique_mode_controls.cpp (keys and the panel's requests) and
// technique_mode_panel.cpp (what the panel shows, and the state-log events).
#include <chrono>
#include <future>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "anatomy/routine_player.h"
#include "anatomy/technique_scene.h"
#include "anatomy/technique_text.h"
#include "app/technique_mode.h"
#include "app/window_state.h"

namespace glutea {

struct TechniqueMode::Impl {
    std::shared_future<std::shared_ptr<TechniqueScene>> building;
    std::shared_ptr<TechniqueScene> scene;
    // One technique on its own.
    std::optional<TechniqueTrack> track;
    double clock = 0.0;
    // A routine.
    std::unique_ptr<RoutinePlayer> routine;
    std::vector<std::optional<TechniqueTrack>> stepTracks; // by step (0: the warm-up, none)
    bool cautions = false;
    std::string noteZone;
    bool ownsOverlay = false; // this mode put something in view.overlay
    bool ownsMarkers = false; // ... markers and props: cautions alone leave the referral's be
    CardRequests pendingCard; // asked for before the scene was ready
    std::string lastTechniqueLog, lastRoutineLog, lastHotspots;
    bool layoutChanged = false; // the panel's buttons moved: draw again until they settle
    int settleFrames = 0;       // after a request or key: new windows take a few frames to size
    // A roller or ball lies between the body and a camera behind it: show it from the worked side.
    // Applied a frame late, after the selection's own camera move (a routine step selects its
    // muscle), so the side view wins.
    const TechniqueTrack* shownProps = nullptr;
    int presetIn = -1;
    // A routine step shows its muscle selected: highlighted (the muscle a stretch lengthens),
    // and the camera turns to where it is best seen.
    int lastStep = -1;
    // A saved view's animation waiting for the scene (technique_mode_view.cpp), and a routine's
    // saved step and time waiting for its gates to open.
    std::optional<ViewAnimation> pendingReplay;
    std::optional<std::pair<int, double>> pendingSeek;
    bool loopRoutine = false; // chairside: the routine starts again when it finishes
    // The playing placement's words, made again only when what they depend on changes, not every
    // frame (they are a dozen translated, assembled strings).
    struct PlacementText {
        const TechniquePlacement* placement = nullptr;
        Side side = Side::None;
        std::string audience, language;
        StepText text;
    };
    std::optional<PlacementText> placementText;

    // technique_mode.cpp
    bool ready(); // the scene, once built in the background
    const TechniqueTrack* playingTrack() const;
    double playingTime() const { return routine ? routine->localTime() : clock; }
    void startTechnique(WindowState& app, const std::string& techniqueId,
                        const std::string& placementId);
    // `gateRedFlags`: in the patient register the red flags must be acknowledged first (not in
    // chairside, where the clinician is present and the story shows them at its step 5).
    void startRoutine(WindowState& app, const std::string& id, bool gateRedFlags = true);
    // technique_mode_view.cpp
    void applyPending(WindowState& app); // once a frame, after the panel's requests
    void stopAll(WindowState& app);
    void showPropsFromTheSide(WindowState& app);
    void selectStepMuscle(WindowState& app);
    void fillOverlay(WindowState& app);
    // technique_mode_controls.cpp
    void handleRequests(WindowState& app, const TechniqueUiRequest& req, const CardRequests& card);
    // technique_mode_panel.cpp
    void fillPanel(WindowState& app);
    const StepText& placementTextOf(WindowState& app, const TechniqueTrack& track,
                                    const std::string& audience);
    void logTechnique(WindowState& app, bool playing);
    void logRoutine(WindowState& app, const std::string& text);
};

} // namespace glutea
