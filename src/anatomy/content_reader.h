// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Typed reading of one content document: every getter reports a missing field or a wrong type
// as a ContentProblem at the right line:column and returns a harmless default, so loading goes
// on and the author sees all problems of a file in one run.
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "anatomy/content.h"
#include "anatomy/json_source.h"

namespace glutea {

// Limits that keep a broken or hostile file from reaching the drawing and query code: no number
// in content is larger than this (seconds, repetitions, weights), and no length on a body is
// longer than kMaxBodyLengthCm. Text limits are characters (UTF-8 code points), far above the
// longest real entry (about 400), so that only a mistake hits them.
inline constexpr double kMaxContentNumber = 10000.0;
inline constexpr double kMaxBodyLengthCm = 200.0;
inline constexpr std::size_t kMaxTextCharacters = 4000;   // one language of a text
inline constexpr std::size_t kMaxStringCharacters = 1000; // ids, citations, list items

class ContentReader {
  public:
    using json = nlohmann::json;

    ContentReader(const JsonDocument& doc, std::vector<ContentProblem>& problems)
        : doc_(doc), problems_(problems) {}

    void problem(const std::string& pointer, std::string message);
    [[nodiscard]] ContentOrigin origin(const std::string& pointer) const {
        return {doc_.file, pointer};
    }

    // Reports "must be an object" and returns false when `value` is not one.
    bool expectObject(const json& value, const std::string& pointer);
    // Reports every key of `object` not in `allowed` (typos would otherwise be silently ignored).
    void allowKeys(const json& object, const std::string& pointer,
                   std::initializer_list<std::string_view> allowed);
    void allowKeys(const json& object, const std::string& pointer,
                   const std::vector<std::string_view>& allowed);

    // The field, or nullptr (reported when `required`).
    const json* field(const json& object, const std::string& pointer, std::string_view key,
                      bool required);

    std::string string(const json& object, const std::string& pointer, std::string_view key,
                       bool required = true);
    // A finite number > `above` (or >= when `inclusive`) and at most `atMost`.
    double number(const json& object, const std::string& pointer, std::string_view key,
                  bool required = true, double above = 0.0, bool inclusive = false,
                  double atMost = kMaxContentNumber);
    bool boolean(const json& object, const std::string& pointer, std::string_view key,
                 bool required = true);
    std::vector<std::string> stringList(const json& object, const std::string& pointer,
                                        std::string_view key, bool required = true);
    std::optional<Range> range(const json& object, const std::string& pointer, std::string_view key,
                               bool required = false);

    LocalizedText text(const json& object, const std::string& pointer, std::string_view key,
                       bool required = true);
    LocalizedText textValue(const json& value, const std::string& pointer);
    LocalizedList localizedList(const json& object, const std::string& pointer,
                                std::string_view key, bool required = true);
    std::vector<LocalizedText> textList(const json& object, const std::string& pointer,
                                        std::string_view key, bool required = true);

    Statement statement(const json& object, const std::string& pointer, std::string_view key,
                        bool required = true);
    Statement statementValue(const json& value, const std::string& pointer);
    std::vector<Statement> statementList(const json& object, const std::string& pointer,
                                         std::string_view key, bool required = true);

    Anchor anchorValue(const json& value, const std::string& pointer);
    Anchor anchor(const json& object, const std::string& pointer, std::string_view key);
    std::vector<Anchor> anchorList(const json& object, const std::string& pointer,
                                   std::string_view key, std::size_t minCount);
    Shape shapeValue(const json& value, const std::string& pointer);
    std::vector<Shape> shapeList(const json& object, const std::string& pointer,
                                 std::string_view key);

    // One of `options` by name; reports the allowed names otherwise.
    template <typename E>
    E choice(const json& object, const std::string& pointer, std::string_view key,
             const std::vector<std::pair<std::string_view, E>>& options, E fallback,
             bool required = true) {
        const std::string name = string(object, pointer, key, required);
        if (name.empty()) {
            return fallback;
        }
        for (const auto& [optionName, value] : options) {
            if (optionName == name) {
                return value;
            }
        }
        std::string allowed;
        for (const auto& option : options) {
            allowed += (allowed.empty() ? "" : ", ") + std::string(option.first);
        }
        problem(appendPointer(pointer, key), "\"" + std::string(key) + "\" must be one of " +
                                                 allowed + " (found \"" + name + "\")");
        return fallback;
    }

    // Calls f(item, itemPointer) for each element of the array `key` and returns the array, or
    // nullptr when it is missing (reported when `required`) or not an array (reported).
    template <typename F>
    const json* eachElement(const json& object, const std::string& pointer, std::string_view key,
                            bool required, F&& f) {
        const json* array = field(object, pointer, key, required);
        if (array == nullptr) {
            return nullptr;
        }
        const std::string arrayPointer = appendPointer(pointer, key);
        if (!array->is_array()) {
            wrongType(arrayPointer, key, "an array", *array);
            return nullptr;
        }
        for (std::size_t i = 0; i < array->size(); ++i) {
            f((*array)[i], appendPointer(arrayPointer, i));
        }
        return array;
    }

    // The array `key`, each element read by `read(value, pointer)`.
    template <typename T, typename Read>
    std::vector<T> listOf(const json& object, const std::string& pointer, std::string_view key,
                          bool required, Read&& read) {
        std::vector<T> out;
        eachElement(object, pointer, key, required, [&](const json& item, const std::string& at) {
            out.push_back(read(item, at));
        });
        return out;
    }

    // Calls f(item, itemPointer) for each object of the array `key`; reports non-objects.
    template <typename F>
    void eachObject(const json& object, const std::string& pointer, std::string_view key,
                    bool required, F&& f) {
        eachElement(object, pointer, key, required, [&](const json& item, const std::string& at) {
            if (expectObject(item, at)) {
                f(item, at);
            }
        });
    }

    void wrongType(const std::string& pointer, std::string_view key, std::string_view expected,
                   const json& found);

  private:
    const JsonDocument& doc_;
    std::vector<ContentProblem>& problems_;
};

// "en", "de", "pt-BR", "fil": a primary subtag of 2-3 lower-case letters and optional subtags.
bool isLanguageCode(std::string_view code);

// An anatomical direction by its name in the files (anatomy/content_names.h), if it is one.
std::optional<Direction> directionFromName(std::string_view name);

} // namespace glutea
