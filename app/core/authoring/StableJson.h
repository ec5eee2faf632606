#pragma once
// The one pretty format of pack files, so an edit of one field is a one-line
// diff: 2-space indent, keys in the document's own order, UTF-8 unescaped; an
// array or object holding no array or object is written on one line when that
// line fits in kStableJsonWidth columns, otherwise one member per line; a
// trailing newline. Writing is deterministic and parse(write(x)) == x.
#include <nlohmann/json.hpp>
#include <string>

#include "common/Result.h"

namespace frontline {

constexpr size_t kStableJsonWidth = 120;

std::string writeStableJson(const nlohmann::ordered_json& value);

// Parses JSON text keeping the order of keys; the error names file:line:column.
Result<nlohmann::ordered_json> parseOrderedJson(const std::string& file, const std::string& text);

} // namespace frontline
