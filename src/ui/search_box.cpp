// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/search_box.h"

#include <imgui.h>

#include "ui/translate.h"

namespace glutea {

std::optional<std::string> SearchBox::draw() {
    std::optional<std::string> chosen;
    if (focusNextFrame_) {
        ImGui::SetKeyboardFocusHere();
        focusNextFrame_ = false;
    }
    ImGui::SetNextItemWidth(-1.0f);
    const bool entered =
        ImGui::InputTextWithHint("##search", tr("Search (Ctrl+F): piriformis, glutes…"), query_,
                                 sizeof query_, ImGuiInputTextFlags_EnterReturnsTrue);
    const bool typing = ImGui::IsItemActive();
    // Searched again only when the query changed, not every frame.
    if (resultsFor_ != query_) {
        resultsFor_ = query_;
        results_ = searchStructures(entries_, query_, 8);
    }
    const auto& results = results_;
    if (results.empty()) {
        highlighted_ = 0;
        return chosen;
    }
    if (typing) {
        if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_DownArrow))) {
            highlighted_ = std::min(highlighted_ + 1, static_cast<int>(results.size()) - 1);
        }
        if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_UpArrow))) {
            highlighted_ = std::max(highlighted_ - 1, 0);
        }
    }
    highlighted_ = std::min(highlighted_, static_cast<int>(results.size()) - 1);
    if (entered) {
        chosen = entries_[results[highlighted_].entry].id;
    }
    for (int i = 0; i < static_cast<int>(results.size()); ++i) {
        const SearchEntry& e = entries_[results[i].entry];
        std::string label = e.name;
        if (results[i].matched != e.name) {
            label += "  (" + results[i].matched + ")"; // why it matched: "glutes", a Latin name
        }
        if (ImGui::Selectable((label + "##r" + std::to_string(i)).c_str(), i == highlighted_)) {
            chosen = e.id;
        }
    }
    if (chosen) {
        ImGui::SetWindowFocus(nullptr); // leave the box so Escape and the view keys work again
        query_[0] = '\0';
        highlighted_ = 0;
    }
    // `results` may refer to results_, which the next frame refreshes: nothing reads it below.
    return chosen;
}

} // namespace glutea
