#pragma once
// Internal to the GIFT importer, not part of the public API (GiftImporter.h
// is): the text rules every part of a GIFT block follows (blank characters,
// backslash escapes, [format] prefixes, %weight% and number syntax), kept
// apart so the question parser and the answer-block readers share one copy.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "assessments/QuestionBank.h"

namespace frontline::gift {

inline constexpr size_t npos = std::string_view::npos;

inline bool isAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' || c == '\0'; }

// U+3000, the full-width space Chinese text is indented with: as blank as a space.
inline constexpr std::string_view kIdeographicSpace = "\xE3\x80\x80";

inline bool startsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// Drops ASCII blanks and U+3000 from both ends.
std::string_view trim(std::string_view s);

// GIFT's escapes: \: \# \= \{ \} \~ stand for the character, \n for a line
// break and \\ for one backslash; any other backslash is literal (as Moodle).
inline bool isEscapable(char c) { return c == ':' || c == '#' || c == '=' || c == '{' || c == '}' || c == '~' || c == 'n' || c == '\\'; }
inline bool isEscapeAt(std::string_view s, size_t i) { return s[i] == '\\' && i + 1 < s.size() && isEscapable(s[i + 1]); }

// First position of c (or of token) at or after from that is not escaped.
size_t findUnescaped(std::string_view s, char c, size_t from = 0);
size_t findUnescaped(std::string_view s, std::string_view token, size_t from = 0);

// Moodle takes general feedback from the last "####" of the answer block.
size_t findLastUnescaped(std::string_view s, std::string_view token);

// Unescaped, trimmed text (Moodle trims after replacing the escapes).
std::string cleanText(std::string_view raw);

// A leading [html], [markdown], [plain] or [moodle] says how the text is
// written; Moodle's own format is shown as plain text. Removes it from raw.
std::optional<TextFormat> takeFormat(std::string_view& raw);

// Answer and feedback text: the bank keeps one format per question, so an
// answer's own [format] is dropped as Moodle's parse_text_with_format does.
std::string partText(std::string_view raw);

// "%50%" weights: a number between the signs. Text such as "%off" stays text, as in Moodle.
// On true, close is the position of the second '%'.
bool looksLikeWeight(std::string_view s, size_t& close);

// A finite decimal number, an optional leading '+' allowed; blanks around it are ignored.
std::optional<double> parseNumber(std::string_view s);

// For messages: 6 significant digits, so 33.3 * 3 reads 99.9.
std::string formatNumber(double value);

} // namespace frontline::gift
