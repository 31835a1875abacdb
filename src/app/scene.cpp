// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "app/scene.h"

#include <charconv>

#include "anatomy/view_effects.h"
#include "base/error.h"

namespace glutea {

ViewState makeViewState(const Atlas& atlas, float aspect, const std::string& viewName) {
    ViewState view;
    view.partVisible.assign(atlas.parts.size(), true);
    const auto preset = findViewPreset(viewName);
    if (!preset) {
        std::string names;
        for (const auto& p : viewPresets()) {
            names += (names.empty() ? "" : ", ") + p.name;
        }
        throw Error("unknown view \"" + viewName + "\"; expected one of " + names);
    }
    view.camera.setPreset(*preset);
    view.camera.frame(atlas.focusBounds(), aspect);
    updateLooks(atlas, nullptr, view, 0.0f);
    return view;
}

bool updateLooks(const Atlas& atlas, SceneQueries* queries, ViewState& view, float seconds,
                 bool cameraSettled) {
    static const std::vector<int> none;
    const bool wantXray = queries && view.xray && !view.selection.current().empty();
    const glm::vec3 eye =
        view.cameraMove.active() ? view.cameraMove.goal().eye() : view.camera.eye();
    const std::vector<int>& xray = wantXray ? queries->xrayParts(view, eye, cameraSettled) : none;
    return easeLooks(view, targetLooks(atlas, view, xray), seconds);
}

int resolvePart(const Atlas& atlas, const std::string& id) {
    for (std::size_t i = 0; i < atlas.parts.size(); ++i) {
        if (atlas.parts[i].nodeName == id) {
            return static_cast<int>(i);
        }
    }
    for (Side side : {Side::Left, Side::None, Side::Right}) {
        if (int i = atlas.findPart(id, side); i >= 0) {
            return i;
        }
    }
    // STRUCTURE + a side suffix: the atlas's own (side_suffixes), or Glutea's _l / _r whatever the
    // model calls its nodes (a real atlas's file names).
    std::vector<std::pair<std::string, Side>> suffixes(atlas.manifest.sideSuffixes.begin(),
                                                       atlas.manifest.sideSuffixes.end());
    for (Side side : {Side::Left, Side::Right}) {
        suffixes.emplace_back(conventionSideSuffix(side), side);
    }
    for (const auto& [suffix, side] : suffixes) {
        if (id.size() > suffix.size() && id.ends_with(suffix)) {
            if (int i = atlas.findPart(id.substr(0, id.size() - suffix.size()), side); i >= 0) {
                return i;
            }
        }
    }
    std::string known;
    for (const auto& p : atlas.parts) {
        known += (known.empty() ? "" : ", ") + p.nodeName;
    }
    throw Error("unknown structure \"" + id + "\"; this atlas has: " + known);
}

std::pair<int, int> parseSize(const std::string& text) {
    const auto x = text.find('x');
    int w = 0, h = 0;
    // Each number must fill its side of the 'x': "64zzx64" and "320x240x5" are not sizes.
    auto whole = [](const char* first, const char* last, int& value) {
        const auto [ptr, ec] = std::from_chars(first, last, value);
        return ec == std::errc() && ptr == last && first != last;
    };
    const bool ok = x != std::string::npos && whole(text.data(), text.data() + x, w) &&
                    whole(text.data() + x + 1, text.data() + text.size(), h);
    if (!ok || w < 16 || h < 16 || w > 8192 || h > 8192) {
        throw Error("bad size \"" + text + "\"; expected WIDTHxHEIGHT, e.g. 1280x720 (16..8192)");
    }
    return {w, h};
}

} // namespace glutea
