// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
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

    // Two per-vertex vec4 channels at attribute locations 3 and 4 (the skin's paint). Vectors
    // shorter than the mesh are padded with zeros; uploading again replaces them.
    void setPaint(const std::vector<glm::vec4>& first, const std::vector<glm::vec4>& second);
    bool hasPaint() const { return hasPaint_; }
    // A second list of triangles over the same vertices, drawn by drawSubset(): the ones that
    // carry paint, so the paint pass shades only where there is paint.
    void setSubset(const std::vector<std::uint32_t>& indices);
    // Replaces the triangles draw() draws (the display mesh, once it is made).
    void setIndices(const std::vector<std::uint32_t>& indices);
    void draw() const;
    void drawSubset() const;

  private:
    void bindForDrawing() const;

    GLuint vao_ = 0;
    GLuint buffers_[4] = {};
    GLuint paintBuffers_[2] = {};
    GLuint subsetBuffer_ = 0;
    GLsizei indexCount_ = 0;
    GLsizei subsetCount_ = 0;
    GLsizei vertexCount_ = 0;
    bool hasFibres_ = false;
    bool hasPaint_ = false;
};

} // namespace glutea
