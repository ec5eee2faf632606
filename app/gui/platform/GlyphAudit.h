#pragma once
// Counts characters the font atlas could not show in a rendered frame. A
// missing character is drawn with the font's fallback glyph (kMissingGlyph), so every
// quad in the draw data textured with that glyph is one miss, whichever ImGui
// call drew it.
#include <vector>

#include <imgui.h>

namespace frontline::gui {

int countFallbackGlyphs(const ImDrawData* data, const std::vector<const ImFont*>& fonts);

} // namespace frontline::gui
