#pragma once
// Small helpers to read JSON files with errors that name the file and the place.
#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace glutea {

// Parses a JSON file. Throws glutea::Error: "FILE: cannot open", "FILE:LINE:COLUMN: syntax
// error...".
nlohmann::json parseJsonFile(const std::filesystem::path& file);

// Reads fields and collects every problem as "FILE: /json/pointer: message".
class JsonReader {
  public:
    explicit JsonReader(std::filesystem::path file) : file_(std::move(file)) {}

    void problem(const std::string& pointer, const std::string& message);
    // Required string field; records a problem and returns "" when missing or not a string.
    std::string string(const nlohmann::json& object, const char* key, const std::string& at);
    std::string optionalString(const nlohmann::json& object, const char* key, const std::string& at,
                               const std::string& fallback);
    // Required array field; nullptr (and a problem) when missing or of another type.
    const nlohmann::json* array(const nlohmann::json& object, const char* key,
                                const std::string& at);

    const std::vector<std::string>& problems() const { return problems_; }
    // Throws one glutea::Error whose message lists every problem, one a line.
    void throwIfProblems() const;

  private:
    std::filesystem::path file_;
    std::vector<std::string> problems_;
};

} // namespace glutea
