// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "app/window_app.h"

#include <algorithm>
#include <chrono>
#include <future>
#include <memory>
#include <ostream>

#define GLFW_INCLUDE_NONE // OpenGL comes from libepoxy
#include <GLFW/glfw3.h>
#include <epoxy/gl.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include "anatomy/atlas_content.h"
#include "anatomy/content_loader.h"
#include "anatomy/content_validator.h"
#include "app/asset_paths.h"
#include "app/atlas_folders.h"
#include "app/chairside_mode.h"
#include "app/clinic_mode.h"
#include "app/gl_debug.h"
#include "app/gl_version.h"
#include "app/key_bindings.h"
#include "app/key_routing.h"
#include "app/scene.h"
#include "app/settings_file.h"
#include "app/ui_language.h"
#include "app/window_state.h"
#include "base/error.h"
#include "import/assimp_loader.h"
#include "ui/aim_cross.h"
#include "ui/translate.h"

namespace glutea {

namespace {

constexpr const char* kFontPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

WindowState& stateOf(GLFWwindow* window) {
    return *static_cast<WindowState*>(glfwGetWindowUserPointer(window));
}

void onScroll(GLFWwindow* window, double, double dy) {
    stateOf(window).onScroll(dy);
}

void onMouseButton(GLFWwindow* window, int button, int action, int) {
    double x = 0, y = 0;
    glfwGetCursorPos(window, &x, &y);
    if (action == GLFW_PRESS) {
        keyRoutingSawMouse();
    }
    stateOf(window).buttonEvents.push_back(
        {button, action == GLFW_PRESS, {static_cast<float>(x), static_cast<float>(y)}});
}

// Loads the atlas's content for the info card and search; problems are shown, not fatal.
void loadWindowContent(WindowState& app, std::vector<std::string>& problems) {
    std::optional<ContentLoadResult> loaded = loadAtlasContent(app.atlas);
    if (!loaded) {
        return;
    }
    for (const auto& p : loaded->problems) {
        problems.push_back(p.format());
    }
    app.content = std::move(loaded->content);
}

GLFWwindow* createWindow(int width, int height) {
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    glfwWindowHint(GLFW_OPENGL_DEBUG_CONTEXT, glDebugRequested() ? GLFW_TRUE : GLFW_FALSE);
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
    // The 3D view is drawn into its own multisampled target (see viewportTarget), so the window's
    // framebuffer needs no samples of its own.
    return glfwCreateWindow(width, height, "Glutea", nullptr, nullptr);
}

float contentScale(GLFWwindow* window) {
    float xscale = 1.0f, yscale = 1.0f;
    glfwGetWindowContentScale(window, &xscale, &yscale);
    return yscale;
}

void setUpImGui(GLFWwindow* window) {
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    // Tab, arrows, Space and Enter in the panel with keyboard focus (app/key_routing decides).
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    if (std::filesystem::exists(kFontPath)) { // else ImGui's built-in font
        io.Fonts->AddFontFromFileTTF(kFontPath, kFontLoadPixels);
    } else {
        io.Fonts->AddFontDefault();
    }
    ImGui_ImplGlfw_InitForOpenGL(window, true); // chains our callbacks set before this call
    ImGui_ImplOpenGL3_Init("#version 330 core");
}

// GLFW for the life of one window run: terminated on every way out.
struct GlfwLibrary {
    GlfwLibrary() {
        if (!glfwInit()) {
            throw Error("cannot open a window: no display found (is DISPLAY set?). "
                        "`glutea render -o FILE.png` renders without one.");
        }
    }
    ~GlfwLibrary() { glfwTerminate(); }
    GlfwLibrary(const GlfwLibrary&) = delete;
    GlfwLibrary& operator=(const GlfwLibrary&) = delete;
};

// The window and its OpenGL 3.3 core context, current on this thread.
struct OwnedWindow {
    GLFWwindow* window = nullptr;

