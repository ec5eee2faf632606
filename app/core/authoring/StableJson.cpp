#include "authoring/StableJson.h"

#include "common/JsonDocument.h"

namespace frontline {

namespace {

using Json = nlohmann::ordered_json;

// Columns as an editor shows them: one per Unicode character (as diagnostics count).
size_t columns(const std::string& text) {
    size_t n = 0;
    for (unsigned char c : text) {
        if ((c & 0xC0) != 0x80) ++n;
    }
    return n;
}

std::string scalar(const Json& value) { return value.dump(-1, ' ', false, Json::error_handler_t::strict); }

bool holdsContainer(const Json& value) {
    for (const auto& item : value) {
        if (item.is_structured()) return true;
    }
    return false;
}

// {"a": 1, "b": [2, 3]} style, for values whose members are all scalars.
std::string oneLine(const Json& value) {
    if (!value.is_structured()) return scalar(value);
    std::string out(1, value.is_object() ? '{' : '[');
    bool first = true;
    for (auto it = value.begin(); it != value.end(); ++it) {
        if (!first) out += ", ";
        first = false;
        if (value.is_object()) out += scalar(Json(it.key())) + ": ";
        out += oneLine(it.value());
    }
    out += value.is_object() ? '}' : ']';
    return out;
}

// Appends value, whose first line already holds `lead` columns (indent, key, ...);
// `tail` is what follows it on its last line (a comma or nothing).
void write(const Json& value, size_t indent, size_t lead, size_t tail, std::string& out) {
    if (!value.is_structured() || value.empty()) {
        out += value.is_structured() ? (value.is_object() ? "{}" : "[]") : scalar(value);
        return;
    }
    if (!holdsContainer(value)) {
        std::string line = oneLine(value);
        if (lead + columns(line) + tail <= kStableJsonWidth) {
            out += line;
            return;
        }
    }
    const std::string pad(indent + 2, ' ');
    out += value.is_object() ? "{\n" : "[\n";
    size_t i = 0;
    for (auto it = value.begin(); it != value.end(); ++it, ++i) {
        const bool last = i + 1 == value.size();
        out += pad;
        size_t itemLead = pad.size();
        if (value.is_object()) {
            std::string key = scalar(Json(it.key())) + ": ";
            out += key;
            itemLead += columns(key);
        }
        write(it.value(), indent + 2, itemLead, last ? 0 : 1, out);
        out += last ? "\n" : ",\n";
    }
    out += std::string(indent, ' ');
    out += value.is_object() ? '}' : ']';
}

} // namespace

std::string writeStableJson(const nlohmann::ordered_json& value) {
    std::string out;
    write(value, 0, 0, 0, out);
    out += '\n';
    return out;
}

Result<nlohmann::ordered_json> parseOrderedJson(const std::string& file, const std::string& text) {
    // JsonDocument gives the location of a syntax error; the value itself is parsed again in order.
    Diagnostics diags;
    if (!JsonDocument::parse(file, text, diags)) {
        const Diagnostic& d = diags.items().front();
        return makeError(d.message, d.where);
    }
    try {
        return Json::parse(text);
    } catch (const nlohmann::json::exception& e) {
        return makeError(std::string("malformed JSON: ") + e.what(), {file});
    }
}

} // namespace frontline
