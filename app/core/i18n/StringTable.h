#pragma once
// The UI's words, by key, for one language: assets/i18n/<lang>.json is a flat
// object of "area.name" -> text with {0}-style placeholders. A key missing from
// the table comes back as the key itself, so a gap is visible on screen rather
// than an empty label.
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "common/Result.h"

namespace frontline {

class StringTable {
public:
    // Reads <dir>/<language>.json.
    static Result<StringTable> load(const std::filesystem::path& dir, const std::string& language);
    // Reads one table file; the language is taken from the file name.
    static Result<StringTable> loadFile(const std::filesystem::path& file);

    const std::string& language() const { return language_; }
    bool has(std::string_view key) const;
    // The text for key, or the key itself when the table lacks it. The reference
    // stays valid as long as the table does.
    const std::string& text(std::string_view key) const;
    const char* c(std::string_view key) const { return text(key).c_str(); }

    // text(key) with {0}, {1}, ... replaced by the arguments.
    template <typename... Args> std::string format(std::string_view key, const Args&... args) const {
        return formatArgs(key, {toArg(args)...});
    }
    std::string formatArgs(std::string_view key, const std::vector<std::string>& args) const;

    // A counted phrase: "<key>.one" when n is 1, else "<key>.other", with n as
    // {0} and the further arguments as {1}, {2}, ... ("1 error", "3 errors").
    template <typename... Args> std::string count(std::string_view key, long long n, const Args&... args) const {
        std::string k(key);
        k += n == 1 ? ".one" : ".other";
        return formatArgs(k, {std::to_string(n), toArg(args)...});
    }

    const std::map<std::string, std::string, std::less<>>& entries() const { return entries_; }

private:
    static std::string toArg(const std::string& s) { return s; }
    static std::string toArg(std::string_view s) { return std::string(s); }
    static std::string toArg(const char* s) { return s ? s : ""; }
    template <typename N> static std::string toArg(N n) {
        static_assert(std::is_arithmetic_v<N>, "format() takes strings and numbers");
        return std::to_string(n);
    }

    std::string language_;
    std::map<std::string, std::string, std::less<>> entries_;
    // Missing keys are remembered so text() can return a stable reference.
    mutable std::map<std::string, std::string, std::less<>> missing_;
};

// Replaces {N} with args[N]; "{{" and "}}" are literal braces; an index with no
// argument is left as written so the gap shows.
std::string substitutePlaceholders(std::string_view pattern, const std::vector<std::string>& args);

// The placeholder indices a text uses, e.g. {0, 1} for "{1} of {0}".
std::set<int> placeholderIndices(std::string_view text);

// "zh_CN.UTF-8" -> "zh-CN"; anything else (including "C" and empty) -> "en".
std::string languageFromLocale(std::string_view locale);
// From LC_ALL, then LC_MESSAGES, then LANG: the first one set and non-empty wins.
std::string detectLanguage();

// The languages with a table in dir (file stems of *.json), sorted.
std::vector<std::string> availableLanguages(const std::filesystem::path& dir);

} // namespace frontline
