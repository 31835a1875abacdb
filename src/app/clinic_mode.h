// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The window's clinic tools (issue 11): File > Export handout (the `glutea handout` command run
// in the background on what the window shows), File > Save view / Open view, a view file dropped
// on the window, `glutea --view-file F`. Reads the panels' ClinicUiRequest, reports in
// panels.clinic.status and the state log.
#include <atomic>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "anatomy/view_file.h"

struct GLFWwindow;

namespace glutea {

struct WindowState;
struct UiActions;

class ClinicMode {
  public:
    ClinicMode();
    ~ClinicMode(); // waits for a handout being written
    ClinicMode(const ClinicMode&) = delete;
    ClinicMode& operator=(const ClinicMode&) = delete;

    // After the atlas, content and modes are set up; `viewFile`: --view-file, opened at once.
    void attach(WindowState& app, const std::optional<std::filesystem::path>& viewFile);
    // Once a frame after the other modes. Returns true while something is pending.
    bool frame(WindowState& app);
    // `routine`: the one to print (chairside's choice); empty: the muscle's own.
    void exportHandout(WindowState& app, const std::filesystem::path& file,
                       const std::string& routine = {});
    void saveView(WindowState& app, const std::filesystem::path& file);
    void openView(WindowState& app, const std::filesystem::path& file);

    // GLFW's drop callback (set by window_app): files dropped on the window.
    static void onDrop(GLFWwindow* window, int count, const char** paths);

    const std::vector<ViewAnnotation>& annotations() const { return annotations_; }

  private:
    struct Job;
    std::unique_ptr<Job> job_;
    std::vector<ViewAnnotation> annotations_;
    std::optional<ViewFile> pendingPaint_; // dabs wait for the pain maps
    std::optional<std::filesystem::path> pendingOpen_;
};

} // namespace glutea
