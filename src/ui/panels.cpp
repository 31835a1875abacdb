// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/panels.h"

#include <algorithm>

#include <imgui.h>

#include "geometry/camera.h"
#include "ui/card_text.h"
#include "ui/info_card.h"
#include "ui/translate.h"

namespace glutea {

namespace {
// Panel widths in text heights, so they grow with the text size setting, but at most a share of
// the window each: at twice the text size the 3D view would otherwise shrink to a strip, and
// text wraps in a narrower panel.
constexpr float kLeftWidthInLines = 17.0f;
constexpr float kRightWidthInLines = 21.0f;
constexpr float kLeftShareAtMost = 0.25f;
constexpr float kRightShareAtMost = 0.30f;
float leftWidth() {
    return std::min(kLeftWidthInLines * ImGui::GetFontSize(),
                    kLeftShareAtMost * ImGui::GetIO().DisplaySize.x);
}
float rightWidth() {
    return std::min(kRightWidthInLines * ImGui::GetFontSize(),
                    kRightShareAtMost * ImGui::GetIO().DisplaySize.x);
}
constexpr ImGuiWindowFlags kFixedPanel = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                         ImGuiWindowFlags_NoCollapse |
                                         ImGuiWindowFlags_NoSavedSettings;

// `names`: the content's names in the UI language (empty in English: the atlas's names).
std::string partLabel(const Atlas& atlas, const StructurePart& part,
                      const std::map<std::string, std::string>& names = {}) {
    const StructureDef& def = atlas.structureOf(part);
    const auto local = names.find(def.id);
    std::string label = local != names.end() ? local->second : def.displayName;
    if (part.side == Side::Left) {
        label += tr(" (left)");
    } else if (part.side == Side::Right) {
        label += tr(" (right)");
    }
    return label;
}
} // namespace

void Panels::showErrors(const std::vector<std::string>& messages) {
    errors_.insert(errors_.end(), messages.begin(), messages.end());
}

void Panels::setSearchEntries(const Atlas& atlas, const Content* content) {
    std::vector<SearchEntry> entries;
    localNames_.clear();
    for (const auto& def : atlas.manifest.structures) {
        SearchEntry e{def.id, def.displayName, "", {}};
        if (const StructureInfo* info = content ? content->findStructure(def.id) : nullptr) {
            e.name = info->name.get(uiLanguage());
            e.latin = info->latin;
            if (uiLanguage() != "en") { // the English name and words still find it
                localNames_[def.id] = e.name;
                e.synonyms.push_back(info->name.get());
            }
            auto addSynonyms = [&](const std::string& language) {
                if (auto it = info->synonyms.byLanguage.find(language);
                    it != info->synonyms.byLanguage.end()) {
                    e.synonyms.insert(e.synonyms.end(), it->second.begin(), it->second.end());
                }
            };
            addSynonyms(uiLanguage());
            if (uiLanguage() != "en") {
                addSynonyms("en");
            }
        }
        entries.push_back(std::move(e));
    }
    search_.setEntries(std::move(entries));
}

UiActions Panels::draw(const Atlas& atlas, const Content* content, ViewState& view,
                       const UiStatus& status) {
    UiActions actions;
    const ImGuiIO& io = ImGui::GetIO();
    view_ = &view;
    if (keyboard.beginFrame()) {
        search_.focus();
    }
    if (chairside.active) { // full screen, one story: no menu bar, no other panel
        drawChairside(chairside, actions.chairside);
        drawErrorModal();
        clinic.drawDialogs(settings, actions.clinic);
        actions.openAtlas = atlases.draw();
        viewport_ = {0.0f, 0.0f, io.DisplaySize.x - chairsidePanelWidth(io.DisplaySize.x),
                     io.DisplaySize.y};
        keyboard.endFrame(viewport_);
        return actions;
    }
    drawMenuBar(actions);
    const float top = ImGui::GetFrameHeight();
    const float statusHeight = ImGui::GetFrameHeightWithSpacing() + 4.0f;
    const float height = io.DisplaySize.y - top - statusHeight;
    drawStructureList(atlas, view, top, height, actions);
    drawInfoCard(atlas, content, view, top, height, actions);
    referral.draw(settings, actions.referral);
    technique.draw(settings, actions.technique);
    drawHoverTooltip(atlas, view);
    drawStatusLine(atlas, view, status);
    drawErrorModal();
    clinic.drawDialogs(settings, actions.clinic);
    actions.openAtlas = atlases.draw();
    actions.settingsChanged |= actions.clinic.settingsChanged;
    drawHelpWindow();
    viewport_ = {leftWidth(), top, std::max(0.0f, io.DisplaySize.x - leftWidth() - rightWidth()),
                 std::max(0.0f, height)};
    keyboard.endFrame(viewport_);
    return actions;
}

void Panels::drawMenuBar(UiActions& actions) {
    if (!ImGui::BeginMainMenuBar()) {
        return;
    }
    if (ImGui::BeginMenu(tr("File"))) {
        atlases.drawMenuItem();
        clinic.drawFileMenuItems(actions.clinic);
        if (ImGui::MenuItem(tr("Quit"), "Ctrl+Q")) {
            actions.quit = true;
        }
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(tr("Go"))) {
        if (ImGui::MenuItem(tr("Back"), "Alt+Left", false, view_ && view_->selection.canGoBack())) {
            view_->selection.back();
        }
        if (ImGui::MenuItem(tr("Forward"), "Alt+Right", false,
                            view_ && view_->selection.canGoForward())) {
            view_->selection.forward();
        }
        if (ImGui::MenuItem(tr("Clear selection"), "Escape")) {
            view_->selection.clear();
        }
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(tr("View"))) {
        const auto& presets = viewPresets();
        for (std::size_t i = 0; i < presets.size(); ++i) {
            const std::string key = std::to_string(i + 1);
            if (ImGui::MenuItem(tr(presets[i].name.c_str()), key.c_str())) {
                actions.viewPreset = presets[i].name;
            }
        }
        ImGui::Separator();
        if (ImGui::MenuItem(tr("Frame all"), "F")) {
            actions.frameAll = true;
        }
        if (ImGui::MenuItem(tr("Chairside"), "F11")) {
            actions.chairside.enter = true;
        }
        ImGui::EndMenu();
    }
    drawSettingsMenus(actions);
    referral.drawToolbar(actions.referral);
    if (ImGui::BeginMenu(tr("Help"))) {
        if (ImGui::MenuItem(tr("Controls"), "F1")) {
            helpOpen_ = true;
        }
        ImGui::EndMenu();
    }
    ImGui::EndMainMenuBar();
}

void Panels::drawLayers(ViewState& view) {
    if (!ImGui::CollapsingHeader(tr("Layers"), ImGuiTreeNodeFlags_DefaultOpen)) {
        return;
    }
    ImGui::SliderFloat(tr("Peel"), &view.peel, 0.0f, 4.0f, "%.1f");
    for (std::size_t g = 0; g < view.layers.size(); ++g) {
        ImGui::PushID(static_cast<int>(g));
        ImGui::Checkbox("##on", &view.layers[g].visible);
        ImGui::SameLine();
        ImGui::SetNextItemWidth(90.0f);
        ImGui::SliderFloat("##opacity", &view.layers[g].opacity, 0.0f, 1.0f, "%.2f");
        ImGui::SameLine();
        ImGui::TextUnformatted(tr(kLayerGroups[g].label));
        ImGui::PopID();
    }
    ImGui::Checkbox(tr("X-ray over selection"), &view.xray);
    bool both = view.selection.current().bothSides;
    if (ImGui::Checkbox(tr("Both sides"), &both)) {
        view.selection.setBothSides(both);
    }
    ImGui::SameLine();
    ImGui::Checkbox(tr("Isolate"), &view.isolateSelection);
    if (ImGui::Button(tr("Show all"))) {
        view.peel = 0.0f;
        view.isolateSelection = false;
        for (auto& layer : view.layers) {
            layer.visible = true;
        }
        view.partVisible.assign(view.partVisible.size(), true);
    }
}

void Panels::drawSettingsMenus(UiActions& actions) {
    if (ImGui::BeginMenu(tr("Audience"))) {
        for (const auto& a : kAudiences) {
            if (ImGui::MenuItem(tr(a.menuLabel), nullptr, settings.audience == a.audience)) {
                settings.audience = a.audience;
                actions.settingsChanged = true;
            }
        }
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(tr("Display"))) {
        if (ImGui::MenuItem(tr("Larger text"), "Ctrl++")) {
            settings.textScale = std::min(2.0f, settings.textScale + 0.2f);
            actions.settingsChanged = true;
        }
        if (ImGui::MenuItem(tr("Smaller text"), "Ctrl+-")) {
            settings.textScale = std::max(0.8f, settings.textScale - 0.2f);
            actions.settingsChanged = true;
        }
        if (ImGui::MenuItem(tr("High contrast"), nullptr, settings.highContrast)) {
            settings.highContrast = !settings.highContrast;
            actions.settingsChanged = true;
        }
        if (ImGui::MenuItem(tr("Reduced motion"), nullptr, settings.reducedMotion)) {
            settings.reducedMotion = !settings.reducedMotion; // still maps instead of animations
            actions.settingsChanged = true;
        }
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Language / Idioma")) { // readable whichever language is on
        for (const auto& l : kUiLanguages) {
            if (ImGui::MenuItem(l.name, nullptr, settings.language == l.code)) {
                settings.language = l.code; // the app loads its catalogue (app/ui_language)
                actions.settingsChanged = true;
            }
        }
        ImGui::EndMenu();
    }
}

void applyUiStyle(const UiSettings& settings, float contentScale) {
    ImGuiStyle style;
    if (settings.highContrast) {
        ImGui::StyleColorsDark(&style);
        ImVec4* c = style.Colors;
        c[ImGuiCol_Text] = ImVec4(1, 1, 1, 1);
        c[ImGuiCol_WindowBg] = ImVec4(0, 0, 0, 1);
        c[ImGuiCol_PopupBg] = ImVec4(0, 0, 0, 1);
        c[ImGuiCol_MenuBarBg] = ImVec4(0, 0, 0, 1);
        c[ImGuiCol_Border] = ImVec4(1, 1, 1, 1);
        c[ImGuiCol_FrameBg] = ImVec4(0.15f, 0.15f, 0.15f, 1);
        c[ImGuiCol_Header] = ImVec4(0.55f, 0.45f, 0.0f, 1);
        c[ImGuiCol_HeaderHovered] = ImVec4(0.75f, 0.62f, 0.0f, 1);
        c[ImGuiCol_CheckMark] = ImVec4(1, 0.9f, 0.2f, 1);
        c[ImGuiCol_SliderGrab] = ImVec4(1, 0.9f, 0.2f, 1);
        c[ImGuiCol_Button] = ImVec4(0.3f, 0.3f, 0.3f, 1);
        style.FrameBorderSize = 1.0f;
        style.WindowBorderSize = 1.0f;
    } else {
        ImGui::StyleColorsDark(&style);
    }
    // Keyboard focus (the widget's rectangle, the panel's frame) in a colour nothing else uses:
    // Okabe-Ito orange, told apart from the blue widgets also with a colour vision deficiency.
    style.Colors[ImGuiCol_NavHighlight] = ImVec4(0.90f, 0.62f, 0.0f, 1.0f);
    style.ScaleAllSizes(contentScale * settings.textScale);
    ImGui::GetStyle() = style;
    // The font is rasterised large once; the global scale brings it to the wanted size.
    ImGuiIO& io = ImGui::GetIO();
    // ConfigData holds the requested size even before the atlas is built (FontSize does not).
    const float loaded =
        io.Fonts->ConfigData.empty() ? kFontLoadPixels : io.Fonts->ConfigData[0].SizePixels;
    io.FontGlobalScale = kFontBasePixels * contentScale * settings.textScale / loaded;
}

void Panels::drawViewButtons(UiActions& actions) {
    const auto& presets = viewPresets();
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float width = (ImGui::GetContentRegionAvail().x - 2.0f * spacing) / 3.0f;
    for (std::size_t i = 0; i < presets.size(); ++i) {
        if (i % 3 != 0) {
            ImGui::SameLine();
        }
        const std::string label =
            tr(presets[i].buttonLabel.c_str()) + std::string("##view") + std::to_string(i);
        if (ImGui::Button(label.c_str(), ImVec2(width, 0))) {
            actions.viewPreset = presets[i].name;
        }
        if (ImGui::IsItemHovered()) {
            ImGui::SetTooltip(tr("%s view (key %zu)"), tr(presets[i].name.c_str()), i + 1);
        }
    }
}

void Panels::drawStructureList(const Atlas& atlas, ViewState& view, float top, float height,
                               UiActions& actions) {
    ImGui::SetNextWindowPos(ImVec2(0, top));
    ImGui::SetNextWindowSize(ImVec2(leftWidth(), height));
    ImGui::Begin(trTitle("Structures").c_str(), nullptr, kFixedPanel);
    if (atlas.manifest.placeholder) {
        ImGui::TextWrapped("%s", tr("Placeholder model: shapes are stand-ins, not anatomy."));
        ImGui::Separator();
    }
    const std::string before = search_.query();
    auto chosen = search_.draw();
    if (before != search_.query()) {
        actions.searchQuery = search_.query();
    }
    if (auto id = chosen) {
        const int part = atlas.findPart(*id, Side::Left) >= 0 ? atlas.findPart(*id, Side::Left)
                                                              : atlas.findPart(*id, Side::None);
        view.selection.select(selectionOfPart(atlas, part, view.selection.current().bothSides));
    }
    drawViewButtons(actions);
    ImGui::Separator();
    drawLayers(view);
    ImGui::Separator();
    const auto selectedNow = selectedParts(atlas, view.selection.current()); // once, not per row
    for (std::size_t i = 0; i < atlas.parts.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        bool visible = view.isVisible(i);
        if (ImGui::Checkbox("##visible", &visible) && i < view.partVisible.size()) {
            view.partVisible[i] = visible;
        }
        ImGui::SameLine();
        const bool selected =
            std::find(selectedNow.begin(), selectedNow.end(), int(i)) != selectedNow.end();
        if (ImGui::Selectable(partLabel(atlas, atlas.parts[i], localNames_).c_str(), selected)) {
            if (selected) {
                view.selection.clear();
            } else {
                view.selection.select(
                    selectionOfPart(atlas, int(i), view.selection.current().bothSides));
            }
        }
        ImGui::PopID();
    }
    ImGui::End();
}

void Panels::drawInfoCard(const Atlas& atlas, const Content* content, const ViewState& view,
                          float top, float height, UiActions& actions) {
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x - rightWidth(), top));
    ImGui::SetNextWindowSize(ImVec2(rightWidth(), height));
    ImGui::Begin(trTitle("Info").c_str(), nullptr, kFixedPanel);
    const Selection& current = view.selection.current();
    const int part = atlas.findPart(current.structureId, current.side);
    glutea::drawInfoCard(atlas, content, part, settings.audience, actions.card);
    if (part >= 0) {
        ImGui::Separator();
        copyCard_ |= ImGui::SmallButton(tr("Copy card as text (Ctrl+Shift+C)"));
    }
    if (copyCard_) { // for a screen reader or a note: the whole card, collapsed sections too
        copyCard_ = false;
        actions.copiedCard = cardAsText(atlas, content, part, settings.audience);
        ImGui::SetClipboardText(actions.copiedCard.c_str());
    }
    ImGui::End();
}