    OwnedWindow(int width, int height) : window(createWindow(width, height)) {
        if (!window) {
            throw Error("Glutea needs OpenGL 3.3 core: this display cannot create such a context");
        }
        glfwMakeContextCurrent(window);
        glfwSwapInterval(1);
    }
    ~OwnedWindow() { glfwDestroyWindow(window); }
    OwnedWindow(const OwnedWindow&) = delete;
    OwnedWindow& operator=(const OwnedWindow&) = delete;
};

// ImGui's context and its GLFW and OpenGL backends, shut down while the context still exists.
struct ImGuiBackends {
    explicit ImGuiBackends(GLFWwindow* window) { setUpImGui(window); }
    ~ImGuiBackends() {
        ImGui_ImplOpenGL3_Shutdown();
        ImGui_ImplGlfw_Shutdown();
        ImGui::DestroyContext();
    }
    ImGuiBackends(const ImGuiBackends&) = delete;
    ImGuiBackends& operator=(const ImGuiBackends&) = delete;
};

// An atlas loaded by File > Open atlas, with what its loading reported, for the next window.
struct OpenedAtlas {
    std::filesystem::path dir;
    Atlas atlas;
    std::vector<std::string> problems;
};

// Everything one run of the window holds (sokol's shape: init, frame, cleanup over one state).
// Members are destroyed in reverse order, so however the run ends, even by an exception, the GL
// objects of the state go first, then ImGui's backends, the window and GLFW.
struct WindowRun {
    OwnedWindow owned; // GLFW is initialised once for all runs (runWindow): under Xvfb a second
                       // glfwInit after glfwTerminate failed ("no display found")

    std::unique_ptr<ImGuiBackends> imgui; // after the GL 3.3 check: it compiles shaders
    WindowState app;                      // renderer and targets: GL objects, destroyed first
    ClinicMode clinic;                    // issue 11: handout, saved views
    ChairsideMode chairside;              // issue 11: full screen, one story in six steps
    UiStatus live;

    // Frame pacing.
    bool first = true;
    std::chrono::steady_clock::time_point lastFrame = std::chrono::steady_clock::now();
    float frameSeconds = 0.0f;
    bool busy = true;
    int settleFrames = 5; // ImGui lays windows out over a few frames after start and after input
    nlohmann::json keyboardLogged; // the last "keyboard" line of the state log
    // File > Open atlas: the atlas loading on another thread, since when, and, once it has
    // loaded, the atlas the window closes to open again on.
    std::future<OpenedAtlas> loadingAtlas;
    std::string loadingFolder; // as chosen: "" is the built-in model
    double loadingSince = 0.0;
    std::optional<OpenedAtlas> reopen;

