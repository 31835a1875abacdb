// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "render/gpu_mesh.h"

#include <vector>

namespace glutea {

namespace {
template <typename T> void upload(GLuint buffer, GLenum target, const std::vector<T>& data) {
    glBindBuffer(target, buffer);
    glBufferData(target, static_cast<GLsizeiptr>(data.size() * sizeof(T)), data.data(),
                 GL_STATIC_DRAW);
}
} // namespace

GpuMesh::GpuMesh(const Mesh& mesh, const std::vector<std::uint32_t>& indices)
    : indexCount_(static_cast<GLsizei>(indices.size())),
      vertexCount_(static_cast<GLsizei>(mesh.positions.size())) {
    glGenVertexArrays(1, &vao_);
    glGenBuffers(4, buffers_);
    glBindVertexArray(vao_);

    upload(buffers_[0], GL_ARRAY_BUFFER, mesh.positions);
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 3, GL_FLOAT, GL_FALSE, 0, nullptr);

    upload(buffers_[1], GL_ARRAY_BUFFER, mesh.normals);
    glEnableVertexAttribArray(1);
    glVertexAttribPointer(1, 3, GL_FLOAT, GL_FALSE, 0, nullptr);

    hasFibres_ = !mesh.tangents.empty() && mesh.tangents.size() == mesh.positions.size();
    if (hasFibres_) {
        upload(buffers_[2], GL_ARRAY_BUFFER, mesh.tangents);
        glEnableVertexAttribArray(2);
        glVertexAttribPointer(2, 4, GL_FLOAT, GL_FALSE, 0, nullptr);
    }

    upload(buffers_[3], GL_ELEMENT_ARRAY_BUFFER, indices);
    glBindVertexArray(0);
}

GpuMesh::~GpuMesh() {
    if (subsetBuffer_ != 0) {
        glDeleteBuffers(1, &subsetBuffer_);
    }
    if (hasPaint_) {
        glDeleteBuffers(2, paintBuffers_);
    }
    glDeleteBuffers(4, buffers_);
    glDeleteVertexArrays(1, &vao_);
}

void GpuMesh::setPaint(const std::vector<glm::vec4>& first, const std::vector<glm::vec4>& second) {
    if (!hasPaint_) {
        glGenBuffers(2, paintBuffers_);
        hasPaint_ = true;
    }
    glBindVertexArray(vao_);
    const std::vector<glm::vec4>* channels[2] = {&first, &second};
    for (GLuint i = 0; i < 2; ++i) {
        std::vector<glm::vec4> padded = *channels[i];
        padded.resize(static_cast<std::size_t>(vertexCount_), glm::vec4(0.0f));
        glBindBuffer(GL_ARRAY_BUFFER, paintBuffers_[i]);
        glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(padded.size() * sizeof(glm::vec4)),
                     padded.data(), GL_DYNAMIC_DRAW);
        glEnableVertexAttribArray(3 + i);
        glVertexAttribPointer(3 + i, 4, GL_FLOAT, GL_FALSE, 0, nullptr);
    }
    glBindVertexArray(0);
}

void GpuMesh::setIndices(const std::vector<std::uint32_t>& indices) {
    glBindVertexArray(vao_);
    upload(buffers_[3], GL_ELEMENT_ARRAY_BUFFER, indices);
    glBindVertexArray(0);
    indexCount_ = static_cast<GLsizei>(indices.size());
}

void GpuMesh::setSubset(const std::vector<std::uint32_t>& indices) {
    if (subsetBuffer_ == 0) {
        glGenBuffers(1, &subsetBuffer_);
    }
    // Not through the VAO: its element buffer stays the full list.
    glBindVertexArray(0);
    glBindBuffer(GL_ARRAY_BUFFER, subsetBuffer_);
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(indices.size() * sizeof(std::uint32_t)),
                 indices.data(), GL_DYNAMIC_DRAW);
    subsetCount_ = static_cast<GLsizei>(indices.size());
}

void GpuMesh::bindForDrawing() const {
    glBindVertexArray(vao_);
    if (!hasFibres_) {
        glVertexAttrib4f(2, 0.0f, 0.0f, 0.0f, 0.0f); // current value, read when the array is off
    }
    if (!hasPaint_) {
        glVertexAttrib4f(3, 0.0f, 0.0f, 0.0f, 0.0f);
        glVertexAttrib4f(4, 0.0f, 0.0f, 0.0f, 0.0f);
    }
}

void GpuMesh::draw() const {
    bindForDrawing();
    glDrawElements(GL_TRIANGLES, indexCount_, GL_UNSIGNED_INT, nullptr);
}

void GpuMesh::drawSubset() const {
    if (subsetCount_ == 0) {
        return;
    }
    bindForDrawing();
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, subsetBuffer_);
    glDrawElements(GL_TRIANGLES, subsetCount_, GL_UNSIGNED_INT, nullptr);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, buffers_[3]); // the VAO's own list again
}

} // namespace glutea
