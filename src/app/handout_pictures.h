// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The handout's pictures, drawn headless by the renderer `glutea render` uses: the painted area
// ("where you feel it"), the likely muscle's pattern as its complete still map, and each routine
// step's placement, each framed on what it shows.
#include <memory>
#include <string>
#include <vector>

#include <glm/glm.hpp>

#include "anatomy/atlas.h"
#include "anatomy/content.h"
#include "anatomy/technique_scene.h"
#include "anatomy/zone_field.h"
#include "app/commands.h"
#include "report/handout.h"
#include "report/handout_text.h"
#include "report/handout_words.h"

namespace glutea {

struct HandoutRequest {
    std::string structureId; // --muscle (its structure id), may be empty
    Side side = Side::Left;
    std::vector<glm::vec3> painPoints; // --pain-at
    float radiusM = 0.03f;
};

class HandoutPictures {
  public:
    HandoutPictures(const CommonOptions& common, const Atlas& atlas, const Content& content);
    ~HandoutPictures();

    // The muscle: the one asked for, or the best match of the painted area (others listed).
    HandoutSubject choose(const HandoutRequest& request);
    // Fills the handout's pictures, their captions in `words`.
    void draw(const HandoutRequest& request, const HandoutSubject& subject, Handout& handout,
              const HandoutWords& words = {});

  private:
    struct Gl;
    const Atlas& atlas_;
    const Content& content_;
    ReferralFields fields_;
    std::vector<float> painted_;
    std::unique_ptr<Gl> gl_;
    // Where hands press, for the trigger points of the pattern and the steps' hands alike.
    std::shared_ptr<const PressResolver> press_;
    // Built for the first step picture and shared by the others (its ray casting and skin
    // distance structures cost more than a picture).
    std::unique_ptr<TechniqueScene> techniques_;
};

} // namespace glutea
