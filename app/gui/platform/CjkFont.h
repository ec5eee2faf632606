#pragma once
// Finds a font that can show Simplified Chinese (via fontconfig) and loads it
// into the ImGui atlas. ImGui 1.86 bakes glyphs up front, so the atlas gets
// exactly the characters the UI strings and loaded packs use, plus the common
// Chinese set for text typed later.
#include <optional>
#include <string>
#include <vector>

#include <imgui.h>

namespace frontline::gui {

// What a character missing from the atlas is drawn as (U+25A1 WHITE SQUARE);
// GlyphAudit counts it.
constexpr ImWchar kMissingGlyph = 0x25A1;

struct FontFile {
    std::string path;
    int index = 0; // face within a .ttc collection
    std::string family;
};

// "Noto Sans CJK SC" when installed, else the best font covering lang zh-cn.
std::optional<FontFile> findCjkFont();

// The body and heading fonts of the app, and the data they are built from
// (it must outlive the atlas build, so the set owns it).
class FontSet {
public:
    // Adds both fonts to io.Fonts. text holds every string the UI may show.
    // Without a file, ImGui's built-in Latin font is used for both.
    bool load(ImGuiIO& io, const std::optional<FontFile>& file, float bodyPx, float headingPx, const std::string& text);

    ImFont* body = nullptr;
    ImFont* heading = nullptr;

private:
    std::vector<char> data_;
    ImVector<ImWchar> bodyRanges_;
    ImVector<ImWchar> headingRanges_;
};

} // namespace frontline::gui