void Panels::drawHoverTooltip(const Atlas& atlas, const ViewState& view) {
    if (hideHoverNames || view.hoveredPart < 0 ||
        view.hoveredPart >= static_cast<int>(atlas.parts.size()) ||
        ImGui::GetIO().WantCaptureMouse) {
        return;
    }
    ImGui::BeginTooltip();
    ImGui::TextUnformatted(partLabel(atlas, atlas.parts[view.hoveredPart], localNames_).c_str());
    ImGui::EndTooltip();
}

void Panels::drawStatusLine(const Atlas& atlas, const ViewState& view, const UiStatus& status) {
    const ImGuiIO& io = ImGui::GetIO();
    const float h = ImGui::GetFrameHeightWithSpacing() + 4.0f;
    ImGui::SetNextWindowPos(ImVec2(0, io.DisplaySize.y - h));
    ImGui::SetNextWindowSize(ImVec2(io.DisplaySize.x, h));
    ImGui::Begin(trTitle("Status").c_str(), nullptr, kFixedPanel | ImGuiWindowFlags_NoTitleBar);
    std::string selected;
    for (int part : selectedParts(atlas, view.selection.current())) {
        selected +=
            (selected.empty() ? "" : ", ") + partLabel(atlas, atlas.parts[part], localNames_);
    }
    if (selected.empty()) {
        selected = tr("none");
    }
    const std::string keys = keyboard.focusedPanel().empty()
                                 ? tr(std::string("keys: 3D view (Tab: panels)"))
                                 : tr(std::string("keys: ")) + keyboard.focusedPanel() +
                                       tr(std::string(" (Esc: 3D view)"));
    ImGui::Text(tr("%.0f fps  |  selected: %s  |  %s  |  F1: help  |  %s"), status.fps,
                selected.c_str(), status.rendererName.c_str(), keys.c_str());
    ImGui::End();
}

