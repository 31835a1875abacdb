#pragma once
// The window's referral player (issue 8): "Show referred pain" (card button or R) plays the
// selected muscle's pattern; "Where does it hurt?" (W) paints on the skin and ranks the muscles.
// It fills view.overlay and panels.referral; the renderer and the panels only read them.
namespace glutea {

struct WindowState;

class ReferralMode {
  public:
    // After the atlas and content are loaded: starts what needs the background (zone fields).
    void attach(WindowState& app);
    // A key the rest of the window did not take; true when it was this mode's.
    bool onKey(WindowState& app, int key, int mods);
    // Once a frame, after the panels: reacts to their requests, advances the animation, fills the
    // overlay. Returns true while something moves (the window keeps redrawing).
    bool frame(WindowState& app, float seconds);
    // Escape and other modes starting stop the playback.
    void stop(WindowState& app);
};

} // namespace glutea
