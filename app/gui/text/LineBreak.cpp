#include "text/LineBreak.h"

#include "common/Utf8.h"

namespace frontline::gui {

namespace {

struct Char {
    size_t begin;
    size_t end;
    char32_t cp;
};

std::vector<Char> decode(std::string_view s) {
    std::vector<Char> out;
    for (size_t i = 0; i < s.size();) {
        Utf8Char c = decodeUtf8(s, i); // an invalid byte is a character of its own, so a break never splits a valid one
        out.push_back({i, i + c.length, c.codePoint});
        i += c.length;
    }
    return out;
}

bool isCjk(char32_t c) {
    return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFFEF) ||
           (c >= 0x20000 && c <= 0x2FFFF);
}

// May not start a line.
bool isClosing(char32_t c) {
    static const std::u32string_view kClosing = U"，。、；：？！）」』”’》〉】〕…—·,.;:?!)]}%";
    return kClosing.find(c) != std::u32string_view::npos;
}

// May not end a line.
bool isOpening(char32_t c) {
    static const std::u32string_view kOpening = U"（「『“‘《〈【〔([{";
    return kOpening.find(c) != std::u32string_view::npos;
}

// True when a line may break between a and b.
bool canBreakBetween(char32_t a, char32_t b) {
    if (isClosing(b) || isOpening(a)) return false;
    if (a == ' ') return true;
    return isCjk(a) || isCjk(b);
}

} // namespace

std::vector<LineSpan> breakLines(std::string_view text, float maxWidth, const MeasureFn& measure) {
    std::vector<LineSpan> lines;
    const std::vector<Char> chars = decode(text);
    auto trimmed = [&](size_t begin, size_t end) {
        while (end > begin && text[end - 1] == ' ') --end;
        return LineSpan{begin, end};
    };
    size_t start = 0; // index into chars of the current line's first character
    while (start < chars.size()) {
        while (start < chars.size() && chars[start].cp == ' ') ++start; // no leading spaces on a line
        if (start >= chars.size()) break;
        size_t breakAt = 0; // index of the first char of the next line at the last break opportunity
        size_t i = start;
        float width = 0; // ImGui does not kern, so a line's width is the sum of its characters'
        for (; i < chars.size(); ++i) {
            if (chars[i].cp == '\n') break;
            if (i > start && canBreakBetween(chars[i - 1].cp, chars[i].cp)) breakAt = i;
            width += measure(text.substr(chars[i].begin, chars[i].end - chars[i].begin));
            if (width > maxWidth && i > start) {
                if (chars[i].cp == ' ' || breakAt <= start) breakAt = i; // at the space, or inside a word with no opportunity
                break;
            }
        }
        if (i >= chars.size()) {
            lines.push_back(trimmed(chars[start].begin, text.size()));
            break;
        }
        if (chars[i].cp == '\n') {
            lines.push_back(trimmed(chars[start].begin, chars[i].begin));
            start = i + 1;
            if (start == chars.size()) lines.push_back({text.size(), text.size()});
            continue;
        }
        lines.push_back(trimmed(chars[start].begin, chars[breakAt].begin));
        start = breakAt;
    }
    return lines;
}

} // namespace frontline::gui
