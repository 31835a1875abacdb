#include "anatomy/json_util.h"

#include <fstream>
#include <sstream>

#include "base/error.h"

namespace glutea {

using nlohmann::json;

namespace {
std::string typeName(const json& value) {
    return value.is_null() ? "null" : std::string(value.type_name());
}

// nlohmann reports a byte offset; people want a line and a column.
std::pair<std::size_t, std::size_t> lineColumn(const std::string& text, std::size_t offset) {
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}
} // namespace

json parseJsonFile(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        throw Error(file.string() + ": cannot open file");
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    const std::string text = buffer.str();
    try {
        return json::parse(text);
    } catch (const json::parse_error& e) {
        const std::size_t offset = e.byte > 0 ? e.byte - 1 : 0;
        const auto [line, column] = lineColumn(text, offset);
        std::string what = e.what();
        // Drop nlohmann's "[json.exception.parse_error.101] parse error at line 1, column 2: ".
        if (auto pos = what.find(": "); pos != std::string::npos) {
            what = what.substr(pos + 2);
        }
        throw Error(file.string() + ":" + std::to_string(line) + ":" + std::to_string(column) +
                    ": " + what);
    }
}

void JsonReader::problem(const std::string& pointer, const std::string& message) {
    problems_.push_back(file_.string() + ": " + (pointer.empty() ? "/" : pointer) + ": " + message);
}

std::string JsonReader::string(const json& object, const char* key, const std::string& at) {
    if (!object.contains(key)) {
        problem(at, std::string("missing field \"") + key + "\" (a string)");
        return {};
    }
    const json& value = object[key];
    if (!value.is_string()) {
        problem(at + "/" + key, "expected a string, got " + typeName(value));
        return {};
    }
    return value.get<std::string>();
}

std::string JsonReader::optionalString(const json& object, const char* key, const std::string& at,
                                       const std::string& fallback) {
    if (!object.contains(key)) {
        return fallback;
    }
    return string(object, key, at);
}

const json* JsonReader::array(const json& object, const char* key, const std::string& at) {
    if (!object.contains(key)) {
        problem(at, std::string("missing field \"") + key + "\" (an array)");
        return nullptr;
    }
    const json& value = object[key];
    if (!value.is_array()) {
        problem(at + "/" + key, "expected an array, got " + typeName(value));
        return nullptr;
    }
    return &value;
}

void JsonReader::throwIfProblems() const {
    if (problems_.empty()) {
        return;
    }
    std::string message;
    for (const auto& p : problems_) {
        message += (message.empty() ? "" : "\n") + p;
    }
    throw Error(message);
}

} // namespace glutea
