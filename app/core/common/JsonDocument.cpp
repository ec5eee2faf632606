#include "common/JsonDocument.h"

#include <set>

namespace frontline {

namespace {

// Walks already-validated JSON text (nlohmann accepted it) recording where each
// value starts. It never needs to reject input, so it stays small.
class SpanScanner {
public:
    SpanScanner(const std::string& text, std::vector<JsonDocument::ValueSpan>& spans,
                std::vector<std::pair<int, size_t>>& duplicates)
        : text_(text), spans_(spans), duplicates_(duplicates) {}

    void run() {
        skipSpace();
        value(-1, {}, 0);
    }

private:
    void skipSpace() {
        while (pos_ < text_.size()) {
            char c = text_[pos_];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') ++pos_;
            else break;
        }
    }

    std::string readString() {
        std::string out;
        ++pos_; // opening quote
        while (pos_ < text_.size() && text_[pos_] != '"') {
            if (text_[pos_] == '\\' && pos_ + 1 < text_.size()) {
                char e = text_[pos_ + 1];
                switch (e) {
                case 'n': out += '\n'; break;
                case 't': out += '\t'; break;
                case 'r': out += '\r'; break;
                case 'b': out += '\b'; break;
                case 'f': out += '\f'; break;
                case 'u': out += "\\u" + text_.substr(pos_ + 2, 4); pos_ += 4; break; // rare in keys; kept verbatim
                default: out += e;
                }
                pos_ += 2;
            } else {
                out += text_[pos_++];
            }
        }
        ++pos_; // closing quote
        return out;
    }

    int value(int parent, std::string key, size_t keyOffset) {
        int self = static_cast<int>(spans_.size());
        spans_.push_back({pos_, keyOffset, std::move(key), parent, {}});
        if (parent >= 0) spans_[parent].children.push_back(self);
        if (pos_ >= text_.size()) return self;
        char c = text_[pos_];
        if (c == '{') {
            ++pos_;
            std::set<std::string> seen;
            skipSpace();
            while (pos_ < text_.size() && text_[pos_] != '}') {
                size_t kOff = pos_;
                std::string k = readString();
                skipSpace();
                ++pos_; // ':'
                skipSpace();
                int child = value(self, k, kOff);
                if (!seen.insert(k).second) duplicates_.push_back({child, kOff});
                skipSpace();
                if (pos_ < text_.size() && text_[pos_] == ',') ++pos_;
                skipSpace();
            }
            ++pos_;
        } else if (c == '[') {
            ++pos_;
            skipSpace();
            while (pos_ < text_.size() && text_[pos_] != ']') {
                value(self, {}, 0);
                skipSpace();
                if (pos_ < text_.size() && text_[pos_] == ',') ++pos_;
                skipSpace();
            }
            ++pos_;
        } else if (c == '"') {
            readString();
        } else {
            while (pos_ < text_.size() && std::string_view(",]} \t\r\n").find(text_[pos_]) == std::string_view::npos) ++pos_;
        }
        return self;
    }

    const std::string& text_;
    std::vector<JsonDocument::ValueSpan>& spans_;
    std::vector<std::pair<int, size_t>>& duplicates_;
    size_t pos_ = 0;
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
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

std::string childPointer(std::string_view parent, size_t index) {
    return std::string(parent) + '/' + std::to_string(index);
}

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
        diags.add({Severity::Error, {doc.file_}, "malformed JSON: " + (bracket == std::string::npos ? what : what.substr(bracket + 2)), {}});
        return std::nullopt;
    }
    doc.index(diags);
    return doc;
}

void JsonDocument::index(Diagnostics& diags) {
    std::vector<std::pair<int, size_t>> duplicates;
    size_t start = 0;
    if (text_.compare(0, 3, "\xEF\xBB\xBF") == 0) start = 3; // nlohmann skips a UTF-8 BOM too
    std::string body = text_.substr(start);
    SpanScanner(body, spans_, duplicates).run();
    for (auto& s : spans_) {
        s.offset += start;
        if (s.parent >= 0) s.keyOffset += start;
    }
    for (auto& [span, keyOffset] : duplicates) {
        std::string pointer;
        for (int i = span; i >= 0 && spans_[i].parent >= 0; i = spans_[i].parent) {
            const auto& parent = spans_[spans_[i].parent];
            std::string token = spans_[i].key;
            if (parent.offset < text_.size() && text_[parent.offset] == '[') {
                size_t idx = 0;
                while (parent.children[idx] != i) ++idx;
                token = std::to_string(idx);
            }
            pointer = childPointer("", token) + pointer;
        }
        diags.add({Severity::Error, locateOffset(keyOffset + start),
                   "duplicate key '" + spans_[span].key + "' (the earlier value would be ignored)", pointer});
    }
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

SourceLocation JsonDocument::locate(std::string_view pointer) const {
    if (spans_.empty()) return {file_, 1, 1};
    int current = 0;
    size_t pos = 0;
    while (pos < pointer.size() && pointer[pos] == '/') {
        size_t next = pointer.find('/', pos + 1);
        std::string token = unescapeToken(pointer.substr(pos + 1, next == std::string_view::npos ? std::string_view::npos : next - pos - 1));
        const auto& span = spans_[current];
        int found = -1;
        bool isArray = span.offset < text_.size() && text_[span.offset] == '[';
        if (isArray) {
            char* end = nullptr;
            unsigned long idx = std::strtoul(token.c_str(), &end, 10);
            if (!token.empty() && *end == '\0' && idx < span.children.size()) found = span.children[idx];
        } else {
            for (int child : span.children) {
                if (spans_[child].key == token) {
                    found = child;
                    break;
                }
            }
        }
        if (found < 0) break;
        current = found;
        if (next == std::string_view::npos) break;
        pos = next;
    }
    return locateOffset(spans_[current].offset);
}

void JsonDocument::report(Diagnostics& diags, Severity severity, std::string_view pointer, std::string message) const {
    diags.add({severity, locate(pointer), std::move(message), std::string(pointer)});
}

} // namespace frontline
