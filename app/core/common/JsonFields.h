#pragma once
// Reads the fields of one JSON object with type checks, recording every
// problem (missing, mistyped, out of range, unknown key) as a diagnostic at the
// field's location instead of throwing.
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

#include "common/JsonDocument.h"

namespace frontline {

enum class Need { Required, Optional };

class JsonFields {
public:
    JsonFields(const JsonDocument& doc, const nlohmann::json& object, std::string pointer, Diagnostics& diags);

    // False (and an error reported) when the value is not an object.
    bool isObject() const { return object_ != nullptr; }
    const std::string& pointer() const { return pointer_; }
    std::string pointerOf(const std::string& key) const { return childPointer(pointer_, key); }
    bool has(const std::string& key) const;

    std::optional<std::string> text(const std::string& key, Need need);
    std::optional<std::string> id(const std::string& key, Need need);
    std::optional<std::string> oneOf(const std::string& key, Need need, const std::vector<std::string>& allowed);
    std::optional<int> integer(const std::string& key, Need need, int min, int max);
    std::optional<double> number(const std::string& key, Need need, double min, double max);
    std::optional<bool> boolean(const std::string& key, Need need);
    // The array or object itself, or nullptr when missing or mistyped.
    const nlohmann::json* array(const std::string& key, Need need);
    const nlohmann::json* object(const std::string& key, Need need);
    // An array of non-empty strings; nullopt when missing or mistyped. Bad items are reported and skipped.
    std::optional<std::vector<std::string>> textList(const std::string& key, Need need, size_t minItems);

    // Warns about keys not in the list, to catch typos such as "modle_answers".
    void warnUnknown(std::initializer_list<const char*> known);

    void error(const std::string& key, std::string message);

private:
    const nlohmann::json* get(const std::string& key, Need need);
    const std::string* string(const std::string& key, Need need); // type-checked, may be blank
    void typeError(const std::string& key, const char* expected, const nlohmann::json& got);

    const JsonDocument& doc_;
    const nlohmann::json* object_;
    std::string pointer_;
    Diagnostics& diags_;
};

// Checks a value against the id rule of scenarios/FORMAT.md.
bool isValidId(const std::string& id);
// A string that is not empty after trimming white space (including U+3000).
bool isBlankText(const std::string& text);

} // namespace frontline
