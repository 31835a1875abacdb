// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "anatomy/content_reader.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <sstream>

#include "anatomy/content_names.h"

namespace glutea {
namespace {

std::string article(std::string_view typeName) {
    const bool vowel =
        !typeName.empty() && std::string_view("aeiou").find(typeName[0]) != std::string_view::npos;
    return std::string(vowel ? "an " : "a ") + std::string(typeName);
}

} // namespace

// "en", "de", "pt-BR", "fil": a primary subtag of 2-3 letters and optional subtags.
bool isLanguageCode(std::string_view code) {
    const auto dash = code.find('-');
    const std::string_view primary = code.substr(0, dash);
    if (primary.size() < 2 || primary.size() > 3) {
        return false;
    }
    if (!std::all_of(primary.begin(), primary.end(),
                     [](char c) { return std::islower(static_cast<unsigned char>(c)) != 0; })) {
        return false;
    }
    if (dash == std::string_view::npos) {
        return true;
    }
    const std::string_view rest = code.substr(dash + 1);
    return !rest.empty() && std::all_of(rest.begin(), rest.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-';
    });
}

namespace {

std::size_t characterCount(std::string_view text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0u) != 0x80u;
    }));
}

// 200, 0.5, 1e+308: the shortest form, as an author would write it.
std::string formatNumber(double value) {
    std::ostringstream out;
    out << value;
    return out.str();
}

} // namespace

std::optional<Direction> directionFromName(std::string_view name) {
    for (const auto& [n, d] : directionNames()) {
        if (n == name) {
            return d;
        }
    }
    return std::nullopt;
}

void ContentReader::problem(const std::string& pointer, std::string message) {
    problems_.push_back({doc_.file, doc_.locations.find(pointer), std::move(message), pointer});
}

void ContentReader::wrongType(const std::string& pointer, std::string_view key,
                              std::string_view expected, const json& found) {
    const std::string name = key.empty() ? std::string("value") : "\"" + std::string(key) + "\"";
    problem(pointer,
            name + " must be " + std::string(expected) + ", not " + article(found.type_name()));
}

bool ContentReader::expectObject(const json& value, const std::string& pointer) {
    if (value.is_object()) {
        return true;
    }
    wrongType(pointer, "", "an object", value);
    return false;
}

void ContentReader::allowKeys(const json& object, const std::string& pointer,
                              std::initializer_list<std::string_view> allowed) {
    allowKeys(object, pointer, std::vector<std::string_view>(allowed));
}

void ContentReader::allowKeys(const json& object, const std::string& pointer,
                              const std::vector<std::string_view>& allowed) {
    if (!object.is_object()) {
        return; // its type is reported by whoever expected an object
    }
    for (const auto& item : object.items()) {
        if (std::find(allowed.begin(), allowed.end(), item.key()) == allowed.end()) {
            problem(appendPointer(pointer, item.key()), unknownKeyMessage(item.key(), allowed));
        }
    }
}

const nlohmann::json* ContentReader::field(const json& object, const std::string& pointer,
                                           std::string_view key, bool required) {
    if (!object.is_object()) {
        return nullptr;
    }
    auto it = object.find(std::string(key));
    if (it == object.end()) {
        if (required) {
            problem(pointer, "missing required field \"" + std::string(key) + "\"");
        }
        return nullptr;
    }
    return &*it;
}

std::string ContentReader::string(const json& object, const std::string& pointer,
                                  std::string_view key, bool required) {
    const json* value = field(object, pointer, key, required);
    if (value == nullptr) {
        return {};
    }
    if (!value->is_string()) {
        wrongType(appendPointer(pointer, key), key, "a string", *value);
        return {};
    }
    std::string out = value->get<std::string>();
    if (out.empty() && required) {
        problem(appendPointer(pointer, key), "\"" + std::string(key) + "\" must not be empty");
    }
    if (characterCount(out) > kMaxStringCharacters) {
        problem(appendPointer(pointer, key),
                "\"" + std::string(key) + "\" is " + std::to_string(characterCount(out)) +
                    " characters long; the limit is " + std::to_string(kMaxStringCharacters));
        return {};
    }
    return out;
}

double ContentReader::number(const json& object, const std::string& pointer, std::string_view key,
                             bool required, double above, bool inclusive, double atMost) {
    const json* value = field(object, pointer, key, required);
    if (value == nullptr) {
        return 0.0;
    }
    if (!value->is_number()) {
        wrongType(appendPointer(pointer, key), key, "a number", *value);
        return 0.0;
    }
    const double out = value->get<double>();
    if (!std::isfinite(out) || out > atMost) {
        problem(appendPointer(pointer, key),
                "\"" + std::string(key) + "\" must be at most " + formatNumber(atMost) +
                    " (found " +
                    (std::isfinite(out) ? formatNumber(out) : std::string("infinity")) + ")");
        return 0.0; // a harmless value: never let a huge number reach geometry or queries
    }
    if (inclusive ? out < above : out <= above) {
        problem(appendPointer(pointer, key), "\"" + std::string(key) + "\" must be " +
                                                 (inclusive ? "at least " : "greater than ") +
                                                 formatNumber(above));
    }
    return out;
}

bool ContentReader::boolean(const json& object, const std::string& pointer, std::string_view key,
                            bool required) {
    const json* value = field(object, pointer, key, required);
    if (value == nullptr) {
        return false;
    }
    if (!value->is_boolean()) {
        wrongType(appendPointer(pointer, key), key, "a boolean", *value);
        return false;
    }
    return value->get<bool>();
}

