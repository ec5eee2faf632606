#pragma once
// Characters typed into the app's text fields that its font atlas cannot draw.
// ImGui 1.86 bakes glyphs up front, so a Traditional character or a rare name
// typed by the user shows as a box until the atlas is rebuilt with it. Text
// fields note what they were just given; the app takes the new characters
// between frames and rebuilds the atlas once. No ImGui dependency: the
// caller says which characters the current font has.
#include <functional>
#include <set>
#include <string>
#include <string_view>

namespace frontline::gui {

class TypedGlyphs {
public:
    // Notes every character of utf8 that hasGlyph refuses and that was not
    // noted before in this run. Skipped: control characters and characters
    // above U+FFFF, which ImGui 1.86 (16-bit ImWchar) cannot hold.
    void note(std::string_view utf8, const std::function<bool(char32_t)>& hasGlyph);
    bool pending() const { return !pending_.empty(); }
    // The characters noted since the last take, as UTF-8, for the atlas text.
    std::string take();

private:
    std::set<char32_t> noted_; // asked once: a character no font has is not asked for again
    std::string pending_;
};

// The app's one collector: every text field notes into it, App.cpp takes from it.
TypedGlyphs& typedGlyphs();

} // namespace frontline::gui
