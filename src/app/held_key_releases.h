// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// ImGui 1.86 reads each key as "down now" when a frame starts: a press and its release that arrive
// in the same event poll (a quick tap while a slow llvmpipe frame draws) are never seen, and the
// tap is lost. HeldKeyReleases holds such a release back until a frame has seen the key down.
#include <vector>

namespace glutea {

class HeldKeyReleases {
  public:
    struct Release {
        int key, scancode, mods;
    };
    // A press that goes to ImGui.
    void pressed(int key) { pressedSinceFrame_.push_back(key); }
    // A release that would go to ImGui: true when it must wait (its press came since the frame).
    bool hold(int key, int scancode, int mods) {
        for (const int k : pressedSinceFrame_) {
            if (k == key) {
                held_.push_back({key, scancode, mods});
                return true;
            }
        }
        return false;
    }
    // A frame started and saw the keys down: the releases to give ImGui now.
    std::vector<Release> frameStarted() {
        pressedSinceFrame_.clear();
        std::vector<Release> due;
        due.swap(held_);
        return due;
    }

  private:
    std::vector<int> pressedSinceFrame_;
    std::vector<Release> held_;
};

} // namespace glutea