    WindowRun(int width, int height) : owned(width, height) { app.window = owned.window; }
};

// Context checks, callbacks, ImGui, settings, the atlas and its content, the renderer and modes.
void initWindow(WindowRun& run, const CommonOptions& common, const WindowOptions& options,
                std::optional<OpenedAtlas> opened, std::ostream& err) {
    WindowState& app = run.app;
    app.log = std::make_unique<StateLog>(options.stateLog);
    glfwSetWindowUserPointer(app.window, &app);
    requireGl33("Glutea needs OpenGL 3.3 core: ");
    installGlDebugCallback();
    glfwSetScrollCallback(app.window, onScroll);
    glfwSetMouseButtonCallback(app.window, onMouseButton);
    run.imgui = std::make_unique<ImGuiBackends>(app.window);
    installKeyRouting(app.window); // in front of ImGui's; the chairside's goes in front of it
    app.panels.keyRows = keyHelpRows();
    app.panels.mouseRows = mouseHelpRows();
    std::string settingsWarning;
    app.panels.settings = loadSettings(settingsFile(), &settingsWarning);
    applyUiStyle(app.panels.settings, contentScale(app.window));

    std::vector<std::string> problems;
    std::filesystem::path atlasDir;
    if (!settingsWarning.empty()) {
        problems.push_back(settingsWarning);
    }
    if (!options.language.empty() && options.language != app.panels.settings.language) {
        app.panels.settings.language = options.language; // remembered, as the menu's choice is
        try {
            saveSettings(settingsFile(), app.panels.settings);
        } catch (const Error& e) {
            problems.push_back(e.what());
        }
    }
    if (auto problem = applyUiLanguage(app.panels.settings.language)) {
        problems.push_back(*problem);
    }
    try {
        if (opened) {
            atlasDir = opened->dir;
            app.atlas = std::move(opened->atlas);
            problems.insert(problems.end(), opened->problems.begin(), opened->problems.end());
        } else {
            std::string gone;
            const auto dir = startupAtlasDir(common.atlasDir, app.panels.settings.atlas, &gone);
            if (!gone.empty()) {
                problems.push_back(gone);
            }
            atlasDir = findAtlasDir(dir);
            app.atlas = loadAtlas(atlasDir, &problems);
        }
        loadWindowContent(app, problems);
    } catch (const Error& e) {
        problems.push_back(e.what());
    }
    const std::filesystem::path atlasesDir = userAtlasesDir();
    app.panels.atlases.listChoices = [atlasesDir] {
        std::vector<AtlasChoice> choices;
        for (const AtlasFolder& f : userAtlases(atlasesDir)) {
            choices.push_back({f.name, f.dir.string()});
        }
        return choices;
    };
    app.panels.atlases.atlasesDir = atlasesDir.string();
    app.panels.atlases.current = atlasDir.string();
    try {
        app.panels.atlases.builtIn = findAtlasDir(std::nullopt, false).string();
    } catch (const Error&) { // no built-in model installed: the menu still opens other atlases
    }
    app.panels.setSearchEntries(app.atlas, &app.content);
    app.log->event(
        {{"event", "atlas"}, {"dir", atlasDir.string()}, {"parts", app.atlas.parts.size()}});
    app.panels.showErrors(problems);
    for (const auto& p : problems) {
        err << "glutea: " << p << "\n";
        app.log->event({{"event", "error"}, {"message", p}});
    }
    app.view = makeViewState(app.atlas, 1.0f, options.view);
    app.queries.setAtlas(app.atlas); // builds in the background while the window opens
    app.renderer = std::make_unique<Renderer>(ShaderSource(common.shaderDir), windowLighting());
    app.renderer->setAtlas(app.atlas);
    app.displayMeshes.start(app.atlas); // the first frames draw the full meshes meanwhile
    app.referral.attach(app);
    app.technique.attach(app);
    run.clinic.attach(app, options.viewFile);
    glfwSetDropCallback(app.window, ClinicMode::onDrop);
    run.chairside.attach(app);
    app.samples = options.samples >= 0 ? options.samples : defaultSampleCount();
    const auto* rendererName = reinterpret_cast<const char*>(glGetString(GL_RENDERER));
    run.live = UiStatus{0.0f, rendererName ? rendererName : "unknown renderer"}; // may be null
}

// For the GUI tests (keyboard only): where the keyboard is, whether the help shows, the layers.
void logKeyboardAndLayers(WindowRun& run) {
    WindowState& app = run.app;
    const std::string& panel = app.panels.keyboard.focusedPanel();
    nlohmann::json layers = nlohmann::json::object();
    for (std::size_t g = 0; g < app.view.layers.size(); ++g) {
        layers[kLayerGroups[g].id] = app.view.layers[g].visible;
    }
    const nlohmann::json now = {{"panel", panel.empty() ? "3D view" : panel},
                                {"help", app.panels.helpOpen()},
                                {"layers", layers}};
    if (now != run.keyboardLogged) {
        run.keyboardLogged = now;
        nlohmann::json line = now;
        line["event"] = "keyboard";
        app.log->event(line);
    }
}

// File > Open atlas: loads the folder ("": the built-in model) on another thread while this atlas
// stays open and the frames go on, the dialog showing the progress (finishOpenAtlas takes it up).
void startOpenAtlas(WindowRun& run, const std::string& folder) {
    WindowState& app = run.app;
    if (run.loadingAtlas.valid()) {
        return; // one at a time: the dialog does not open meanwhile
    }
    run.loadingAtlas = std::async(std::launch::async, [folder] {
        OpenedAtlas opened;
        opened.dir = folder.empty() ? findAtlasDir(std::nullopt, false) : findAtlasDir(folder);
        opened.atlas = loadAtlas(opened.dir, &opened.problems);
        if (opened.atlas.parts.empty()) {
            throw Error(opened.dir.string() + ": the atlas has no parts to show" +
                        (opened.problems.empty() ? "" : ": " + opened.problems.front()));
        }
        return opened;
    });
    run.loadingFolder = folder;
    run.loadingSince = glfwGetTime();
    app.panels.atlases.loading = folder.empty() ? tr("the built-in model") : folder;
    app.panels.atlases.loadingSeconds = 0.0;
    app.log->event({{"event", "atlas_loading"}, {"dir", folder}});
}

// Once the atlas being opened has loaded: remembers it and closes the window to open it again on
// the new atlas (every mode starts afresh). If it did not load, says why and changes nothing.
void finishOpenAtlas(WindowRun& run) {
    WindowState& app = run.app;
    if (!run.loadingAtlas.valid()) {
        return;
    }
    app.panels.atlases.loadingSeconds = glfwGetTime() - run.loadingSince;
    if (run.loadingAtlas.wait_for(std::chrono::seconds(0)) != std::future_status::ready) {
        run.busy = true; // drawn again: the dialog counts the seconds
        return;
    }
    app.panels.atlases.loading.clear();
    try {
        OpenedAtlas opened = run.loadingAtlas.get();
        app.panels.settings.atlas = run.loadingFolder.empty() ? "" : opened.dir.string();
        try {
            saveSettings(settingsFile(), app.panels.settings);
        } catch (const Error& e) { // it opens now, but the next start will not remember it
            opened.problems.push_back(e.what());
        }
        app.log->event({{"event", "atlas_opened"},
                        {"dir", opened.dir.string()},
                        {"parts", opened.atlas.parts.size()}});
        run.reopen = std::move(opened);
        glfwSetWindowShouldClose(app.window, GLFW_TRUE);
    } catch (const std::exception& e) { // Error, or the system's (out of memory)
        const std::string message = trf("Cannot open the atlas: %s", e.what());
        app.panels.showErrors({message});
        app.log->event({{"event", "error"}, {"message", message}});
    }
}

// The panels and the modes react to this frame's input.
void updateFrame(WindowRun& run) {
    WindowState& app = run.app;
    const UiActions actions = app.panels.draw(app.atlas, &app.content, app.view, run.live);
    app.actions = actions;
    app.viewportRect = app.panels.viewport();
    if (app.aiming()) {
        drawAimCross(app.viewportCentre(), ImGui::GetFontSize());
    }
    if (run.first) {
        // Now that the panels have a size, frame the region of interest in the viewport.
        app.view.camera.frame(app.atlas.focusBounds(), app.aspect());
    }
    app.handleMouse(glfwGetTime());
    app.reactToSelection();
    bool busy = app.mouse.busy();
    busy |= run.chairside.frame(app, run.clinic);
    busy |= run.clinic.frame(app); // before the modes: an opened view may start one
    busy |= app.referral.frame(app, app.actions, run.frameSeconds);
    busy |= app.technique.frame(app, run.frameSeconds);
    busy |= app.view.cameraMove.step(app.view.camera, run.frameSeconds);
    busy |= updateLooks(app.atlas, &app.queries, app.view, run.frameSeconds, !app.mouse.busy());
    run.busy = busy || app.displayMeshes.pending(); // drawn again once they are ready
    if (actions.viewPreset) {
        app.applyPreset(*actions.viewPreset);
    }
    if (actions.frameAll) {
        app.frameAll();
    }
    if (actions.searchQuery) {
        app.log->event({{"event", "search"}, {"query", *actions.searchQuery}});
    }
    if (actions.settingsChanged || app.settingsChangedByKey) {
        app.settingsChangedByKey = false;
        app.log->event({{"event", "settings"}, {"text_scale", app.panels.settings.textScale}});
        try {
            saveSettings(settingsFile(), app.panels.settings);
        } catch (const Error& e) { // the preference still applies for this session
            app.panels.showErrors({e.what()});
        }
        applyUiStyle(app.panels.settings, contentScale(app.window));
        if (app.panels.settings.language != uiLanguage()) { // Language menu
            if (auto problem = applyUiLanguage(app.panels.settings.language)) {
                app.panels.showErrors({*problem});
            }
            app.panels.setSearchEntries(app.atlas, &app.content); // names in the new language
        }
    }
    if (actions.openAtlas) {
        startOpenAtlas(run, *actions.openAtlas);
    }
    finishOpenAtlas(run);
    if (actions.quit) {
        glfwSetWindowShouldClose(app.window, GLFW_TRUE);
    }
    if (!actions.copiedCard.empty()) {
        app.log->event({{"event", "card_copied"}, {"text", actions.copiedCard}});
    }
    logKeyboardAndLayers(run);
    app.quiz.frame(app);
    run.busy |= app.muscleAction.frame(app, run.frameSeconds); // issue 12: key A
    app.labels.frame(app);
}

// The 3D view into its target, blitted under the panels, then the panels.
void drawFrame(WindowState& app) {
    int fbWidth = 0, fbHeight = 0, winWidth = 0, winHeight = 0;
    glfwGetFramebufferSize(app.window, &fbWidth, &fbHeight);
    glfwGetWindowSize(app.window, &winWidth, &winHeight);
    glViewport(0, 0, fbWidth, fbHeight);
    glClearColor(0.08f, 0.08f, 0.09f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
    // HiDPI: panels are laid out in window coordinates, GL draws in framebuffer pixels.
    const float sx = winWidth > 0 ? float(fbWidth) / float(winWidth) : 1.0f;
    const float sy = winHeight > 0 ? float(fbHeight) / float(winHeight) : 1.0f;
    const ViewportRect& r = app.viewportRect;
    const glm::ivec4 pixels(int(r.x * sx), int(float(fbHeight) - (r.y + r.height) * sy),
                            int(r.width * sx), int(r.height * sy));
    if (pixels.z > 0 && pixels.w > 0) {
        if (!app.viewportTarget || app.viewportTarget->width() != pixels.z ||
            app.viewportTarget->height() != pixels.w) {
            app.viewportTarget = std::make_unique<SceneTarget>(pixels.z, pixels.w, app.samples);
        }
        app.displayMeshes.applyIfReady(app.atlas, *app.renderer);
        app.renderer->render(app.atlas, app.view, *app.viewportTarget);
        app.viewportTarget->blitToScreen(pixels.x, pixels.y);
        glViewport(0, 0, fbWidth, fbHeight);
    }
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    glfwSwapBuffers(app.window);
}

// One frame: wait or poll, update, draw, log, and the clock for the next one.
void frame(WindowRun& run) {
    WindowState& app = run.app;
    // Nothing moving: sleep until the user does something, instead of redrawing a still image.
    bool waited = false;
    if (run.busy || run.settleFrames > 0) {
        glfwPollEvents();
        run.settleFrames = std::max(0, run.settleFrames - 1);
    } else {
        glfwWaitEventsTimeout(0.5);
        waited = true;
        run.settleFrames = 3;
    }
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    enterPressesLikeSpace();
    ImGui::NewFrame();
    updateFrame(run);
    ImGui::Render();
    keyRoutingFrameDone(app.window);
    drawFrame(app);

    app.log->stateIfChanged(app.atlas, app.view);
    if (run.first) {
        if (app.log->enabled()) {
            app.logVisiblePoints();
        }
        app.log->event({{"event", "ready"}});
        run.first = false;
    }
    const auto now = std::chrono::steady_clock::now();
    const float dt = std::chrono::duration<float>(now - run.lastFrame).count();
    // After an idle wait the elapsed time is the wait, not a frame: animations start afresh.
    run.frameSeconds = waited ? 1.0f / 60.0f : std::min(dt, 0.1f);
    run.lastFrame = now;
    if (!waited) { // the rate while drawing continuously, not the idle wake-ups
        run.live.fps = run.live.fps * 0.9f + (dt > 0 ? 0.1f / dt : 0.0f);
    }
}

} // namespace

int runWindow(const CommonOptions& common, const WindowOptions& options, std::ostream& err) {
    auto [width, height] = parseSize(options.size);
    std::optional<OpenedAtlas> opened;
    WindowOptions first = options;
    GlfwLibrary glfw; // terminated last, on every way out
    for (;;) {        // once, and again each time File > Open atlas opens another atlas
        WindowRun run(width, height); // cleanup: WindowRun's destructors, on every way out
        initWindow(run, common, first, std::move(opened), err);
        while (!glfwWindowShouldClose(run.app.window)) {
            frame(run);
        }
        if (!run.reopen) {
            return 0;
        }
        opened = std::move(run.reopen);
        glfwGetWindowSize(run.app.window, &width, &height); // the new window keeps the size
        first.viewFile.reset(); // the view opened at start belonged to the first atlas
        first.language.clear(); // already remembered
    }
}

} // namespace glutea
