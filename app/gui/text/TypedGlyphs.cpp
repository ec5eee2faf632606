#include "text/TypedGlyphs.h"

#include "common/Utf8.h"
#include "grading/TextNormalizer.h"

namespace frontline::gui {

namespace {

constexpr char32_t kLastAtlasChar = 0xFFFF; // ImWchar is 16 bits in the system ImGui

} // namespace

void TypedGlyphs::note(std::string_view utf8, const std::function<bool(char32_t)>& hasGlyph) {
    for (size_t i = 0; i < utf8.size();) {
        const Utf8Char ch = decodeUtf8(utf8, i);
        i += ch.length;
        const char32_t c = ch.codePoint;
        if (!ch.valid || c < 0x20 || (c >= 0x7F && c < 0xA0) || (c >= 0xD800 && c < 0xE000) || c > kLastAtlasChar) continue;
        if (noted_.count(c) || hasGlyph(c)) continue;
        noted_.insert(c);
        pending_ += toUtf8(std::u32string_view(&c, 1));
    }
}

std::string TypedGlyphs::take() {
    std::string out;
    out.swap(pending_);
    return out;
}

TypedGlyphs& typedGlyphs() {
    static TypedGlyphs glyphs;
    return glyphs;
}

} // namespace frontline::gui
