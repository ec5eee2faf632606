#include "common/JsonDocument.h"

namespace frontline {

namespace {

// Walks already-validated JSON text (nlohmann accepted it) recording where each
// value starts. It never needs to reject input, so it stays small.
class SpanScanner {
public:
    SpanScanner(const std::string& text, size_t start, std::vector<JsonDocument::ValueSpan>& spans, std::vector<int>& duplicates)
        : text_(text), spans_(spans), duplicates_(duplicates), pos_(start) {}

    void run() {
        skipSpace();
        value(-1, 0, 0, 0, 0);
    }

private:
    void skipSpace() {
        while (pos_ < text_.size()) {
            char c = text_[pos_];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
                ++pos_;
            else
                break;
        }
    }

    void skipString() {
        ++pos_;
        while (pos_ < text_.size() && text_[pos_] != '"') pos_ += text_[pos_] == '\\' ? 2 : 1;
        ++pos_;
    }

    void value(int parent, int index, size_t keyOffset, size_t keyLength, int depth) {
        int self = static_cast<int>(spans_.size());
        spans_.push_back({pos_, keyOffset, keyLength, parent, index});
        if (pos_ >= text_.size()) return;
        char c = text_[pos_];
        if (c == '{' || c == '[') {
            bool object = c == '{';
            char close = object ? '}' : ']';
            if (keys_.size() <= static_cast<size_t>(depth)) keys_.resize(static_cast<size_t>(depth) + 1);
            keys_[static_cast<size_t>(depth)].clear();
            ++pos_;
            skipSpace();
            int n = 0;
            while (pos_ < text_.size() && text_[pos_] != close) {
                size_t kOff = 0, kLen = 0;
                if (object) {
                    kOff = pos_ + 1;
                    skipString();
                    kLen = pos_ - 1 - kOff;
                    skipSpace();
                    ++pos_; // ':'
                    skipSpace();
                }
                int child = static_cast<int>(spans_.size());
                value(self, n++, kOff, kLen, depth + 1);
                if (object) {
                    // Objects here are small: a linear look at the earlier keys beats a set.
                    auto& seen = keys_[static_cast<size_t>(depth)];
                    std::string_view key(text_.data() + kOff, kLen);
                    for (auto k : seen) {
                        if (k == key) duplicates_.push_back(child);
                    }
                    seen.push_back(key);
                }
                skipSpace();
                if (pos_ < text_.size() && text_[pos_] == ',') ++pos_;
                skipSpace();
            }
            ++pos_;
        } else if (c == '"') {
            skipString();
        } else {
            while (pos_ < text_.size() && std::string_view(",]} \t\r\n").find(text_[pos_]) == std::string_view::npos) ++pos_;
        }
    }

