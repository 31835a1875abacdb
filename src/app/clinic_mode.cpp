// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "app/clinic_mode.h"

#include <mutex>

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include "anatomy/selection.h"
#include "app/scene.h"
#include "app/view_file_render.h"
#include "app/window_state.h"
#include "base/error.h"
#include "ui/translate.h"

extern char** environ;

namespace glutea {

namespace {

std::mutex dropMutex;
std::vector<std::string> dropped; // from GLFW's callback, taken by the next frame

std::string pointList(const std::vector<ViewPaintDab>& dabs, float& radiusCm) {
    std::string points;
    for (const auto& d : dabs) {
        if (d.erase) {
            continue;
        }
        char text[96];
        std::snprintf(text, sizeof text, "%s%.5f,%.5f,%.5f", points.empty() ? "" : ";", d.at.x,
                      d.at.y, d.at.z);
        points += text;
        radiusCm = d.radiusCm;
    }
    return points;
}

} // namespace

// The handout is written by this same program (`glutea handout`) in a child process: it renders
// headless with its own GL context, so the window keeps drawing while it works.
struct ClinicMode::Job {
    std::thread thread;
    std::atomic<bool> done{false};
    int status = 0;
    std::string file;
    ~Job() {
        if (thread.joinable()) {
            thread.join();
        }
    }
};

ClinicMode::ClinicMode() = default;
ClinicMode::~ClinicMode() = default;

void ClinicMode::attach(WindowState& app, const std::optional<std::filesystem::path>& viewFile) {
    const char* home = std::getenv("HOME");
    app.panels.clinic.defaultDir = home ? home : ".";
    if (viewFile) {
        pendingOpen_ = *viewFile; // opened in the first frame, once the panels have laid out
    }
}

void ClinicMode::onDrop(GLFWwindow*, int count, const char** paths) {
    const std::lock_guard lock(dropMutex);
    for (int i = 0; i < count; ++i) {
        dropped.emplace_back(paths[i]);
    }
}

void ClinicMode::exportHandout(WindowState& app, const std::filesystem::path& file,
                               const std::string& routine) {
    if (job_ && !job_->done) {
        return;
    }
    std::vector<std::string> args = {"/proc/self/exe", "handout", "-o", file.string()};
    if (!app.atlas.manifest.dir.empty()) {
        args.insert(args.end(), {"--atlas", app.atlas.manifest.dir.string()});
    }
    float radiusCm = 3.0f;
    const std::string points = pointList(app.referral.paintDabs(), radiusCm);
    const Selection& s = app.view.selection.current();
    if (!points.empty()) {
        args.insert(args.end(), {"--pain-at", points, "--radius", std::to_string(radiusCm)});
    } else if (const ReferralPicture* p = app.referral.picture()) {
        const int part = app.atlas.findPart(p->structureId, p->side);
        if (part >= 0) {
            args.insert(args.end(), {"--muscle", app.atlas.parts[std::size_t(part)].nodeName});
        }
    } else if (!s.empty() && app.content.findReferral(s.structureId)) {
        const int part = app.atlas.findPart(s.structureId, s.side);
        args.insert(args.end(), {"--muscle", part >= 0 ? app.atlas.parts[std::size_t(part)].nodeName
                                                       : s.structureId});
    } else {
        app.panels.clinic.status = tr("To export a handout, select a muscle, play its pain "
                                      "pattern, or paint where it hurts first.");
        return;
    }
    if (!app.panels.settings.clinicName.empty()) {
        args.insert(args.end(), {"--clinic", app.panels.settings.clinicName});
    }
    if (!routine.empty()) {
        args.insert(args.end(), {"--routine", routine});
    }
    args.insert(args.end(), {"--lang", uiLanguage()}); // the handout speaks as the window does
    job_ = std::make_unique<Job>();
    job_->file = file.string();
    app.panels.clinic.exporting = true;
    app.log->event({{"event", "handout"}, {"state", "writing"}, {"file", job_->file}});
    Job* job = job_.get();
    job->thread = std::thread([job, args]() {
        std::vector<char*> argv;
        for (const auto& a : args) {
            argv.push_back(const_cast<char*>(a.c_str()));
        }
        argv.push_back(nullptr);
        pid_t pid = 0;
        int status = -1;
        if (posix_spawn(&pid, argv[0], nullptr, nullptr, argv.data(), environ) == 0) {
            waitpid(pid, &status, 0);
        }
        job->status = status;
        job->done = true;
    });
}

void ClinicMode::saveView(WindowState& app, const std::filesystem::path& file) {
    ViewFile v = captureView(app.atlas, app.view);
    if (const ReferralPicture* p = app.referral.picture()) {
        const int part = app.atlas.findPart(p->structureId, p->side);
        v.animation.kind = "referral";
        v.animation.structure =
            part >= 0 ? app.atlas.parts[std::size_t(part)].nodeName : p->structureId;
        v.animation.triggerPoint = p->triggerPoint;
        v.animation.time = app.referral.time();
    } else {
        v.animation = app.technique.animation(); // a technique or routine playing, or none
    }
    v.paint = app.referral.paintDabs();
    v.annotations = annotations_;
    try {
        writeViewFile(file, v);
        app.panels.clinic.status = trf("View saved to %s", file.string().c_str());
        app.log->event({{"event", "view_saved"}, {"file", file.string()}});
    } catch (const Error& e) {
        app.panels.showErrors({e.what()});
    }
}

void ClinicMode::openView(WindowState& app, const std::filesystem::path& file) {
    try {
        const ViewFile v = readViewFile(file);
        app.referral.stop(app);
        app.technique.stop(app);
        auto missing = applyView(v, app.atlas, app.view);
        app.view.cameraMove = {};
        app.lastSelection = app.view.selection.current(); // no easing to the best view
        annotations_ = v.annotations;
        if (!v.paint.empty()) {
            pendingPaint_ = v;
        }
        if (v.animation.kind == "referral") {
            const int part = [&] {
                for (std::size_t i = 0; i < app.atlas.parts.size(); ++i) {
                    if (app.atlas.parts[i].nodeName == v.animation.structure) {
                        return int(i);
                    }
                }
                return -1;
            }();
            if (part < 0) {
                missing.push_back(
                    trf("animation: \"%s\" is not in this atlas", v.animation.structure.c_str()));
            } else {
                app.view.selection.select(selectionOfPart(app.atlas, part));
                app.lastSelection = app.view.selection.current();
                app.referral.onKey(app, GLFW_KEY_R, 0);
                // The play frames its pattern; the saved camera wins.
                applyView(v, app.atlas, app.view);
                app.view.cameraMove = {};
            }
        } else if (const std::string lacking = app.technique.replay(app, v.animation);
                   !lacking.empty()) {
            missing.push_back(lacking);
        }
        std::string text = trf("Opened %s", file.string().c_str());
        for (const auto& m : missing) {
            text += "\n" + m;
        }
        app.panels.clinic.status = text;
        app.log->event({{"event", "view_opened"}, {"file", file.string()}, {"missing", missing}});
    } catch (const Error& e) {
        app.panels.showErrors({e.what()});
        app.log->event({{"event", "error"}, {"message", e.what()}});
    }
}

bool ClinicMode::frame(WindowState& app) {
    if (pendingOpen_) {
        const std::filesystem::path file = *pendingOpen_;
        pendingOpen_.reset();
        openView(app, file);
    }
    ClinicUiRequest& r = app.actions.clinic;
    if (!r.exportHandout.empty()) {
        exportHandout(app, r.exportHandout);
    }
    if (!r.saveView.empty()) {
        saveView(app, r.saveView);
    }
    if (!r.openView.empty()) {
        openView(app, r.openView);
    }
    std::vector<std::string> files;
    {
        const std::lock_guard lock(dropMutex);
        files.swap(dropped);
    }
    for (const auto& f : files) {
        if (f.size() > 12 && f.compare(f.size() - 12, 12, kViewFileExtension) == 0) {
            openView(app, f);
        } else {
            app.panels.clinic.status = trf("%s: not a view file (.glutea-view)", f.c_str());
        }
    }
    if (r.pinAt && !r.pinText.empty()) {
        const Ray ray = app.view.camera.rayThrough(app.toNdc(*r.pinAt), app.aspect());
        const auto hit = app.queries.bvh().intersect(
            ray, [&app](std::uint32_t part) { return app.view.lookOf(part).opacity > 0.05f; });
        if (hit) {
            annotations_.push_back({hit->point, app.atlas.parts[hit->part].nodeName, r.pinText});
            app.log->event(
                {{"event", "annotation"}, {"part", annotations_.back().part}, {"text", r.pinText}});
        } else {
            app.panels.clinic.status = tr("A pin goes on the body: click on it.");
        }
    }
    if (r.clearPins) {
        annotations_.clear();
    }
    // Where each pin is in the window this frame.
    const glm::mat4 clip =
        app.view.camera.projection(app.aspect(), app.atlas.bounds) * app.view.camera.view();
    app.panels.clinic.pins.clear();
    for (const auto& a : annotations_) {
        const glm::vec4 c = clip * glm::vec4(a.at, 1.0f);
        PinView pin;
        pin.text = a.text;
        pin.visible = c.w > 0.0f && std::abs(c.x) <= c.w && std::abs(c.y) <= c.w;
        if (pin.visible) {
            const ViewportRect& v = app.viewportRect;
            pin.at = {v.x + (c.x / c.w * 0.5f + 0.5f) * v.width,
                      v.y + (0.5f - c.y / c.w * 0.5f) * v.height};
        }
        app.panels.clinic.pins.push_back(std::move(pin));
    }
    if (pendingPaint_ && app.referral.replayDabs(app, pendingPaint_->paint)) {
        pendingPaint_.reset();
    }
    if (job_ && job_->done) {
        const bool ok = WIFEXITED(job_->status) && WEXITSTATUS(job_->status) == 0;
        app.panels.clinic.exporting = false;
        app.panels.clinic.status =
            ok ? trf("Handout written to %s", job_->file.c_str())
               : std::string(tr("The handout could not be written (see the terminal)"));
        app.log->event(
            {{"event", "handout"}, {"state", ok ? "written" : "failed"}, {"file", job_->file}});
        job_.reset();
    }
    return (job_ != nullptr) || pendingPaint_.has_value();
}

} // namespace glutea