void Panels::drawErrorModal() {
    if (errors_.empty()) {
        return;
    }
    ImGui::OpenPopup(trTitle("Problem").c_str());
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.5f),
                            ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSizeConstraints(ImVec2(420, 0), ImVec2(io.DisplaySize.x * 0.8f, 600));
    if (ImGui::BeginPopupModal(trTitle("Problem").c_str(), nullptr,
                               ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::TextWrapped(
            "%s", tr("Glutea could not load everything. It keeps running with what loaded."));
        ImGui::Separator();
        for (const auto& e : errors_) {
            ImGui::TextWrapped("%s", e.c_str());
        }
        if (ImGui::Button(tr("OK")) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter))) {
            errors_.clear();
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
}

void Panels::drawHelpWindow() {
    if (!helpOpen_) {
        return;
    }
    const ImGuiIO& io = ImGui::GetIO();
    const float em = ImGui::GetFontSize();
    ImGui::SetNextWindowPos(ImVec2(leftWidth() + 20, 60), ImGuiCond_Appearing);
    ImGui::SetNextWindowSize(ImVec2(std::min(44.0f * em, io.DisplaySize.x - leftWidth() - 40),
                                    std::max(10.0f * em, io.DisplaySize.y - 120)),
                             ImGuiCond_Appearing);
    if (ImGui::Begin(trTitle("Controls").c_str(), &helpOpen_)) {
        // One line a row: its keys, then what they do, under a heading for where they work
        // (the rows of README.md's Controls table, from app/key_bindings).
        std::string when;
        for (const auto* rows : {&keyRows, &mouseRows}) {
            for (const ControlRow& row : *rows) {
                if (row.when != when) {
                    when = row.when;
                    ImGui::Spacing();
                    ImGui::TextDisabled("%s", tr(when).c_str());
                }
                ImGui::TextUnformatted(row.keys.c_str());
                ImGui::SameLine(std::max(13.0f * em, ImGui::GetItemRectSize().x + 1.5f * em));
                ImGui::TextWrapped("%s", tr(row.effect).c_str());
            }
        }
    }
    ImGui::End();
}

} // namespace glutea
