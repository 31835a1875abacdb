#pragma once
// A Mesh uploaded to the GPU: one VAO with position, normal and fibre attributes.
#include <epoxy/gl.h>

#include "geometry/mesh.h"

namespace glutea {

class GpuMesh {
  public:
    // Uploads the vertices of `mesh` and draws the triangles of `indices`.
    GpuMesh(const Mesh& mesh, const std::vector<std::uint32_t>& indices);
    ~GpuMesh();
    GpuMesh(const GpuMesh&) = delete;
    GpuMesh& operator=(const GpuMesh&) = delete;

    void draw() const;

  private:
    GLuint vao_ = 0;
    GLuint buffers_[4] = {};
    GLsizei indexCount_ = 0;
    bool hasFibres_ = false;
};

} // namespace glutea
