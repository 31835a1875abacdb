// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The window's referral player (issue 8): "Show referred pain" (card button or R) plays the
// selected muscle's pattern; "Where does it hurt?" (W) paints on the skin and ranks the muscles.
// It fills view.overlay and panels.referral; the renderer and the panels only read them.
#include <atomic>
#include <future>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <glm/vec3.hpp>

#include "anatomy/referral_player.h"
#include "anatomy/view_file.h"
#include "anatomy/zone_field.h"

namespace glutea {

struct WindowState;
struct UiActions;
struct MouseGestures;

class ReferralMode {
  public:
    ReferralMode();
    ~ReferralMode(); // waits for the background computation (it reads the window's atlas)
    ReferralMode(const ReferralMode&) = delete;
    ReferralMode& operator=(const ReferralMode&) = delete;

    // After the atlas and content are loaded: starts what needs the background (zone fields).
    void attach(WindowState& app);
    // A key the rest of the window did not take; true when it was this mode's.
    bool onKey(WindowState& app, int key, int mods);
    // Once a frame, after the panels: reacts to their requests, advances the animation, fills the
    // overlay. Returns true while something moves (the window keeps redrawing).
    bool frame(WindowState& app, const UiActions& actions, float seconds);
    // Escape and other modes starting stop the playback (and leave "where does it hurt").
    void stop(WindowState& app);
    // This frame's mouse gestures; true when "where does it hurt" took them (painting, erasing):
    // the window then neither orbits nor picks. Shift gives the mouse back to the camera.
    bool onGestures(WindowState& app, const MouseGestures& gestures);

    bool playing() const { return picture_.has_value(); }
    // For saved views and the handout (app/clinic_mode): what plays, its time, the paint's dabs.
    const ReferralPicture* picture() const { return picture_ ? &*picture_ : nullptr; }
    double time() const { return time_; }
    const std::vector<ViewPaintDab>& paintDabs() const { return dabs_; }
    // "Where does it hurt?": the ranked patterns' structures and sides, best first (chairside).
    std::vector<std::pair<std::string, Side>> rankedStructures() const;
    // Replays saved dabs ("where does it hurt"), once the fields are ready; false before.
    bool replayDabs(WindowState& app, const std::vector<ViewPaintDab>& dabs);
    bool whereMode() const { return where_; }
    // "Where does it hurt?" without a mouse: one dab (or an erase) at this window pixel, the
    // view's centre when the key is pressed. False outside the mode.
    bool dabAt(WindowState& app, glm::vec2 windowPixel, bool erase);

  private:
    struct Ranked {
        const PatternField* field = nullptr;
        ZoneKind kind = ZoneKind::Essential;
        double share = 0.0;
    };

    bool ready(WindowState& app); // the fields, once computed
    void play(WindowState& app, const std::string& structureId, Side side,
              const std::string& triggerPoint, bool moveCamera);
    void playField(WindowState& app, const PatternField& field, const std::string& triggerPoint,
                   bool moveCamera);
    void toggleWhere(WindowState& app);
    void dab(WindowState& app, bool erase); // at the mouse
    void dab(WindowState& app, glm::vec2 windowPixel, bool erase);
    void updateRanking(WindowState& app);
    void playRanked(WindowState& app, int index);
    void logReferral(WindowState& app);
    void logVisibleZone(WindowState& app);
    void fillPanel(WindowState& app);
    void clearOverlay(WindowState& app);

    std::future<std::shared_ptr<const ReferralFields>> computing_;
    std::shared_ptr<std::atomic<float>> progress_;
    std::shared_ptr<const ReferralFields> fields_;
    std::string error_;
    std::optional<std::string> pendingStructure_; // R before the fields were ready
    Side pendingSide_ = Side::Left;
    std::string pendingTriggerPoint_;

    std::optional<ReferralPicture> picture_;
    std::vector<ViewPaintDab> dabs_; // every dab since the last clear, in order
    const PatternField* field_ = nullptr;
    double time_ = 0.0;
    bool zoneLogged_ = false;

    bool where_ = false;
    float radiusCm_ = 3.0f;
    std::vector<float> painted_;
    bool hasPainted_ = false;
    std::optional<glm::vec3> lastDab_;
    std::vector<Ranked> ranking_;
    int chosen_ = -1;
    std::string lastRankingLog_;
    float panelRect_[4] = {0.0f, 0.0f, 0.0f, 0.0f}; // the referral panel, window pixels
};

} // namespace glutea