std::vector<std::string> ContentReader::stringList(const json& object, const std::string& pointer,
                                                   std::string_view key, bool required) {
    std::vector<std::string> out;
    eachElement(object, pointer, key, required, [&](const json& v, const std::string& at) {
        if (v.is_string() &&
            characterCount(v.get_ref<const std::string&>()) > kMaxStringCharacters) {
            problem(at, "the item is " + std::to_string(characterCount(v.get<std::string>())) +
                            " characters long; the limit is " +
                            std::to_string(kMaxStringCharacters));
        } else if (v.is_string()) {
            out.push_back(v.get<std::string>());
        } else {
            wrongType(at, "", "a string", v);
        }
    });
    return out;
}

std::optional<Range> ContentReader::range(const json& object, const std::string& pointer,
                                          std::string_view key, bool required) {
    const json* value = field(object, pointer, key, required);
    if (value == nullptr) {
        return std::nullopt;
    }
    const std::string rangePointer = appendPointer(pointer, key);
    if (!value->is_array() || value->size() != 2 || !(*value)[0].is_number() ||
        !(*value)[1].is_number()) {
        problem(rangePointer, "\"" + std::string(key) + "\" must be [min, max], two numbers");
        return std::nullopt;
    }
    Range out{(*value)[0].get<double>(), (*value)[1].get<double>()};
    if (!std::isfinite(out.min) || !std::isfinite(out.max) || out.max > kMaxContentNumber) {
        problem(rangePointer,
                "\"" + std::string(key) + "\" must be at most " + formatNumber(kMaxContentNumber));
        return std::nullopt;
    }
    if (out.min <= 0.0 || out.max < out.min) {
        problem(rangePointer, "\"" + std::string(key) + "\" must satisfy 0 < min <= max");
    }
    return out;
}

LocalizedText ContentReader::textValue(const json& value, const std::string& pointer) {
    LocalizedText out;
    if (!expectObject(value, pointer)) {
        return out;
    }
    for (const auto& item : value.items()) {
        const std::string itemPointer = appendPointer(pointer, item.key());
        if (!isLanguageCode(item.key())) {
            problem(itemPointer, "\"" + item.key() + "\" is not a language code such as \"en\"");
        } else if (!item.value().is_string()) {
            wrongType(itemPointer, item.key(), "a string", item.value());
        } else if (item.value().get<std::string>().empty()) {
            problem(itemPointer, "\"" + item.key() + "\" must not be empty");
        } else if (const std::size_t n = characterCount(item.value().get<std::string>());
                   n > kMaxTextCharacters) {
            problem(itemPointer,
                    "the text is " + std::to_string(n) + " characters long; the limit is " +
                        std::to_string(kMaxTextCharacters) + " (split it, or shorten it)");
        } else {
            out.byLanguage[item.key()] = item.value().get<std::string>();
        }
    }
    if (!value.contains("en")) {
        problem(pointer, "missing required field \"en\": English is the fallback language");
    }
    return out;
}

LocalizedText ContentReader::text(const json& object, const std::string& pointer,
                                  std::string_view key, bool required) {
    const json* value = field(object, pointer, key, required);
    return value == nullptr ? LocalizedText{} : textValue(*value, appendPointer(pointer, key));
}

LocalizedList ContentReader::localizedList(const json& object, const std::string& pointer,
                                           std::string_view key, bool required) {
    LocalizedList out;
    const json* value = field(object, pointer, key, required);
    if (value == nullptr) {
        return out;
    }
    const std::string listPointer = appendPointer(pointer, key);
    if (!expectObject(*value, listPointer)) {
        return out;
    }
    for (const auto& item : value->items()) {
        if (!isLanguageCode(item.key())) {
            problem(appendPointer(listPointer, item.key()),
                    "\"" + item.key() + "\" is not a language code such as \"en\"");
            continue;
        }
        out.byLanguage[item.key()] = stringList(*value, listPointer, item.key());
    }
    return out;
}

std::vector<LocalizedText> ContentReader::textList(const json& object, const std::string& pointer,
                                                   std::string_view key, bool required) {
    return listOf<LocalizedText>(
        object, pointer, key, required,
        [&](const json& v, const std::string& at) { return textValue(v, at); });
}

Statement ContentReader::statementValue(const json& value, const std::string& pointer) {
    Statement out;
    out.origin = origin(pointer);
    if (!expectObject(value, pointer)) {
        return out;
    }
    allowKeys(value, pointer, {"text", "source", "evidence"});
    out.text = text(value, pointer, "text");
    out.source = string(value, pointer, "source");
    out.evidence = choice(value, pointer, "evidence", evidenceNames(), Evidence::Anatomy);
    return out;
}

Statement ContentReader::statement(const json& object, const std::string& pointer,
                                   std::string_view key, bool required) {
    const json* value = field(object, pointer, key, required);
    if (value == nullptr) {
        Statement empty;
        empty.origin = origin(pointer);
        return empty;
    }
    return statementValue(*value, appendPointer(pointer, key));
}

std::vector<Statement> ContentReader::statementList(const json& object, const std::string& pointer,
                                                    std::string_view key, bool required) {
    return listOf<Statement>(
        object, pointer, key, required,
        [&](const json& v, const std::string& at) { return statementValue(v, at); });
}

} // namespace glutea
