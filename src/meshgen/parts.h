// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// What every structure generator hands to the atlas builder: a field, where to sample it, what
// deeper structures it must stay outside of, and its budgets.
#include "meshgen/grid.h"

#include <map>
#include <memory>
#include <string>

namespace glutea::meshgen {

// Grids of the structures built so far, so later (more superficial) ones can stay outside.
class Registry {
  public:
    void add(const std::string& id, bool paired, Grid grid);
    // Distance-like value of structure `id` at p (both sides for paired ids); large when far.
    float distance(const std::string& id, glm::vec3 p) const;
    // Minimum over every structure built so far.
    float distanceAll(glm::vec3 p) const;
    bool has(const std::string& id) const { return grids_.count(id) != 0; }

  private:
    struct Entry {
        bool paired;
        Grid grid;
    };
    std::map<std::string, Entry> grids_;
    std::vector<const Entry*> order_;
};

struct PartSpec {
    std::string id;   // structure id of CONVENTIONS.md
    std::string kind; // bone, muscle, nerve, skin, other
    bool paired = true;
    Box box; // left side (x >= 0) for paired parts
    float step = 0.002f;
    size_t targetTriangles = 8000;
    int smoothIterations = 6;
    Field field;                        // left side for paired parts; symmetric in x otherwise
    std::vector<std::string> outsideOf; // stays at least `gap` outside these
    float gap = 0.0008f;
    std::map<std::string, float> gapFor;       // a wider gap from some of them (a thin nerve's end)
    std::function<glm::vec3(glm::vec3)> fibre; // muscles: fibre direction at a point
};

// In the order buildAtlas builds them: bones, nerves, muscles deep to superficial, skin. A part
// can stay outside only the parts built before it (Registry::distance of an id not built yet is
// "far").
std::vector<PartSpec> boneParts();
std::vector<PartSpec>
spineParts(const Registry& registry);  // lumbar vertebrae and discs, sacroiliac joint, ligaments
std::vector<PartSpec> footBoneParts(); // the foot's bones
std::vector<PartSpec> nerveParts();
std::vector<PartSpec> buttockNerveParts(); // gluteal, posterior femoral cutaneous, pudendal
std::vector<PartSpec> deepMuscleParts(const Registry& registry);
std::vector<PartSpec> psoasParts(); // psoas major, before the back muscles that lie behind it
std::vector<PartSpec> backMuscleParts(const Registry& registry);  // quadratus lumborum, erector
std::vector<PartSpec> medialThighParts(const Registry& registry); // adductors, gracilis, ...
std::vector<PartSpec> frontThighParts(const Registry& registry);  // iliopsoas, quadriceps, ...
std::vector<PartSpec> legMuscleParts(const Registry& registry);   // gastrocnemius, soleus
std::vector<PartSpec> superficialMuscleParts(const Registry& registry);
PartSpec skinPart(const Registry& registry);

} // namespace glutea::meshgen
