// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// GLSL programs, from the embedded copies or from a folder on disk (--shader-dir, for live edits).
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include <epoxy/gl.h>
#include <glm/glm.hpp>

namespace glutea {

class ShaderSource {
  public:
    // Empty dir: the embedded shaders.
    explicit ShaderSource(std::optional<std::filesystem::path> dir = std::nullopt)
        : dir_(std::move(dir)) {}
    // The file with its `#include "other"` lines replaced by those files. Throws glutea::Error.
    std::string load(const std::string& name) const;

  private:
    std::string loadFile(const std::string& name) const;
    std::optional<std::filesystem::path> dir_;
};

class ShaderProgram {
  public:
    // `defines` ("#define X\n" lines) go right after each stage's #version line: one file, two
    // variants.
    ShaderProgram(const ShaderSource& source, const std::string& vertex,
                  const std::string& fragment, const std::string& defines = "");
    ~ShaderProgram();
    ShaderProgram(const ShaderProgram&) = delete;
    ShaderProgram& operator=(const ShaderProgram&) = delete;

    void use() const { glUseProgram(program_); }
    void set(const char* name, float v) const;
    void setInt(const char* name, int v) const;
    void set(const char* name, const glm::vec3& v) const;
    void set(const char* name, const glm::mat3& m) const;
    void set(const char* name, const glm::mat4& m) const;

  private:
    GLint location(const char* name) const;
    // Heterogeneous lookup: a name is found without building a std::string.
    struct NameHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const {
            return std::hash<std::string_view>{}(s);
        }
    };
    GLuint program_ = 0;
    std::unordered_map<std::string, GLint, NameHash, std::equal_to<>> locations_;
};

// Throws glutea::Error naming `what` if OpenGL reports an error.
void checkGl(const char* what);

} // namespace glutea
