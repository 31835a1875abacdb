#include "app/window_app.h"

#include <algorithm>
#include <chrono>
#include <memory>
#include <ostream>

#define GLFW_INCLUDE_NONE // OpenGL comes from libepoxy
#include <GLFW/glfw3.h>
#include <epoxy/gl.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include "app/asset_paths.h"
#include "app/gl_version.h"
#include "app/scene.h"
#include "app/settings_file.h"
#include "app/state_log.h"
#include "base/error.h"
#include "import/assimp_loader.h"
#include "render/renderer.h"
#include "render/scene_target.h"
#include "ui/panels.h"

namespace glutea {

namespace {

constexpr const char* kFontPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

// Everything the GLFW callbacks need; one per window, reached through the window's user pointer.
struct WindowApp {
    GLFWwindow* window = nullptr;
    Atlas atlas;
    ViewState view;
    Panels panels;
    std::unique_ptr<Renderer> renderer;
    std::unique_ptr<SceneTarget> viewportTarget; // resized with the viewport
    int samples = 0;
    std::unique_ptr<StateLog> log;
    ViewportRect viewportRect;
    int dragButton = -1;
    double lastX = 0, lastY = 0;

    float aspect() const {
        return viewportRect.height > 0 ? viewportRect.width / viewportRect.height : 1.0f;
    }
    bool insideViewport(double x, double y) const {
        return x >= viewportRect.x && x < viewportRect.x + viewportRect.width &&
               y >= viewportRect.y && y < viewportRect.y + viewportRect.height;
    }
    void moveCamera(const OrbitCamera& goal) { view.cameraMove.start(view.camera, goal); }
    void applyPreset(const std::string& name) {
        if (auto preset = findViewPreset(name)) {
            OrbitCamera goal = view.camera;
            goal.setPreset(*preset);
            goal.frame(atlas.focusBounds(), aspect());
            moveCamera(goal);
            log->event({{"event", "view"}, {"name", name}});
        }
    }
    void frameAll() {
        OrbitCamera goal = view.camera;
        goal.frame(atlas.bounds, aspect());
        moveCamera(goal);
    }
};

WindowApp& appOf(GLFWwindow* window) {
    return *static_cast<WindowApp*>(glfwGetWindowUserPointer(window));
}

void onScroll(GLFWwindow* window, double, double dy) {
    WindowApp& app = appOf(window);
    double x = 0, y = 0;
    glfwGetCursorPos(window, &x, &y);
    if (app.insideViewport(x, y) && !ImGui::GetIO().WantCaptureMouse) {
        app.view.camera.zoom(static_cast<float>(std::pow(0.9, dy)));
    }
}

void onKey(GLFWwindow* window, int key, int, int action, int mods) {
    if (action != GLFW_PRESS || ImGui::GetIO().WantTextInput) {
        return;
    }
    WindowApp& app = appOf(window);
    if (key >= GLFW_KEY_1 && key <= GLFW_KEY_6) {
        app.applyPreset(viewPresets()[key - GLFW_KEY_1].name);
    } else if (key == GLFW_KEY_F) {
        app.frameAll();
    } else if (key == GLFW_KEY_ESCAPE) {
        app.view.selectedPart = -1;
    } else if (key == GLFW_KEY_F1) {
        app.panels.toggleHelp();
    } else if (key == GLFW_KEY_Q && (mods & GLFW_MOD_CONTROL)) {
        glfwSetWindowShouldClose(window, GLFW_TRUE);
    }
}

void handleDrag(WindowApp& app) {
    double x = 0, y = 0;
    glfwGetCursorPos(app.window, &x, &y);
    const ImGuiIO& io = ImGui::GetIO();
    if (app.dragButton < 0) {
        for (int button :
             {GLFW_MOUSE_BUTTON_LEFT, GLFW_MOUSE_BUTTON_RIGHT, GLFW_MOUSE_BUTTON_MIDDLE}) {
            if (glfwGetMouseButton(app.window, button) == GLFW_PRESS && app.insideViewport(x, y) &&
                !io.WantCaptureMouse) {
                app.dragButton = button;
                app.view.cameraMove.cancel(); // the hand wins over an animation
                app.lastX = x;
                app.lastY = y;
            }
        }
        return;
    }
    if (glfwGetMouseButton(app.window, app.dragButton) != GLFW_PRESS) {
        app.dragButton = -1;
        return;
    }
    const float dx = static_cast<float>(x - app.lastX);
    const float dy = static_cast<float>(y - app.lastY);
    app.lastX = x;
    app.lastY = y;
    if (app.dragButton == GLFW_MOUSE_BUTTON_LEFT) {
        app.view.camera.orbit(-dx * 0.4f, dy * 0.4f);
    } else {
        const float h = std::max(app.viewportRect.height, 1.0f);
        app.view.camera.pan(dx / h, dy / h);
    }
}

GLFWwindow* createWindow(int width, int height) {
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
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
    if (std::filesystem::exists(kFontPath)) { // else ImGui's built-in font
        io.Fonts->AddFontFromFileTTF(kFontPath, kFontLoadPixels);
    } else {
        io.Fonts->AddFontDefault();
    }
    ImGui_ImplGlfw_InitForOpenGL(window, true); // chains our callbacks set before this call
    ImGui_ImplOpenGL3_Init("#version 330 core");
}

} // namespace

int runWindow(const CommonOptions& common, const WindowOptions& options, std::ostream& err) {
    const auto [width, height] = parseSize(options.size);
    if (!glfwInit()) {
        throw Error("cannot open a window: no display found (is DISPLAY set?). "
                    "`glutea render -o FILE.png` renders without one.");
    }
    WindowApp app;
    app.log = std::make_unique<StateLog>(options.stateLog);
    app.window = createWindow(width, height);
    if (!app.window) {
        glfwTerminate();
        throw Error("Glutea needs OpenGL 3.3 core: this display cannot create such a context");
    }
    glfwSetWindowUserPointer(app.window, &app);
    glfwMakeContextCurrent(app.window);
    glfwSwapInterval(1);
    try {
        requireGl33("Glutea needs OpenGL 3.3 core: ");
    } catch (...) {
        glfwDestroyWindow(app.window);
        glfwTerminate();
        throw;
    }
    glfwSetScrollCallback(app.window, onScroll);
    glfwSetKeyCallback(app.window, onKey);
    setUpImGui(app.window);
    app.panels.settings = loadSettings(settingsFile());
    applyUiStyle(app.panels.settings, contentScale(app.window));

    std::vector<std::string> problems;
    try {
        app.atlas = loadAtlas(findAtlasDir(common.atlasDir), &problems);
    } catch (const Error& e) {
        problems.push_back(e.what());
    }
    for (const auto& p : problems) {
        err << "glutea: " << p << "\n";
        app.log->event({{"event", "error"}, {"message", p}});
    }
    app.panels.showErrors(problems);
    app.view = makeViewState(app.atlas, 1.0f, options.view);
    app.renderer = std::make_unique<Renderer>(ShaderSource(common.shaderDir));
    app.renderer->setAtlas(app.atlas);
    app.samples = options.samples >= 0 ? options.samples : defaultSampleCount();
    const UiStatus status{0.0f, reinterpret_cast<const char*>(glGetString(GL_RENDERER))};
    UiStatus live = status;

    bool first = true;
    auto lastFrame = std::chrono::steady_clock::now();
    float frameSeconds = 0.0f;
    bool busy = true;
    int settleFrames = 5; // ImGui lays windows out over a few frames after start and after input
    while (!glfwWindowShouldClose(app.window)) {
        // Nothing moving: sleep until the user does something, instead of redrawing a still image.
        bool waited = false;
        if (busy || settleFrames > 0) {
            glfwPollEvents();
            settleFrames = std::max(0, settleFrames - 1);
        } else {
            glfwWaitEventsTimeout(0.5);
            waited = true;
            settleFrames = 3;
        }
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        ImGui::NewFrame();
        const UiActions actions = app.panels.draw(app.atlas, app.view, live);
        app.viewportRect = app.panels.viewport();
        if (first) {
            // Now that the panels have a size, frame the region of interest in the viewport.
            app.view.camera.frame(app.atlas.focusBounds(), app.aspect());
        }
        handleDrag(app);
        busy = app.dragButton >= 0;
        busy |= app.view.cameraMove.step(app.view.camera, frameSeconds);
        busy |= updateLooks(app.atlas, app.view, frameSeconds);
        if (actions.viewPreset) {
            app.applyPreset(*actions.viewPreset);
        }
        if (actions.frameAll) {
            app.frameAll();
        }
        if (actions.settingsChanged) {
            saveSettings(settingsFile(), app.panels.settings);
            applyUiStyle(app.panels.settings, contentScale(app.window));
        }
        if (actions.quit) {
            glfwSetWindowShouldClose(app.window, GLFW_TRUE);
        }
        ImGui::Render();

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
            app.renderer->render(app.atlas, app.view, *app.viewportTarget);
            app.viewportTarget->blitToScreen(pixels.x, pixels.y);
            glViewport(0, 0, fbWidth, fbHeight);
        }
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        glfwSwapBuffers(app.window);

        app.log->stateIfChanged(app.atlas, app.view);
        if (first) {
            app.log->event({{"event", "ready"}});
            first = false;
        }
        const auto now = std::chrono::steady_clock::now();
        const float dt = std::chrono::duration<float>(now - lastFrame).count();
        // After an idle wait the elapsed time is the wait, not a frame: animations start afresh.
        frameSeconds = waited ? 1.0f / 60.0f : std::min(dt, 0.1f);
        lastFrame = now;
        if (!waited) { // the rate while drawing continuously, not the idle wake-ups
            live.fps = live.fps * 0.9f + (dt > 0 ? 0.1f / dt : 0.0f);
        }
    }

    app.viewportTarget.reset();
    app.renderer.reset();
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(app.window);
    glfwTerminate();
    return 0;
}

} // namespace glutea
