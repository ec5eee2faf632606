// The GIFT text rules declared in GiftText.h (internal to the importer).
#include "assessments/GiftText.h"

#include <charconv>
#include <cmath>

namespace frontline::gift {

std::string_view trim(std::string_view s) {
    while (!s.empty()) {
        if (isAsciiSpace(s.front()))
            s.remove_prefix(1);
        else if (startsWith(s, kIdeographicSpace))
            s.remove_prefix(kIdeographicSpace.size());
        else
            break;
    }
    while (!s.empty()) {
        if (isAsciiSpace(s.back()))
            s.remove_suffix(1);
        else if (s.size() >= 3 && s.substr(s.size() - 3) == kIdeographicSpace)
            s.remove_suffix(kIdeographicSpace.size());
        else
            break;
    }
    return s;
}

// First position of c (or of token) at or after from that is not escaped.
size_t findUnescaped(std::string_view s, char c, size_t from) {
    for (size_t i = from; i < s.size(); ++i) {
        if (isEscapeAt(s, i))
            ++i;
        else if (s[i] == c)
            return i;
    }
    return npos;
}

size_t findUnescaped(std::string_view s, std::string_view token, size_t from) {
    for (size_t i = from; i < s.size(); ++i) {
        if (isEscapeAt(s, i))
            ++i;
        else if (s.compare(i, token.size(), token) == 0)
            return i;
    }
    return npos;
}

// Moodle takes general feedback from the last "####" of the answer block.
size_t findLastUnescaped(std::string_view s, std::string_view token) {
    size_t last = npos;
    for (size_t i = findUnescaped(s, token); i != npos; i = findUnescaped(s, token, i + 1)) last = i;
    return last;
}

// Unescaped, trimmed text (Moodle trims after replacing the escapes).
std::string cleanText(std::string_view raw) {
    raw = trim(raw);
    if (raw.find('\\') == npos) return std::string(raw);
    std::string out;
    out.reserve(raw.size());
    size_t start = 0;
    for (size_t i = 0; i < raw.size(); ++i) {
        if (!isEscapeAt(raw, i)) continue;
        out.append(raw.substr(start, i - start));
        out += raw[i + 1] == 'n' ? '\n' : raw[i + 1];
        start = ++i + 1;
    }
    out.append(raw.substr(start));
    std::string_view trimmed = trim(out);
    return trimmed.size() == out.size() ? out : std::string(trimmed);
}

// A leading [html], [markdown], [plain] or [moodle] says how the text is
// written; Moodle's own format is shown as plain text.
std::optional<TextFormat> takeFormat(std::string_view& raw) {
    if (!startsWith(raw, "[")) return std::nullopt;
    size_t end = raw.find(']');
    if (end == npos) return std::nullopt;
    std::string_view name = raw.substr(1, end - 1);
    std::optional<TextFormat> format;
    if (name == "html")
        format = TextFormat::Html;
    else if (name == "markdown")
        format = TextFormat::Markdown;
    else if (name == "plain" || name == "moodle")
        format = TextFormat::Plain;
    if (format) raw.remove_prefix(end + 1);
    return format;
}

// Answer and feedback text: the bank keeps one format per question, so an
// answer's own [format] is dropped as Moodle's parse_text_with_format does.
std::string partText(std::string_view raw) {
    raw = trim(raw);
    takeFormat(raw);
    return cleanText(raw);
}

// "%50%" weights: a number between the signs. Text such as "%off" stays text, as in Moodle.
bool looksLikeWeight(std::string_view s, size_t& close) {
    if (!startsWith(s, "%")) return false;
    close = s.find('%', 1);
    if (close == npos || close == 1) return false;
    char c = s[1];
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.';
}

std::optional<double> parseNumber(std::string_view s) {
    s = trim(s);
    if (startsWith(s, "+")) s.remove_prefix(1);
    if (s.empty()) return std::nullopt;
    double value = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value, std::chars_format::general);
    if (ec != std::errc() || end != s.data() + s.size() || !std::isfinite(value)) return std::nullopt;
    return value;
}

// For messages: 6 significant digits, so 33.3 * 3 reads 99.9.
std::string formatNumber(double value) {
    char buf[32];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::general, 6);
    return ec == std::errc() ? std::string(buf, end) : std::string("?");
}

} // namespace frontline::gift
