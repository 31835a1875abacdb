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
    : indexCount_(static_cast<GLsizei>(indices.size())) {
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
    glDeleteBuffers(4, buffers_);
    glDeleteVertexArrays(1, &vao_);
}

void GpuMesh::draw() const {
    glBindVertexArray(vao_);
    if (!hasFibres_) {
        glVertexAttrib4f(2, 0.0f, 0.0f, 0.0f, 0.0f); // current value, read when the array is off
    }
    glDrawElements(GL_TRIANGLES, indexCount_, GL_UNSIGNED_INT, nullptr);
}

} // namespace glutea
