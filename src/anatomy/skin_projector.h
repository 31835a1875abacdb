#pragma once
// Puts points onto the skin fast: the closest point of the skin mesh and its smooth outward normal,
// through a uniform grid over the triangles. The technique player asks this for every marker of
// every frame (a hand gliding, its trail, a circle), so a brute-force search over tens of
// thousands of triangles would cost whole frames.
#include <cstdint>
#include <vector>

#include <glm/vec3.hpp>

#include "geometry/mesh.h"

namespace glutea {

struct SkinSample {
    glm::vec3 position{0.0f};
    glm::vec3 normal{0.0f, 0.0f, -1.0f}; // outward, unit
};

class SkinProjector {
  public:
    SkinProjector() = default;
    // `skin` must outlive the projector. Its normals (when present) give the smooth normal.
    explicit SkinProjector(const Mesh& skin);

    bool empty() const { return mesh_ == nullptr || mesh_->indices.empty(); }
    // The closest skin point to `p` and the skin's outward normal there. An empty projector
    // returns `p` with a -Z normal.
    SkinSample project(const glm::vec3& p) const;

  private:
    const Mesh* mesh_ = nullptr;
    glm::vec3 origin_{0.0f};
    float cell_ = 0.02f;
    glm::ivec3 dims_{0};
    std::vector<std::uint32_t> cellStart_; // per cell, into items_ (one past the end at [n])
    std::vector<std::uint32_t> items_;     // triangle indices, grouped by cell

    int cellIndex(int x, int y, int z) const { return (z * dims_.y + y) * dims_.x + x; }
};

} // namespace glutea
