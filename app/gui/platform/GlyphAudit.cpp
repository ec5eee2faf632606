#include "platform/GlyphAudit.h"

#include <algorithm>

namespace frontline::gui {

namespace {

bool at(const ImDrawVert& v, float u, float w) { return v.uv.x == u && v.uv.y == w; }

// A glyph clipped on its left or top has its first corner's UV moved, on its
// right or bottom its last corner's; counting both corners and taking the
// larger count finds every partly clipped glyph too.
int countGlyph(const ImDrawData* data, const ImFontGlyph& g) {
    int first = 0, last = 0;
    for (int i = 0; i < data->CmdListsCount; ++i) {
        for (const ImDrawVert& v : data->CmdLists[i]->VtxBuffer) {
            if (at(v, g.U0, g.V0)) ++first;
            if (at(v, g.U1, g.V1)) ++last;
        }
    }
    return std::max(first, last);
}

} // namespace

int countFallbackGlyphs(const ImDrawData* data, const std::vector<const ImFont*>& fonts) {
    if (!data) return 0;
    int misses = 0;
    for (const ImFont* font : fonts) {
        if (font && font->FallbackGlyph) misses += countGlyph(data, *font->FallbackGlyph);
    }
    return misses;
}

} // namespace frontline::gui
