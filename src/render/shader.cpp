// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "render/shader.h"

#include <fstream>
#include <sstream>

#include <glm/gtc/type_ptr.hpp>

#include "base/error.h"
#include "render/embedded_shaders.h"

namespace glutea {

std::string ShaderSource::load(const std::string& name) const {
    // `#include "file"` lines (GLSL has none of its own) are replaced by that file, once over: one
    // lighting function for the fragment and the vertex stage.
    std::istringstream lines(loadFile(name));
    std::string out, line;
    while (std::getline(lines, line)) {
        const std::string directive = "#include \"";
        if (line.rfind(directive, 0) == 0 && line.size() > directive.size() && line.back() == '"') {
            out += loadFile(line.substr(directive.size(), line.size() - directive.size() - 1));
        } else {
            out += line + "\n";
        }
    }
    return out;
}

std::string ShaderSource::loadFile(const std::string& name) const {
    if (dir_) {
        const auto path = *dir_ / name;
        std::ifstream in(path);
        if (!in) {
            throw Error(path.string() + ": cannot open shader");
        }
        std::ostringstream text;
        text << in.rdbuf();
        return text.str();
    }
    const auto& shaders = embeddedShaders();
    auto it = shaders.find(name);
    if (it == shaders.end()) {
        throw Error("no embedded shader named " + name);
    }
    return it->second;
}

namespace {
std::string withDefines(std::string text, const std::string& defines) {
    if (defines.empty()) {
        return text;
    }
    const auto eol = text.find('\n');
    return eol == std::string::npos ? text + "\n" + defines : text.insert(eol + 1, defines);
}

GLuint compile(GLenum type, const std::string& text, const std::string& name) {
    GLuint shader = glCreateShader(type);
    const char* src = text.c_str();
    glShaderSource(shader, 1, &src, nullptr);
    glCompileShader(shader);
    GLint ok = 0;
    glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
    if (!ok) {
        char log[4096] = {};
        glGetShaderInfoLog(shader, sizeof log, nullptr, log);
        glDeleteShader(shader);
        throw Error(name + ": shader does not compile:\n" + log);
    }
    return shader;
}
} // namespace

ShaderProgram::ShaderProgram(const ShaderSource& source, const std::string& vertex,
                             const std::string& fragment, const std::string& defines) {
    GLuint vs = compile(GL_VERTEX_SHADER, withDefines(source.load(vertex), defines), vertex);
    GLuint fs = 0;
    try {
        fs = compile(GL_FRAGMENT_SHADER, withDefines(source.load(fragment), defines), fragment);
    } catch (...) {
        glDeleteShader(vs);
        throw;
    }
    program_ = glCreateProgram();
    glAttachShader(program_, vs);
    glAttachShader(program_, fs);
    glLinkProgram(program_);
    glDeleteShader(vs);
    glDeleteShader(fs);
    GLint ok = 0;
    glGetProgramiv(program_, GL_LINK_STATUS, &ok);
    if (!ok) {
        char log[4096] = {};
        glGetProgramInfoLog(program_, sizeof log, nullptr, log);
        glDeleteProgram(program_);
        throw Error(vertex + " + " + fragment + ": program does not link:\n" + log);
    }
    // Every active uniform's location, once: setting a uniform is then a lookup here, not a
    // query of the driver per part per frame.
    GLint count = 0;
    glGetProgramiv(program_, GL_ACTIVE_UNIFORMS, &count);
    for (GLint i = 0; i < count; ++i) {
        char name[256] = {};
        GLsizei length = 0;
        GLint size = 0;
        GLenum type = 0;
        glGetActiveUniform(program_, static_cast<GLuint>(i), sizeof name, &length, &size, &type,
                           name);
        std::string key(name, static_cast<std::size_t>(length));
        if (const auto bracket = key.find('['); bracket != std::string::npos) {
            key.resize(bracket); // an array: its bare name, and each element's "name[i]"
            for (GLint e = 0; e < size; ++e) {
                const std::string element = key + "[" + std::to_string(e) + "]";
                locations_.emplace(element, glGetUniformLocation(program_, element.c_str()));
            }
        }
        locations_.emplace(key, glGetUniformLocation(program_, key.c_str()));
    }
}

GLint ShaderProgram::location(const char* name) const {
    const auto it = locations_.find(std::string_view(name));
    return it == locations_.end() ? -1 : it->second; // -1: not in this variant, ignored by GL
}

ShaderProgram::~ShaderProgram() {
    glDeleteProgram(program_);
}

void ShaderProgram::set(const char* name, float v) const {
    glUniform1f(location(name), v);
}
void ShaderProgram::setInt(const char* name, int v) const {
    glUniform1i(location(name), v);
}
void ShaderProgram::set(const char* name, const glm::vec3& v) const {
    glUniform3fv(location(name), 1, glm::value_ptr(v));
}
void ShaderProgram::set(const char* name, const glm::mat3& m) const {
    glUniformMatrix3fv(location(name), 1, GL_FALSE, &m[0][0]);
}

void ShaderProgram::set(const char* name, const glm::mat4& m) const {
    glUniformMatrix4fv(location(name), 1, GL_FALSE, glm::value_ptr(m));
}

void checkGl(const char* what) {
    const GLenum err = glGetError();
    if (err != GL_NO_ERROR) {
        throw Error(std::string("OpenGL error 0x") +
                    [&] {
                        char hex[16];
                        std::snprintf(hex, sizeof hex, "%04X", err);
                        return std::string(hex);
                    }() +
                    " in " + what);
    }
}

} // namespace glutea
