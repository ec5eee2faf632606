#pragma once
// A parsed JSON file that can say where any value came from, so problems are
// reported as file:line:column. nlohmann/json parses; a light scanner maps
// JSON pointers to byte offsets and finds duplicate keys, which nlohmann
// silently merges.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/Diagnostic.h"

namespace frontline {

class JsonDocument {
public:
    // Parses text; on malformed JSON adds an error with its location and returns nothing.
    static std::optional<JsonDocument> parse(std::string file, std::string text, Diagnostics& diags);

    const nlohmann::json& root() const { return root_; }
    const std::string& file() const { return file_; }
    const std::string& text() const { return text_; }

    // Location of the value at pointer, or of its nearest existing ancestor.
    SourceLocation locate(std::string_view pointer) const;
    SourceLocation locateOffset(size_t offset) const;

    void report(Diagnostics& diags, Severity severity, std::string_view pointer, std::string message) const;
    void error(Diagnostics& diags, std::string_view pointer, std::string message) const {
        report(diags, Severity::Error, pointer, std::move(message));
    }
    void warning(Diagnostics& diags, std::string_view pointer, std::string message) const {
        report(diags, Severity::Warning, pointer, std::move(message));
    }

    // One entry per value in document order: offsets only, so indexing stays cheap.
    struct ValueSpan {
        size_t offset = 0;    // where the value starts
        size_t keyOffset = 0; // where its key's text starts, after the quote (object members only)
        size_t keyLength = 0; // raw key text length, escapes included
        int parent = -1;
        int index = 0; // position among its siblings
    };

private:
    JsonDocument() = default;
    void index(Diagnostics& diags);
    std::string keyOf(const ValueSpan& span) const; // unescaped
    std::string pointerOf(int span) const;

    std::string file_;
    std::string text_;
    nlohmann::json root_;
    std::vector<ValueSpan> spans_;
};

// The reference tokens of a JSON pointer, unescaped ("/a~1b/0" -> "a/b", "0").
std::vector<std::string> pointerTokens(std::string_view pointer);

// Appends one reference token to a JSON pointer, escaping '~' and '/'.
std::string childPointer(std::string_view parent, std::string_view token);
std::string childPointer(std::string_view parent, size_t index);

// "string", "number", ... for messages such as "must be a string, got number".
const char* jsonTypeName(const nlohmann::json& value);

} // namespace frontline
