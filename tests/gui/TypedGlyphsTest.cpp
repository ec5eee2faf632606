#include <catch2/catch.hpp>

#include <set>

#include "text/TypedGlyphs.h"

using namespace frontline::gui;

namespace {

// A font that has ASCII, full-width punctuation and a few Simplified characters.
bool smallFont(char32_t c) {
    static const std::set<char32_t> cjk = {U'陈', U'确', U'认', U'，', U'。', U'（', U'）'};
    return (c >= 0x20 && c < 0x7F) || cjk.count(c) > 0;
}

} // namespace

TEST_CASE("typed characters the font lacks are asked for once, in typing order", "[typed-glyphs]") {
    TypedGlyphs glyphs;
    CHECK_FALSE(glyphs.pending());
    glyphs.note("陈先生（VIP）确认。", smallFont);
    CHECK(glyphs.take() == "先生"); // 陈, 确, 认 and the punctuation are in the font

    glyphs.note("陳大文，確認", smallFont);
    REQUIRE(glyphs.pending());
    CHECK(glyphs.take() == "陳大文確認");
    CHECK_FALSE(glyphs.pending());

    // Asked once for the run: the same text (or a font that never gets them) asks nothing again.
    glyphs.note("陳大文 確認 先生", smallFont);
    CHECK_FALSE(glyphs.pending());
    CHECK(glyphs.take().empty());
}

TEST_CASE("characters an ImGui 1.86 atlas cannot hold are not asked for", "[typed-glyphs]") {
    TypedGlyphs glyphs;
    const auto none = [](char32_t) { return false; };
    // Newlines and tabs, an emoji and a CJK Extension B character (above U+FFFF), a broken sequence.
    glyphs.note("a\n\t😀𠀋\xE9\x99", none);
    CHECK(glyphs.take() == "a");
    glyphs.note("ü€", none); // two- and three-byte characters round-trip
    CHECK(glyphs.take() == "ü€");
}