    const std::string& text_;
    std::vector<JsonDocument::ValueSpan>& spans_;
    std::vector<int>& duplicates_;
    std::vector<std::vector<std::string_view>> keys_; // per depth, reused
    size_t pos_;
};

std::string unescapeToken(std::string_view token) {
    std::string out;
    for (size_t i = 0; i < token.size(); ++i) {
        if (token[i] == '~' && i + 1 < token.size()) {
            out += token[i + 1] == '1' ? '/' : '~';
            ++i;
        } else {
            out += token[i];
        }
    }
    return out;
}

// nlohmann's messages start "[json.exception.parse_error.101] parse error at line 3, column 5: ".
std::string parseErrorText(const std::string& what) {
    auto colon = what.find(": ", what.find("column"));
    std::string text = colon == std::string::npos ? what : what.substr(colon + 2);
    return text;
}

} // namespace

std::string childPointer(std::string_view parent, std::string_view token) {
    std::string out(parent);
    out += '/';
    for (char c : token) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

std::string childPointer(std::string_view parent, size_t index) { return std::string(parent) + '/' + std::to_string(index); }

const char* jsonTypeName(const nlohmann::json& value) {
    switch (value.type()) {
    case nlohmann::json::value_t::null: return "null";
    case nlohmann::json::value_t::object: return "object";
    case nlohmann::json::value_t::array: return "array";
    case nlohmann::json::value_t::string: return "string";
    case nlohmann::json::value_t::boolean: return "boolean";
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned: return "integer";
    case nlohmann::json::value_t::number_float: return "number";
    default: return "value";
    }
}

std::optional<JsonDocument> JsonDocument::parse(std::string file, std::string text, Diagnostics& diags) {
    JsonDocument doc;
    doc.file_ = std::move(file);
    doc.text_ = std::move(text);
    try {
        doc.root_ = nlohmann::json::parse(doc.text_);
    } catch (const nlohmann::json::parse_error& e) {
        size_t offset = e.byte > 0 ? e.byte - 1 : 0;
        if (offset > doc.text_.size()) offset = doc.text_.size();
        diags.add({Severity::Error, doc.locateOffset(offset), "malformed JSON: " + parseErrorText(e.what()), {}});
        return std::nullopt;
    } catch (const nlohmann::json::exception& e) {
        // e.g. a number too large for a double; nlohmann gives no position for these.
        std::string what = e.what();
        auto bracket = what.find("] ");
        diags.add(
            {Severity::Error, {doc.file_}, "malformed JSON: " + (bracket == std::string::npos ? what : what.substr(bracket + 2)), {}});
        return std::nullopt;
    }
    doc.index(diags);
    return doc;
}

void JsonDocument::index(Diagnostics& diags) {
    std::vector<int> duplicates;
    size_t start = text_.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0; // nlohmann skips a UTF-8 BOM too
    SpanScanner(text_, start, spans_, duplicates).run();
    for (int span : duplicates) {
        std::string key = keyOf(spans_[static_cast<size_t>(span)]);
        diags.add({Severity::Error, locateOffset(spans_[static_cast<size_t>(span)].keyOffset - 1),
                   "duplicate key '" + key + "' (the earlier value would be ignored)", pointerOf(span)});
    }
}

std::string JsonDocument::keyOf(const ValueSpan& span) const {
    std::string raw = text_.substr(span.keyOffset, span.keyLength);
    if (raw.find('\\') == std::string::npos) return raw;
    try {
        return nlohmann::json::parse("\"" + raw + "\"").get<std::string>();
    } catch (const nlohmann::json::exception&) {
        return raw;
    }
}

std::string JsonDocument::pointerOf(int span) const {
    std::string pointer;
    for (int i = span; i >= 0 && spans_[static_cast<size_t>(i)].parent >= 0; i = spans_[static_cast<size_t>(i)].parent) {
        const auto& s = spans_[static_cast<size_t>(i)];
        bool inArray = text_[spans_[static_cast<size_t>(s.parent)].offset] == '[';
        pointer = (inArray ? childPointer("", static_cast<size_t>(s.index)) : childPointer("", keyOf(s))) + pointer;
    }
    return pointer;
}

SourceLocation JsonDocument::locateOffset(size_t offset) const {
    SourceLocation loc{file_, 1, 1};
    size_t lineStart = 0;
    if (offset > text_.size()) offset = text_.size();
    for (size_t i = 0; i < offset; ++i) {
        if (text_[i] == '\n') {
            ++loc.line;
            lineStart = i + 1;
        }
    }
    int column = 1;
    for (size_t i = lineStart; i < offset; ++i) {
        // Count UTF-8 lead bytes only, so a Chinese character is one column.
        if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;
    }
    loc.column = column;
    return loc;
}

std::vector<std::string> pointerTokens(std::string_view pointer) {
    std::vector<std::string> out;
    size_t pos = 0;
    while (pos < pointer.size() && pointer[pos] == '/') {
        const size_t next = pointer.find('/', pos + 1);
        out.push_back(unescapeToken(pointer.substr(pos + 1, next == std::string_view::npos ? std::string_view::npos : next - pos - 1)));
        if (next == std::string_view::npos) break;
        pos = next;
    }
    return out;
}

SourceLocation JsonDocument::locate(std::string_view pointer) const {
    if (spans_.empty()) return {file_, 1, 1};
    int current = 0;
    for (const std::string& token : pointerTokens(pointer)) {
        bool isArray = text_[spans_[static_cast<size_t>(current)].offset] == '[';
        // Only error reporting comes here, so a scan for the child is fine.
        int found = -1;
        for (size_t i = static_cast<size_t>(current) + 1; i < spans_.size() && found < 0; ++i) {
            const auto& s = spans_[i];
            if (s.parent != current) continue;
            bool match = isArray ? token == std::to_string(s.index) : keyOf(s) == token;
            if (match) found = static_cast<int>(i);
        }
        if (found < 0) break;
        current = found;
    }
    return locateOffset(spans_[static_cast<size_t>(current)].offset);
}

void JsonDocument::report(Diagnostics& diags, Severity severity, std::string_view pointer, std::string message) const {
    diags.add({severity, locate(pointer), std::move(message), std::string(pointer)});
}

} // namespace frontline
