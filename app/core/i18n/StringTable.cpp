#include "i18n/StringTable.h"

#include <algorithm>
#include <cstdlib>

#include "common/JsonDocument.h"
#include "common/TextFile.h"

namespace frontline {

namespace fs = std::filesystem;

namespace {

// Reads the digits of "{123}" starting at pattern[i] == '{'; returns the index
// and sets end to one past '}', or -1 when it is not a placeholder.
int parsePlaceholder(std::string_view pattern, size_t i, size_t& end) {
    size_t j = i + 1;
    int value = 0;
    while (j < pattern.size() && pattern[j] >= '0' && pattern[j] <= '9' && j - i <= 3) {
        value = value * 10 + (pattern[j] - '0');
        ++j;
    }
    if (j == i + 1 || j >= pattern.size() || pattern[j] != '}') return -1;
    end = j + 1;
    return value;
}

Error firstError(const Diagnostics& diags, const fs::path& file) {
    for (const auto& d : diags.items()) {
        if (d.severity == Severity::Error) return Error{d.message, d.where};
    }
    return makeError("cannot read string table", {file.string()});
}

} // namespace

Result<StringTable> StringTable::load(const fs::path& dir, const std::string& language) { return loadFile(dir / (language + ".json")); }

Result<StringTable> StringTable::loadFile(const fs::path& file) {
    auto text = readTextFile(file, 4u << 20);
    if (!text) return text.error();
    Diagnostics diags;
    auto doc = JsonDocument::parse(file.string(), std::move(text.value()), diags);
    if (!doc || diags.hasErrors()) return firstError(diags, file);
    if (!doc->root().is_object()) {
        return makeError(std::string("a string table must be a JSON object, got ") + jsonTypeName(doc->root()), doc->locate(""));
    }
    StringTable table;
    table.language_ = file.stem().string();
    for (const auto& [key, value] : doc->root().items()) {
        if (!value.is_string()) {
            return makeError("the text for '" + key + "' must be a string, got " + jsonTypeName(value), doc->locate(childPointer("", key)));
        }
        table.entries_.emplace(key, value.get<std::string>());
    }
    return table;
}

bool StringTable::has(std::string_view key) const { return entries_.find(key) != entries_.end(); }

const std::string& StringTable::text(std::string_view key) const {
    if (auto it = entries_.find(key); it != entries_.end()) return it->second;
    if (auto it = missing_.find(key); it != missing_.end()) return it->second;
    return missing_.emplace(std::string(key), std::string(key)).first->second;
}

std::string StringTable::formatArgs(std::string_view key, const std::vector<std::string>& args) const {
    return substitutePlaceholders(text(key), args);
}

std::string substitutePlaceholders(std::string_view pattern, const std::vector<std::string>& args) {
    std::string out;
    out.reserve(pattern.size() + 16);
    for (size_t i = 0; i < pattern.size();) {
        char ch = pattern[i];
        if ((ch == '{' || ch == '}') && i + 1 < pattern.size() && pattern[i + 1] == ch) {
            out += ch;
            i += 2;
            continue;
        }
        size_t end = 0;
        int index = ch == '{' ? parsePlaceholder(pattern, i, end) : -1;
        if (index >= 0 && static_cast<size_t>(index) < args.size()) {
            out += args[static_cast<size_t>(index)];
            i = end;
            continue;
        }
        out += ch;
        ++i;
    }
    return out;
}

std::set<int> placeholderIndices(std::string_view text) {
    std::set<int> found;
    for (size_t i = 0; i < text.size();) {
        if ((text[i] == '{' || text[i] == '}') && i + 1 < text.size() && text[i + 1] == text[i]) {
            i += 2;
            continue;
        }
        size_t end = 0;
        int index = text[i] == '{' ? parsePlaceholder(text, i, end) : -1;
        if (index >= 0) {
            found.insert(index);
            i = end;
        } else {
            ++i;
        }
    }
    return found;
}

std::string languageFromLocale(std::string_view locale) {
    if (locale.size() >= 2 && (locale[0] == 'z' || locale[0] == 'Z') && (locale[1] == 'h' || locale[1] == 'H')) return "zh-CN";
    return "en";
}

std::string detectLanguage() {
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* value = std::getenv(name);
        if (value && *value) return languageFromLocale(value);
    }
    return "en";
}

std::vector<std::string> availableLanguages(const fs::path& dir) {
    std::vector<std::string> out;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        if (it->is_regular_file(ec) && it->path().extension() == ".json") out.push_back(it->path().stem().string());
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace frontline
