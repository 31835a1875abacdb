// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Dear ImGui without a window or a renderer: a context with a display size and a built font atlas,
// frames run with NewFrame/Render (the draw data is made and never drawn), keyboard and mouse
// input set directly on ImGuiIO. The text a frame shows is read back from its draw data: every
// glyph is a quad whose texture corner is that glyph's place in the font atlas, so the quads
// spell what would be on screen, in drawing order (ImGui's own log stops at the first End() and
// cannot follow the panels' several windows). Spaces draw nothing, so compare with onScreen().
// The panels under test run as the app runs them; only what reaches the screen is asserted.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <utility>

#include <imgui.h>
#include <imgui_internal.h> // FindWindowByName: where a panel's window lies, to click in it

#include "anatomy/atlas.h"
#include "anatomy/content.h"
#include "anatomy/content_loader.h"
#include "atlas_fixture.h"
#include "test_support.h"
#include "ui/panels.h"

namespace glutea::test {

class HeadlessUi {
  public:
    explicit HeadlessUi(float width = 1400.0f, float height = 3000.0f) {
        context_ = ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = ImVec2(width, height);
        io.DeltaTime = 1.0f / 60.0f;
        io.IniFilename = nullptr; // no imgui.ini written by tests
        io.LogFilename = nullptr;
        // The app's font (app/window_app.cpp), so text is as wide as there and clips the same.
        const char* const font = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
        if (std::filesystem::exists(font)) {
            io.Fonts->AddFontFromFileTTF(font, kFontLoadPixels);
        }
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h); // the atlas NewFrame requires
        io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(1)));
        for (int key = 0; key < ImGuiKey_COUNT; ++key) {
            io.KeyMap[key] = key; // 1.86: named keys index KeysDown through the backend's map
        }
        for (const ImFontGlyph& g : io.Fonts->Fonts[0]->Glyphs) {
            if (g.Visible) {
                glyphAt_[{g.U0, g.V0}] = g;
            }
        }
        applyUiStyle(UiSettings{}, 1.0f); // the app's style and font scale, at content scale 1
    }
    ~HeadlessUi() { ImGui::DestroyContext(context_); }
    HeadlessUi(const HeadlessUi&) = delete;
    HeadlessUi& operator=(const HeadlessUi&) = delete;

    // One frame: `draw` submits the panels; returns the text the frame drew (see onScreen).
    std::string frame(const std::function<void()>& draw) {
        enterPressesLikeSpace(); // as the app's frame
        ImGui::NewFrame();
        draw();
        ImGui::Render();
        ImGuiIO& io = ImGui::GetIO();
        for (bool& down : io.KeysDown) {
            down = false; // a key press lasts one frame
        }
        return drawnText();
    }

    // `text` as drawnText() spells it: no white space, and characters the font lacks as the glyph
    // drawn instead.
    static std::string onScreen(const std::string& text) {
        const ImFont* font = ImGui::GetIO().Fonts->Fonts[0];
        std::string out;
        for (const char* at = text.c_str(); *at;) {
            unsigned int c = 0;
            at += ImTextCharFromUtf8(&c, at, nullptr);
            if (c == ' ' || c == '\n' || c == '\t') {
                continue;
            }
            const ImFontGlyph* glyph = font->FindGlyphNoFallback(static_cast<ImWchar>(c));
            appendUtf8(out, glyph ? c : font->FallbackChar);
        }
        return out;
    }
    // Several frames (windows that size themselves take a frame or two); the last one's text.
    std::string frames(int count, const std::function<void()>& draw) {
        std::string text;
        for (int i = 0; i < count; ++i) {
            text = frame(draw);
        }
        return text;
    }

    // Whether the drawn `screen` (a frame's text) shows `expected`, wrapped or not.
    static bool shows(const std::string& screen, const std::string& expected) {
        std::string flat;
        for (char c : screen) {
            flat += c == '\n' ? "" : std::string(1, c);
        }
        return flat.find(onScreen(expected)) != std::string::npos;
    }

    void type(const char* text) { ImGui::GetIO().AddInputCharactersUTF8(text); }
    void press(ImGuiKey key) { ImGui::GetIO().KeysDown[key] = true; }
    void mouseAt(float x, float y) { ImGui::GetIO().MousePos = ImVec2(x, y); }
    void mouseButton(bool down) { ImGui::GetIO().MouseDown[0] = down; }

    // Clicks down window `name`, 20 pixels in from its left edge (where buttons and rows start),
    // from its top to its bottom in steps of `step`
    // pixels, until `hit` says the click did what was wanted (a press frame, then a release
    // frame). Returns whether it did; `lastText` is the text of the last frame drawn.
    bool clickDownWindow(const char* name, const std::function<void()>& draw,
                         const std::function<bool()>& hit, float step = 3.0f) {
        const ImGuiWindow* window = ImGui::FindWindowByName(name);
        if (!window) {
            return false;
        }
        const float x = window->Pos.x + 20.0f;
        for (float y = window->Pos.y + 1.0f; y < window->Pos.y + window->Size.y; y += step) {
            mouseAt(x, y);
            frame(draw);
            mouseButton(true);
            frame(draw);
            mouseButton(false);
            lastText = frame(draw);
            if (hit()) {
                return true;
            }
        }
        return false;
    }
    std::string lastText;

  private:
    // The glyphs of the last rendered frame, window by window in drawing order; a new line where
    // a glyph starts lower than the one before. No spaces.
    std::string drawnText() const {
        std::string text;
        const ImDrawData* data = ImGui::GetDrawData();
        for (int l = 0; data && l < data->CmdListsCount; ++l) {
            const ImVector<ImDrawVert>& v = data->CmdLists[l]->VtxBuffer;
            float lastY = -1e9f;
            for (int i = 0; i + 2 < v.Size; ++i) {
                const auto it = glyphAt_.find({v[i].uv.x, v[i].uv.y});
                if (it == glyphAt_.end() || v[i + 2].uv.x != it->second.U1 ||
                    v[i + 2].uv.y != it->second.V1) {
                    continue;
                }
                const ImFontGlyph& g = it->second;
                // The line's top: the quad's top less the glyph's own drop below it, to scale.
                const float scale = (v[i + 2].pos.y - v[i].pos.y) / (g.Y1 - g.Y0);
                const float top = v[i].pos.y - g.Y0 * scale;
                if (top > lastY + 2.0f || top < lastY - 2.0f) {
                    text += '\n';
                }
                lastY = top;
                appendUtf8(text, g.Codepoint);
                i += 3; // the rest of this glyph's quad
            }
        }
        return text;
    }
    static void appendUtf8(std::string& out, unsigned int c) {
        char buf[5] = {};
        out += ImTextCharToUtf8(buf, c);
    }

    ImGuiContext* context_ = nullptr;
    // The glyphs by their top-left corner in the font atlas.
    std::map<std::pair<float, float>, ImFontGlyph> glyphAt_;
};

// The default content as the window loads it.
inline const Content& defaultUiContent() {
    static const Content content =
        loadContent(sourceDir() / "assets" / "atlas" / "content").content;
    return content;
}

} // namespace glutea::test
